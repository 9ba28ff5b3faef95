package restart_consumer

import (
	"context"
	"errors"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

var quiet = slog.New(slog.DiscardHandler)

// events records every state change, safe for concurrent use.
type events struct {
	mu  sync.Mutex
	all []AppEvent
}

func (e *events) add(ev AppEvent) { e.mu.Lock(); e.all = append(e.all, ev); e.mu.Unlock() }

// of returns the states component name entered, in order.
func (e *events) of(name string) []string {
	e.mu.Lock()
	defer e.mu.Unlock()
	var out []string
	for _, ev := range e.all {
		if ev.Name == name {
			out = append(out, string(ev.State))
		}
	}
	return out
}

func newApp(p *Probe, ev *events) *App {
	app := NewApp(p)
	app.Logger = quiet
	app.OnEvent = ev.add
	return app
}

// waitFor polls cond until it holds or a generous bound passes.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(5 * time.Second); !cond(); time.Sleep(time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
	}
}

func status(app *App, name string) AppStatus {
	for _, s := range app.Status() {
		if s.Name == name {
			return s
		}
	}
	panic("no component " + name)
}

// TestConsumerFailsTwiceAndRecovers: two failed runs, two restarts; the
// api is rebuilt each time with the new consumer, broker, metrics and the
// workers are untouched, every queued order is fulfilled.
func TestConsumerFailsTwiceAndRecovers(t *testing.T) {
	p := NewProbe(20)
	p.Fail.Store(2)
	ev := &events{}
	app := newApp(p, ev)
	if err := app.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the third consumer to run", func() bool { return p.Count("start consumer") == 3 && p.Sent() == 60 })
	waitFor(t, "the api to be rebuilt", func() bool {
		return status(app, "api").State == AppRunning && app.API().Consumer.N == 3
	})
	if got := status(app, "consumer").Restarts; got != 2 {
		t.Errorf("consumer Restarts = %d, want 2", got)
	}
	if got := status(app, "api").Restarts; got != 0 {
		t.Errorf("api Restarts = %d, want 0: a rebuilt dependent does not count", got)
	}
	if app.API().Consumer != app.Consumer() || app.Consumer().N != 3 {
		t.Errorf("api holds consumer %d, accessor %d; want the third for both", app.API().Consumer.N, app.Consumer().N)
	}
	if err := app.Stop(context.Background()); err != nil {
		t.Fatalf("Stop = %v, want nil: restarts are not a shutdown cause", err)
	}
	for what, want := range map[string]int{
		"start broker": 1, "stop broker": 1, "start metrics": 1, "stop metrics": 1,
		"start consumer": 3, "stop consumer": 3, "cleanup consumer": 3,
		"start api": 3, "stop api": 3,
	} {
		if got := p.Count(what); got != want {
			t.Errorf("%s: %d times, want %d", what, got, want)
		}
	}
	if p.Fulfilled() != p.Sent() {
		t.Errorf("fulfilled %d of %d orders: a restart must not lose queued items", p.Fulfilled(), p.Sent())
	}
	w := status(app, "fulfil")
	if int64(w.Processed+w.Failed+w.Dropped) != p.Sent() {
		t.Errorf("worker: processed %d + failed %d + dropped %d != %d sent", w.Processed, w.Failed, w.Dropped, p.Sent())
	}
	want := "starting running failed stopping stopped restarting starting running"
	if got := strings.Join(ev.of("consumer")[:8], " "); got != want {
		t.Errorf("consumer events begin %q, want %q", got, want)
	}
	if got := strings.Join(ev.of("metrics"), " "); got != "starting running stopping stopped" {
		t.Errorf("metrics events = %q: an unrelated service was disturbed", got)
	}
}

// TestRestartLimit: the fourth failure within the window is one too many:
// the app shuts down with an error that names the consumer and the count.
func TestRestartLimit(t *testing.T) {
	p := NewProbe(1)
	p.Fail.Store(100)
	app := newApp(p, &events{})
	err := app.Run(context.Background())
	if err == nil || !errors.Is(err, ErrDropped) || !strings.Contains(err.Error(), `service "consumer" failed 4 times within 1m0s`) {
		t.Fatalf("Run = %v, want the consumer's fourth failure", err)
	}
	if !errors.Is(app.Err(), ErrDropped) {
		t.Errorf("Err() = %v, want the cause", app.Err())
	}
	if got := status(app, "consumer").Restarts; got != 3 {
		t.Errorf("Restarts = %d, want 3", got)
	}
	if p.Count("start consumer") != p.Count("stop consumer") || p.Count("start api") != p.Count("stop api") {
		t.Errorf("unbalanced: %d/%d consumer, %d/%d api starts/stops", p.Count("start consumer"), p.Count("stop consumer"), p.Count("start api"), p.Count("stop api"))
	}
}

