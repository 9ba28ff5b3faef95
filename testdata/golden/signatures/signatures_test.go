package signatures

import (
	"context"
	"slices"
	"sync/atomic"
	"testing"
	"time"

	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

func TestAllHookSignatures(t *testing.T) {
	p := NewProbe()
	app := NewApp(p)
	if err := app.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	var running []string
	for range 4 {
		select {
		case name := <-p.Running:
			running = append(running, name)
		case <-time.After(5 * time.Second):
			t.Fatalf("only %q run loops started", running)
		}
	}
	checks := map[string]*atomic.Int32{
		"server": &p.ServerChecks, "closer": &p.CloserChecks, "plain": &p.PlainChecks, "bare": &p.BareChecks,
	}
	deadline := time.Now().Add(5 * time.Second)
	for name, c := range checks {
		for c.Load() < 2 {
			if time.Now().After(deadline) {
				t.Fatalf("the check of %s ran %d times, want at least 2", name, c.Load())
			}
			time.Sleep(time.Millisecond)
		}
	}
	for _, s := range app.Status() {
		if s.State != AppRunning {
			t.Errorf("%s is %s (%v), want running", s.Name, s.State, s.Err)
		}
	}
	if app.Web() == nil {
		t.Fatal("Web() is nil after Start")
	}

	if err := app.Stop(context.Background()); err != nil {
		t.Fatalf("Stop = %v, want nil (ListenAndServe's ErrServerClosed after Shutdown is no failure)", err)
	}
	lines := p.Lines()
	for _, name := range []string{"server", "closer", "plain", "bare"} {
		stop, run := slices.Index(lines, "stop "+name), slices.Index(lines, "run "+name+" returned")
		if stop < 0 || run < 0 || p.Count("stop "+name) != 1 || p.Count("run "+name+" returned") != 1 {
			t.Errorf("%s: want one stop and one run return, got %q", name, lines)
			continue
		}
		switch name {
		case "closer", "plain": // run takes a ctx: cancelled and waited for before stop
			if run > stop {
				t.Errorf("%s: stop called before its run returned: %q", name, lines)
			}
		case "server", "bare": // run without ctx: ended by its stop
			if stop > run {
				t.Errorf("%s: run returned before stop: %q", name, lines)
			}
		}
	}
	for _, s := range app.Status() {
		if s.State != AppStopped {
			t.Errorf("%s is %s after Stop", s.Name, s.State)
		}
	}
	if app.Err() != nil {
		t.Errorf("Err() = %v, want nil", app.Err())
	}
}
