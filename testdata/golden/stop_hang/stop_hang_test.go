package stop_hang

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

// stopWithin calls app.Stop and fails the test when it does not return
// within 5s.
func stopWithin(t *testing.T, app *App, p *Probe) error {
	t.Helper()
	errc := make(chan error, 1)
	go func() { errc <- app.Stop(context.Background()) }()
	select {
	case err := <-errc:
		return err
	case <-time.After(5 * time.Second):
		close(p.Release)
		t.Fatal("Stop did not return while a stop hangs")
		return nil
	}
}

// release lets the hanging stop return and waits for it, so that no
// goroutine outlives the test.
func release(t *testing.T, p *Probe) {
	t.Helper()
	close(p.Release)
	if !closedWithin(p.Returned, 5*time.Second) {
		t.Fatal("the hanging stop did not return after release")
	}
}

// TestStopTimeout: hanger's stop ignores ctx past its 50ms stop_timeout.
// Stop gives up on it, reports it, and still stops base.
func TestStopTimeout(t *testing.T) {
	p := NewProbe("hanger")
	app := NewApp(p)
	if err := app.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	err := stopWithin(t, app, p)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Stop = %v, want it to wrap context.DeadlineExceeded", err)
	}
	if err == nil || !strings.Contains(err.Error(), `service "hanger": stop: `) {
		t.Errorf("Stop = %v, want it to name hanger", err)
	}
	if err != nil && strings.Contains(err.Error(), "stubborn") {
		t.Errorf("Stop = %v blames stubborn, which stopped", err)
	}
	for _, name := range []string{"base", "stubborn"} {
		if n := p.Count("stop " + name); n != 1 {
			t.Errorf("%s stopped %d times, want 1", name, n)
		}
	}
	if s := stateOf(t, app, "hanger"); s.State != AppFailed || !errors.Is(s.Err, context.DeadlineExceeded) {
		t.Errorf("hanger status = %s %v, want failed with a deadline error", s.State, s.Err)
	}
	if s := stateOf(t, app, "base"); s.State != AppStopped {
		t.Errorf("base is %s, want stopped", s.State)
	}
	release(t, p)
	if n := p.Count("stop hanger"); n != 1 {
		t.Errorf("hanger's stop called %d times, want 1", n)
	}
}

// shutdownTimeout starts an app whose stubborn stop hangs within its large
// stop_timeout (4s) while ShutdownTimeout is tiny, and returns what Stop
// returned at the shutdown deadline.
func shutdownTimeout(t *testing.T) (*App, *Probe, error) {
	t.Helper()
	p := NewProbe("stubborn")
	app := NewApp(p)
	app.ShutdownTimeout = 50 * time.Millisecond
	if err := app.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	return app, p, stopWithin(t, app, p)
}

// TestShutdownTimeout: Stop returns at the shutdown deadline and reports
// stubborn, whose stop is still running.
func TestShutdownTimeout(t *testing.T) {
	app, p, err := shutdownTimeout(t)
	if err == nil || !strings.Contains(err.Error(), `service "stubborn": stop: `) {
		t.Errorf("Stop = %v, want it to name stubborn", err)
	}
	if s := stateOf(t, app, "stubborn"); s.State != AppFailed || s.Err == nil {
		t.Errorf("stubborn status = %s %v, want failed with an error", s.State, s.Err)
	}
	if n := p.Count("stop hanger"); n != 1 {
		t.Errorf("hanger stopped %d times, want 1", n)
	}
	release(t, p)
}

// TestShutdownTimeoutMessage: the error says the shutdown deadline, not
// stubborn's 4s stop_timeout, cut the stop short, and names base too,
// which waits for stubborn and so did not stop in time either. Repeated
// because the wrong outcome depends on a select's random pick.
func TestShutdownTimeoutMessage(t *testing.T) {
	for range 10 {
		app, p, err := shutdownTimeout(t)
		if err == nil || !strings.Contains(err.Error(), "did not stop before the shutdown deadline") {
			t.Errorf("Stop = %v, want a shutdown deadline error", err)
		}
		if err != nil && strings.Contains(err.Error(), "within 4s") {
			t.Errorf("Stop = %v blames a 4s stop_timeout after %v", err, app.ShutdownTimeout)
		}
		if err == nil || !strings.Contains(err.Error(), `service "base"`) {
			t.Errorf("Stop = %v, want it to name base, which did not stop in time", err)
		}
		release(t, p)
	}
}