// TestRestartWhoseConstructorFails: a restart that fails to start counts
// as a failure and is retried.
func TestRestartWhoseConstructorFails(t *testing.T) {
	p := NewProbe(1)
	p.Fail.Store(1)
	p.FailStarts.Store(0)
	ev := &events{}
	app := newApp(p, ev)
	if err := app.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	p.FailStarts.Store(1) // the first restart's constructor fails
	waitFor(t, "the consumer to run again", func() bool { return p.Count("start consumer") == 2 && status(app, "consumer").State == AppRunning })
	if got := p.Count("consumer start failed"); got != 1 {
		t.Errorf("constructor failed %d times, want 1", got)
	}
	if got := status(app, "consumer").Restarts; got != 2 {
		t.Errorf("Restarts = %d, want 2 (the failed restart counts)", got)
	}
	if err := app.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	if p.Count("start api") != p.Count("stop api") {
		t.Errorf("api: %d starts, %d stops", p.Count("start api"), p.Count("stop api"))
	}
}

// TestReadyzWhileRestarting: /readyz answers 503 while the consumer
// waits for its backoff, and 200 again once it runs. The OnEvent of the
// restarting state is delivered before the backoff begins, so the probe
// asked from it sees that state.
func TestReadyzWhileRestarting(t *testing.T) {
	p := NewProbe(0)
	p.Fail.Store(1)
	var mu sync.Mutex
	var codes []int
	app := NewApp(p)
	app.Logger = quiet
	app.OnEvent = func(e AppEvent) {
		if e.Name == "consumer" && e.State == AppRestarting {
			mu.Lock()
			codes = append(codes, get(app, "/readyz"))
			mu.Unlock()
		}
	}
	if err := app.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the restarted consumer", func() bool { return p.Count("start consumer") == 2 && status(app, "api").State == AppRunning })
	if code := get(app, "/readyz"); code != http.StatusOK {
		t.Errorf("/readyz = %d after the restart, want 200", code)
	}
	if err := app.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(codes) != 1 || codes[0] != http.StatusServiceUnavailable {
		t.Errorf("/readyz while restarting = %v, want [503]", codes)
	}
}

func get(app *App, path string) int {
	rec := httptest.NewRecorder()
	app.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	return rec.Code
}

// TestRestartRacesStop stops the app at many offsets around a restart:
// every start is stopped exactly once, nothing is started after the
// shutdown began, and nothing is left running (a restart whose start the
// shutdown aborted ends failed, with context.Canceled).
func TestRestartRacesStop(t *testing.T) {
	for round := range 300 {
		p := NewProbe(3)
		p.Fail.Store(2)
		ev := &events{}
		app := newApp(p, ev)
		if err := app.Start(context.Background()); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(rand.IntN(40)) * time.Millisecond / 4)
		if err := app.Stop(context.Background()); err != nil {
			t.Fatalf("round %d: Stop = %v", round, err)
		}
		for _, c := range []string{"consumer", "api", "broker", "metrics"} {
			if s, e := p.Count("start "+c), p.Count("stop "+c); s != e {
				t.Fatalf("round %d: %s started %d times, stopped %d", round, c, s, e)
			}
		}
		if p.Count("cleanup consumer") != p.Count("start consumer") {
			t.Fatalf("round %d: %d consumer cleanups for %d starts", round, p.Count("cleanup consumer"), p.Count("start consumer"))
		}
		if p.Fulfilled() != p.Sent() {
			t.Fatalf("round %d: fulfilled %d of %d", round, p.Fulfilled(), p.Sent())
		}
		for _, s := range app.Status() {
			aborted := s.State == AppFailed && errors.Is(s.Err, context.Canceled) // a restart's start that the shutdown cut short
			if s.State != AppStopped && !aborted {
				t.Fatalf("round %d: %s is %s after Stop (%v); its events: %v", round, s.Name, s.State, s.Err, ev.of(s.Name))
			}
		}
	}
}
