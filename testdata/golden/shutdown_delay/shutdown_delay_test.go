package shutdown_delay

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

// long bounds waits that should end at once: far below the spec's delay
// of a minute, far above any scheduling hiccup.
const long = 10 * time.Second

func probe(app *App, path string) int {
	rec := httptest.NewRecorder()
	app.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	return rec.Code
}

func started(t *testing.T, p *Probe) *App {
	t.Helper()
	app := NewApp(p)
	if err := app.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	if code := probe(app, "/readyz"); code != http.StatusOK {
		t.Fatalf("/readyz = %d after Start", code)
	}
	return app
}

// stopAsync calls Stop(ctx) on a goroutine and waits for the shutdown to
// begin.
func stopAsync(t *testing.T, app *App, ctx context.Context) <-chan error {
	t.Helper()
	errc := make(chan error, 1)
	go func() { errc <- app.Stop(ctx) }()
	select {
	case <-app.Done():
	case <-time.After(long):
		t.Fatal("Stop did not begin the shutdown")
	}
	return errc
}

func within(t *testing.T, ch <-chan struct{}, what string) {
	t.Helper()
	select {
	case <-ch:
	case <-time.After(long):
		t.Fatalf("%s took longer than %v", what, long)
	}
}

func TestDrainCutShortBySecondStop(t *testing.T) {
	p := &Probe{}
	app := started(t, p)
	first := stopAsync(t, app, context.Background())

	// Not ready at once; nothing stopped during the drain.
	if code := probe(app, "/readyz"); code != http.StatusServiceUnavailable {
		t.Errorf("/readyz = %d once the shutdown began, want 503", code)
	}
	time.Sleep(100 * time.Millisecond)
	if n := len(p.Stops()); n != 0 {
		t.Fatalf("the server stopped %d times during the drain", n)
	}
	select {
	case err := <-first:
		t.Fatalf("Stop returned during the drain: %v", err)
	default:
	}
	for _, s := range app.Status() {
		if s.State != AppRunning {
			t.Errorf("%s is %s during the drain, want running", s.Name, s.State)
		}
	}

	// A second Stop ends the drain; the stops are called once each.
	if err := app.Stop(context.Background()); err != nil {
		t.Errorf("second Stop = %v", err)
	}
	select {
	case err := <-first:
		if err != nil {
			t.Errorf("first Stop = %v", err)
		}
	case <-time.After(long):
		t.Fatal("the second Stop did not cut the drain short")
	}
	if n := len(p.Stops()); n != 1 {
		t.Errorf("the server stopped %d times, want 1", n)
	}
}

func TestDrainCutShortByStopCtx(t *testing.T) {
	p := &Probe{}
	app := started(t, p)
	ctx, cancel := context.WithCancel(context.Background())
	errc := stopAsync(t, app, ctx)
	cancel()
	within(t, app.Stopped(), "the shutdown after Stop's ctx ended")
	<-errc // Stop returned when its ctx ended, whatever it says
	if n := len(p.Stops()); n != 1 {
		t.Errorf("the server stopped %d times, want 1", n)
	}
}

func TestDelayField(t *testing.T) {
	p := &Probe{}
	app := NewApp(p)
	app.ShutdownDelay = 200 * time.Millisecond
	if err := app.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	begin := time.Now()
	if err := app.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	stops := p.Stops()
	if len(stops) != 1 {
		t.Fatalf("the server stopped %d times, want 1", len(stops))
	}
	if waited := stops[0].Sub(begin); waited < 200*time.Millisecond {
		t.Errorf("the server stopped %v after Stop, before the 200ms delay", waited)
	}
}

func TestNegativeDelayMeansNone(t *testing.T) {
	p := &Probe{}
	app := NewApp(p)
	app.ShutdownDelay = -1
	if err := app.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	stopped := make(chan struct{})
	go func() {
		if err := app.Stop(context.Background()); err != nil {
			t.Error(err)
		}
		close(stopped)
	}()
	within(t, stopped, "Stop with ShutdownDelay < 0")
	if n := len(p.Stops()); n != 1 {
		t.Errorf("the server stopped %d times, want 1", n)
	}
}

func TestNoDrainAfterAFailedStart(t *testing.T) {
	p := &Probe{FailChecker: true}
	app := NewApp(p)
	done := make(chan struct{})
	go func() {
		if err := app.Start(context.Background()); !errors.Is(err, ErrChecker) {
			t.Errorf("Start = %v, want the checker's failure", err)
		}
		close(done)
	}()
	within(t, done, "a failed Start")
	if n := len(p.Stops()); n != 1 {
		t.Errorf("the server stopped %d times, want 1", n)
	}
}
