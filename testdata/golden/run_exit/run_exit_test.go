package run_exit

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

func checkStoppedOnce(t *testing.T, p *Probe) {
	t.Helper()
	for _, name := range []string{"base", "quitter", "crasher"} {
		if n := p.Count("stop " + name); n != 1 {
			t.Errorf("%s stopped %d times, want 1", name, n)
		}
	}
	if p.Count("stop base") == 1 {
		lines := p.Lines()
		if lines[len(lines)-1] != "stop base" {
			t.Errorf("base stopped before its dependents: %q", lines)
		}
	}
}

// TestRunReturnsNil: a run that returns nil before shutdown still shuts
// the app down, and Err names the service.
func TestRunReturnsNil(t *testing.T) {
	p := NewProbe()
	app := NewApp(p)
	if err := app.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	if isClosed(app.Done()) {
		t.Fatal("Done closed before anything happened")
	}
	close(p.EndQuitter)
	if !closedWithin(app.Done(), 5*time.Second) {
		t.Fatal("the app did not shut down after a run returned")
	}
	if err := app.Err(); err == nil || !strings.Contains(err.Error(), `service "quitter": run: `) {
		t.Errorf("Err() = %v, want it to name quitter's run", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := app.Stop(ctx); err == nil || !strings.Contains(err.Error(), `service "quitter"`) {
		t.Errorf("Stop = %v, want the run failure", err)
	}
	checkStoppedOnce(t, p)
	if s := stateOf(t, app, "quitter"); s.State != AppFailed && s.State != AppStopped {
		t.Errorf("quitter is %s", s.State)
	}
}

// TestRunReturnsError: Run(ctx) returns the error of a run loop that
// ended early, after stopping everything.
func TestRunReturnsError(t *testing.T) {
	p := NewProbe()
	app := NewApp(p)
	runErr := make(chan error, 1)
	go func() { runErr <- app.Run(context.Background()) }()
	if !closedWithin(app.Ready(), 5*time.Second) {
		t.Fatal("app not ready")
	}
	close(p.EndCrasher)
	var err error
	select {
	case err = <-runErr:
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not return after a run loop failed")
	}
	if !errors.Is(err, ErrCrash) || !strings.Contains(err.Error(), `service "crasher": run: `) {
		t.Errorf("Run = %v, want crasher's run error", err)
	}
	if !errors.Is(app.Err(), ErrCrash) {
		t.Errorf("Err() = %v, want crasher's run error", app.Err())
	}
	if !isClosed(app.Done()) {
		t.Error("Done not closed")
	}
	checkStoppedOnce(t, p)
	if s := stateOf(t, app, "crasher"); !errors.Is(s.Err, ErrCrash) {
		t.Errorf("crasher status = %+v, want its run error", s)
	}
}
