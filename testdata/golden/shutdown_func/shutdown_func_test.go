package shutdown_func

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

// records is a slog.Handler that keeps every record as one line.
type records struct {
	mu    sync.Mutex
	lines []string
}

func (r *records) Enabled(context.Context, slog.Level) bool { return true }
func (r *records) WithAttrs([]slog.Attr) slog.Handler       { return r }
func (r *records) WithGroup(string) slog.Handler            { return r }
func (r *records) Handle(_ context.Context, rec slog.Record) error {
	line := rec.Message
	rec.Attrs(func(a slog.Attr) bool {
		line += fmt.Sprintf(" %s=%v", a.Key, a.Value)
		return true
	})
	r.mu.Lock()
	defer r.mu.Unlock()
	r.lines = append(r.lines, line)
	return nil
}

// firstOfShutdown returns the first record of the shutdown: the first that
// mentions it or a component stopping.
func (r *records) firstOfShutdown(t *testing.T) string {
	t.Helper()
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, l := range r.lines {
		if strings.Contains(l, "stopping") || strings.Contains(l, "shutdown") {
			return l
		}
	}
	t.Fatalf("no record of the shutdown:\n%s", strings.Join(r.lines, "\n"))
	return ""
}

func newApp(p *Probe) (*App, *records) {
	app := NewApp(p)
	logs := &records{}
	app.Logger = slog.New(logs)
	return app, logs
}

// run runs the app until trigger makes a component call shutdown, and
// returns Run's error.
func run(t *testing.T, p *Probe, app *App, trigger func()) error {
	t.Helper()
	errc := make(chan error, 1)
	go func() { errc <- app.Run(context.Background()) }()
	select {
	case <-app.Ready():
	case err := <-errc:
		t.Fatalf("Run returned before the app was ready: %v", err)
	}
	trigger()
	select {
	case err := <-errc:
		return err
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not return after shutdown was called")
		return nil
	}
}

// checkReturned fails unless who called shutdown and saw it return. (A
// health check may still run after Run returned: see
// TestCheckInFlightEndsBeforeStop.)
func checkReturned(t *testing.T, p *Probe, who string) {
	t.Helper()
	for deadline := time.Now().Add(5 * time.Second); !slices.Contains(p.Returned(), who); {
		if time.Now().After(deadline) {
			t.Errorf("shutdown did not return to %s: %q", who, p.Returned())
			return
		}
		time.Sleep(time.Millisecond)
	}
}

func TestFromEachPlace(t *testing.T) {
	for _, tc := range []struct {
		who     string
		trigger func(app *App, p *Probe, cause error)
	}{
		{"loop", func(_ *App, p *Probe, cause error) { p.LoopCause <- cause }},
		{"check", func(_ *App, p *Probe, cause error) { p.CheckCause <- cause }},
		{"handler", func(app *App, _ *Probe, cause error) { app.Commands() <- Command{Cause: cause} }},
	} {
		t.Run(tc.who+"/cause", func(t *testing.T) {
			p := NewProbe()
			app, logs := newApp(p)
			cause := errors.New("disk full")
			err := run(t, p, app, func() { tc.trigger(app, p, cause) })
			if !errors.Is(err, cause) {
				t.Errorf("Run = %v, want the cause", err)
			}
			if app.Err() != cause {
				t.Errorf("Err() = %v, want the cause", app.Err())
			}
			checkReturned(t, p, tc.who)
			if first := logs.firstOfShutdown(t); !strings.Contains(first, "app.shutdown") || !strings.Contains(first, "disk full") {
				t.Errorf("the first record of the shutdown does not name app.shutdown and its cause: %s", first)
			}
		})
		t.Run(tc.who+"/nil", func(t *testing.T) {
			p := NewProbe()
			app, logs := newApp(p)
			if err := run(t, p, app, func() { tc.trigger(app, p, nil) }); err != nil {
				t.Errorf("Run = %v, want nil for a requested shutdown", err)
			}
			if app.Err() != nil {
				t.Errorf("Err() = %v, want nil", app.Err())
			}
			checkReturned(t, p, tc.who)
			if first := logs.firstOfShutdown(t); !strings.Contains(first, "app.shutdown") {
				t.Errorf("the first record of the shutdown does not name app.shutdown: %s", first)
			}
		})
	}
}

func TestFromAConstructor(t *testing.T) {
	cause := errors.New("license expired")
	p := NewProbe()
	p.AbortBoot, p.BootCause = true, cause
	app, logs := newApp(p)
	err := app.Start(context.Background())
	if !errors.Is(err, cause) {
		t.Fatalf("Start = %v, want an error wrapping the cause", err)
	}
	checkReturned(t, p, "boot")
	if got := p.Built(); !slices.Equal(got, []string{"boot"}) {
		t.Errorf("constructed %q; the start should have ended after boot", got)
	}
	if app.Err() != cause {
		t.Errorf("Err() = %v, want the cause", app.Err())
	}
	if first := logs.firstOfShutdown(t); !strings.Contains(first, "app.shutdown") || !strings.Contains(first, "license expired") {
		t.Errorf("the first record of the shutdown does not name app.shutdown and its cause: %s", first)
	}
	select {
	case <-app.Ready():
		t.Error("Ready closed after an aborted start")
	default:
	}
}

func TestFromAConstructorWithoutCause(t *testing.T) {
	p := NewProbe()
	p.AbortBoot = true
	app, _ := newApp(p)
	if err := app.Start(context.Background()); !errors.Is(err, context.Canceled) {
		t.Errorf("Start = %v, want an error wrapping context.Canceled", err)
	}
	if app.Err() != nil {
		t.Errorf("Err() = %v, want nil", app.Err())
	}

	// Run returns nil: the shutdown was requested.
	p = NewProbe()
	p.AbortBoot = true
	app, _ = newApp(p)
	if err := app.Run(context.Background()); err != nil {
		t.Errorf("Run = %v, want nil", err)
	}
	checkReturned(t, p, "boot")
}

// TestCheckInFlightEndsBeforeStop: health monitors stop first, so a check
// that is running when the shutdown begins (here, the one that called
// shutdown) should return before its service's stop is called, and before
// Run returns.
func TestCheckInFlightEndsBeforeStop(t *testing.T) {
	p := NewProbe()
	app, _ := newApp(p)
	if err := run(t, p, app, func() { p.CheckCause <- nil }); err != nil {
		t.Fatalf("Run = %v", err)
	}
	if got := p.Returned(); !slices.Equal(got, []string{"check"}) {
		t.Errorf("after Run: %q, want the check to have returned, and no stop during it", got)
	}
}
