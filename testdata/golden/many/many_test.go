package many

import (
	"context"
	"testing"

	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

func TestManyComponents(t *testing.T) {
	p := &Probe{}
	app := NewApp(p)
	if err := app.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	if n := len(p.Nodes()); n != 1000 {
		t.Fatalf("%d services constructed, want 1000", n)
	}
	// s999 depends on s998 and s499, in that order; s2 only on s1.
	if last := app.S999(); last == nil || len(last.Parents) != 2 || last.Parents[0] != app.S998() || last.Parents[1] != app.S499() {
		t.Error("s999 did not receive s998 and s499 in depends_on order")
	}
	if s2 := app.S2(); len(s2.Parents) != 1 || s2.Parents[0] != app.S1() {
		t.Error("s2 did not receive s1 alone")
	}
	status := app.Status()
	if len(status) != 1000 || status[0].Name != "s0" || status[999].Name != "s999" {
		t.Fatalf("Status has %d entries, not 1000 in spec order", len(status))
	}
	for _, s := range status {
		if s.State != AppRunning {
			t.Fatalf("%s is %s after Start", s.Name, s.State)
		}
	}
	if err := app.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	for i, n := range p.Nodes() {
		if n.Stops() != 1 {
			t.Errorf("service #%d stopped %d times, want 1", i, n.Stops())
		}
	}
	if v := p.Violations(); len(v) > 0 {
		t.Errorf("%d ordering violations, first: %s", len(v), v[0])
	}
	for _, s := range app.Status() {
		if s.State != AppStopped {
			t.Errorf("%s is %s after Stop", s.Name, s.State)
		}
	}
}
