package diamond

import (
	"context"
	"slices"
	"testing"

	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

// index returns the position of line in lines, failing the test when it is
// missing.
func index(t *testing.T, lines []string, line string) int {
	t.Helper()
	i := slices.Index(lines, line)
	if i < 0 {
		t.Fatalf("%q missing from %q", line, lines)
	}
	return i
}

func TestDiamondOrderAndValues(t *testing.T) {
	p := &Probe{}
	app := NewApp(p)
	if err := app.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	join := app.Join()
	if join == nil || len(join.Inputs) != 2 {
		t.Fatalf("join = %+v, want two inputs", join)
	}
	// depends_on = [service.right, service.left]: the order written.
	if join.Inputs[0] != app.Right() || join.Inputs[1] != app.Left() {
		t.Errorf("join received %s, %s; want right, left", join.Inputs[0].Name, join.Inputs[1].Name)
	}
	if app.Left().Inputs[0] != app.Root() || app.Right().Inputs[0] != app.Root() {
		t.Error("left and right did not receive root's value")
	}
	if err := app.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	lines := p.Lines()
	if len(lines) != 8 {
		t.Fatalf("calls = %q, want 4 starts and 4 stops", lines)
	}
	for _, side := range []string{"left", "right"} {
		if !(index(t, lines, "start root") < index(t, lines, "start "+side) &&
			index(t, lines, "start "+side) < index(t, lines, "start join")) {
			t.Errorf("start order wrong for %s: %q", side, lines)
		}
		if !(index(t, lines, "stop join") < index(t, lines, "stop "+side) &&
			index(t, lines, "stop "+side) < index(t, lines, "stop root")) {
			t.Errorf("stop order wrong for %s: %q", side, lines)
		}
	}
	for _, n := range []*Node{app.Root(), app.Left(), app.Right(), app.Join()} {
		if n.Stops() != 1 {
			t.Errorf("%s stopped %d times, want 1", n.Name, n.Stops())
		}
	}
}

// TestDiamondParallel proves left and right start concurrently: each
// constructor waits at a barrier that opens only once both are inside. A
// sequential start would time out (start_timeout = 2s) and fail.
func TestDiamondParallel(t *testing.T) {
	p := &Probe{Barrier: NewBarrier(2)}
	app := NewApp(p)
	if err := app.Start(context.Background()); err != nil {
		t.Fatalf("left and right did not start concurrently: %v", err)
	}
	select {
	case <-app.Ready():
	default:
		t.Error("Ready not closed after Start returned nil")
	}
	if err := app.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
}
