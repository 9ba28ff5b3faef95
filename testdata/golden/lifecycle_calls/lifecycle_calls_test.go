package lifecycle_calls

import (
	"context"
	"slices"
	"testing"
	"time"

	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

func TestStopBeforeStart(t *testing.T) {
	p := &Probe{}
	app := NewApp(p)
	events := recordEvents(app)
	if err := app.Stop(context.Background()); err != nil {
		t.Errorf("Stop before Start = %v, want nil", err)
	}
	if lines := p.Lines(); len(lines) != 0 {
		t.Errorf("Stop before Start called %q", lines)
	}
	if got := events.states(); len(got) != 0 {
		t.Errorf("Stop before Start emitted %q", got)
	}
	if s := stateOf(t, app, "server"); s.State != AppPending {
		t.Errorf("server is %s after an early Stop, want pending", s.State)
	}
	if isClosed(app.Done()) {
		t.Error("an early Stop closed Done")
	}
	// The early Stop did nothing: the app still starts and stops.
	if err := app.Start(context.Background()); err != nil {
		t.Fatalf("Start after an early Stop: %v", err)
	}
	if err := app.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	if want := []string{"start", "serve returned", "stop"}; !slices.Equal(p.Lines(), want) {
		t.Errorf("calls = %q, want %q", p.Lines(), want)
	}
}

func TestStartTwice(t *testing.T) {
	p := &Probe{}
	app := NewApp(p)
	if err := app.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	if err := app.Start(context.Background()); err == nil {
		t.Error("second Start returned nil")
	}
	if n := p.Count("start"); n != 1 {
		t.Errorf("constructor called %d times, want 1", n)
	}
	if isClosed(app.Done()) {
		t.Error("a second Start began a shutdown")
	}
	if err := app.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	if err := app.Start(context.Background()); err == nil {
		t.Error("Start after Stop returned nil")
	}
	if n := p.Count("start"); n != 1 {
		t.Errorf("constructor called %d times, want 1", n)
	}
}

func TestStopTwice(t *testing.T) {
	p := &Probe{}
	app := NewApp(p)
	if err := app.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	if err := app.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	if err := app.Stop(context.Background()); err != nil {
		t.Errorf("second Stop = %v, want nil", err)
	}
	if n := p.Count("stop"); n != 1 {
		t.Errorf("stop called %d times, want 1", n)
	}
	if s := stateOf(t, app, "server"); s.State != AppStopped {
		t.Errorf("server is %s, want stopped", s.State)
	}
	if app.Err() != nil {
		t.Errorf("Err() = %v after a requested shutdown, want nil", app.Err())
	}
}

func TestRunUntilCancel(t *testing.T) {
	p := &Probe{}
	app := NewApp(p)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	errc := make(chan error, 1)
	go func() { errc <- app.Run(ctx) }()
	if !closedWithin(app.Ready(), 5*time.Second) {
		t.Fatal("app not ready")
	}
	if isClosed(app.Done()) {
		t.Fatal("Done closed before ctx was cancelled")
	}
	cancel()
	select {
	case err := <-errc:
		if err != nil {
			t.Errorf("Run = %v after ctx cancel, want nil", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not return after ctx was cancelled")
	}
	if want := []string{"start", "serve returned", "stop"}; !slices.Equal(p.Lines(), want) {
		t.Errorf("calls = %q, want %q", p.Lines(), want)
	}
	if !isClosed(app.Done()) || app.Err() != nil {
		t.Errorf("Done closed = %v, Err = %v; want closed and nil", isClosed(app.Done()), app.Err())
	}
}

// TestStopDuringRun: Stop from another goroutine ends Run, which returns
// nil once the shutdown has finished.
func TestStopDuringRun(t *testing.T) {
	p := &Probe{}
	app := NewApp(p)
	errc := make(chan error, 1)
	go func() { errc <- app.Run(context.Background()) }()
	if !closedWithin(app.Ready(), 5*time.Second) {
		t.Fatal("app not ready")
	}
	if err := app.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-errc:
		if err != nil {
			t.Errorf("Run = %v after Stop, want nil", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not return after Stop")
	}
	if n := p.Count("stop"); n != 1 {
		t.Errorf("stop called %d times, want 1", n)
	}
}
