package panics

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

func TestPanicInStart(t *testing.T) {
	p := NewProbe()
	p.PanicStart = true
	app := NewApp(p)
	err := app.Start(context.Background())
	if err == nil {
		t.Fatal("Start succeeded although alpha's constructor panicked")
	}
	for _, want := range []string{`service "alpha": start: `, "panic", "alpha cannot start"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("Start error %q does not contain %q", err, want)
		}
	}
	if n := p.Count("stop base"); n != 1 {
		t.Errorf("base stopped %d times, want 1", n)
	}
	if n := p.Count("stop alpha"); n != 0 {
		t.Errorf("alpha stopped %d times although it never started", n)
	}
	if s := stateOf(t, app, "alpha"); s.State != AppFailed || s.Err == nil {
		t.Errorf("alpha status = %+v, want failed with an error", s)
	}
}

func TestPanicInRun(t *testing.T) {
	p := NewProbe()
	app := NewApp(p)
	if err := app.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	close(p.trigger)
	if !closedWithin(app.Done(), 5*time.Second) {
		t.Fatal("the app did not shut down after run panicked")
	}
	err := app.Err()
	if err == nil || !strings.Contains(err.Error(), `service "alpha": run: `) || !strings.Contains(err.Error(), "panic") {
		t.Errorf("Err() = %v, want a panic in alpha's run", err)
	}
	if !errors.Is(err, ErrRunPanic) {
		t.Errorf("Err() = %v does not wrap the panic value", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := app.Stop(ctx); !errors.Is(err, ErrRunPanic) {
		t.Errorf("Stop = %v, want the run failure", err)
	}
	for _, name := range []string{"alpha", "base"} {
		if n := p.Count("stop " + name); n != 1 {
			t.Errorf("%s stopped %d times, want 1", name, n)
		}
	}
}

func TestPanicInStop(t *testing.T) {
	p := NewProbe()
	p.PanicStop = true
	app := NewApp(p)
	if err := app.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	err := app.Stop(context.Background())
	if err == nil {
		t.Fatal("Stop returned nil although alpha's stop panicked")
	}
	for _, want := range []string{`service "alpha": stop: `, "panic", "alpha cannot stop"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("Stop error %q does not contain %q", err, want)
		}
	}
	if n := p.Count("stop base"); n != 1 {
		t.Errorf("base stopped %d times after alpha's stop panicked, want 1", n)
	}
	if s := stateOf(t, app, "alpha"); s.State != AppFailed {
		t.Errorf("alpha is %s after its stop panicked, want failed", s.State)
	}
	if app.Err() != nil {
		t.Errorf("Err() = %v, want nil: the shutdown was requested", app.Err())
	}
}
