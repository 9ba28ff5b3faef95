package branches

import (
	"context"
	"testing"

	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

// TestBranchesParallel starts three independent chains. Their heads meet
// at a barrier that opens only when all three constructors are inside, so
// Start succeeds only if the chains start concurrently.
func TestBranchesParallel(t *testing.T) {
	p := &Probe{Barrier: NewBarrier(3)}
	app := NewApp(p)
	var mu chanLog
	app.OnEvent = mu.record
	if err := app.Start(context.Background()); err != nil {
		t.Fatalf("chain heads did not start concurrently: %v", err)
	}
	if got := p.MaxConcurrent(); got < 3 {
		t.Errorf("at most %d constructors ran at once, want 3", got)
	}
	chains := map[string][]*Node{
		"a": {app.A1(), app.A2(), app.A3()},
		"b": {app.B1(), app.B2()},
		"c": {app.C1(), app.C2()},
	}
	for name, chain := range chains {
		for i, n := range chain {
			if n == nil {
				t.Fatalf("chain %s: service %d not started", name, i+1)
			}
			if n.Depth != i {
				t.Errorf("chain %s: service %d has depth %d", name, i+1, n.Depth)
			}
			if i > 0 && n.Prev != chain[i-1] {
				t.Errorf("chain %s: service %d did not receive its predecessor", name, i+1)
			}
		}
	}
	if err := app.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	for name, chain := range chains {
		for i, n := range chain {
			if n.Stops() != 1 {
				t.Errorf("chain %s: service %d stopped %d times, want 1", name, i+1, n.Stops())
			}
		}
	}
	if v := p.Lines(); len(v) > 0 {
		t.Errorf("stop order: %q", v)
	}
	for _, s := range app.Status() {
		if s.State != AppStopped {
			t.Errorf("%s is %s after Stop", s.Name, s.State)
		}
	}
	if n := mu.count(AppRunning); n != 7 {
		t.Errorf("%d running events, want 7", n)
	}
}
