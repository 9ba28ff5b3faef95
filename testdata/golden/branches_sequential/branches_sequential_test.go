package branches_sequential

import (
	"context"
	"slices"
	"sync"
	"testing"

	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

// TestBranchesSequentialOrder checks the startup order of a sequential
// start: a topological order that breaks ties by spec order. Spec order is
// a2 b1 a1 c2 b2 a3 c1, so the order is b1 (first ready), a1, a2 (now the
// lowest ready), b2, a3, c1, c2.
func TestBranchesSequentialOrder(t *testing.T) {
	for range 5 { // the order must not vary from run to run
		p := &Probe{}
		app := NewApp(p)
		var mu sync.Mutex
		var events []string
		app.OnEvent = func(e AppEvent) {
			mu.Lock()
			defer mu.Unlock()
			events = append(events, e.Name+" "+string(e.State))
		}
		if err := app.Start(context.Background()); err != nil {
			t.Fatal(err)
		}
		mu.Lock()
		got := slices.Clone(events)
		mu.Unlock()
		var want []string
		for _, name := range []string{"b1", "a1", "a2", "b2", "a3", "c1", "c2"} {
			want = append(want, name+" starting", name+" running")
		}
		if !slices.Equal(got, want) {
			t.Errorf("startup events:\n got %q\nwant %q", got, want)
		}
		if n := p.MaxConcurrent(); n != 1 {
			t.Errorf("%d constructors ran at once in sequential mode, want 1", n)
		}
		if err := app.Stop(context.Background()); err != nil {
			t.Fatal(err)
		}
		if v := p.Lines(); len(v) > 0 {
			t.Errorf("stop order: %q", v)
		}
		nodes := p.Nodes()
		if len(nodes) != 7 {
			t.Fatalf("%d services constructed, want 7", len(nodes))
		}
		for _, n := range nodes {
			if n.Stops() != 1 {
				t.Errorf("a service of depth %d stopped %d times, want 1", n.Depth, n.Stops())
			}
		}
	}
}
