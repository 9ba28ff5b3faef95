package health

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

// probe GETs path from the app's handler and returns the status code and
// body.
func probe(t *testing.T, app *App, path string) (int, string) {
	t.Helper()
	rec := httptest.NewRecorder()
	app.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	return rec.Code, rec.Body.String()
}

type verbose struct {
	Status     string `json:"status"`
	Components []struct {
		Name, Kind, State, Error string
	} `json:"components"`
}

func probeVerbose(t *testing.T, app *App) (int, verbose) {
	t.Helper()
	code, body := probe(t, app, "/readyz?verbose")
	var v verbose
	if err := json.Unmarshal([]byte(body), &v); err != nil {
		t.Fatalf("verbose body %q: %v", body, err)
	}
	return code, v
}

// waitState polls Status until component name is in state, for up to 5s.
func waitState(t *testing.T, app *App, name string, state AppState) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for stateOf(t, app, name).State != state {
		if time.Now().After(deadline) {
			t.Fatalf("%s is %s, never %s", name, stateOf(t, app, name).State, state)
		}
		time.Sleep(time.Millisecond)
	}
}

// waitChecks waits until a check has run at least n more times.
func waitChecks(t *testing.T, c *atomic.Int32, n int32) {
	t.Helper()
	want := c.Load() + n
	deadline := time.Now().Add(5 * time.Second)
	for c.Load() < want {
		if time.Now().After(deadline) {
			t.Fatalf("the check ran %d times, want %d", c.Load(), want)
		}
		time.Sleep(time.Millisecond)
	}
}

func startApp(t *testing.T) (*App, *Probe, *eventLog) {
	t.Helper()
	p := &Probe{}
	app := NewApp(p)
	app.Logger = slog.New(slog.DiscardHandler)
	events := recordEvents(app)
	if err := app.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	return app, p, events
}

// TestHealthIgnore: cache's failures make it unhealthy (an event and a 503
// from /readyz) but keep the app up; one success makes it running again.
func TestHealthIgnore(t *testing.T) {
	app, p, events := startApp(t)
	waitChecks(t, &p.CacheChecks, 2)
	if code, v := probeVerbose(t, app); code != http.StatusOK || v.Status != "ok" {
		t.Errorf("/readyz?verbose = %d %+v while healthy, want 200 ok", code, v)
	}
	if code, body := probe(t, app, "/readyz"); code != http.StatusOK || body != "ok\n" {
		t.Errorf("/readyz = %d %q while healthy", code, body)
	}

	p.CacheFailing.Store(true)
	e := events.waitFor(t, "cache", AppUnhealthy)
	if !errors.Is(e.Err, ErrDown) {
		t.Errorf("unhealthy event has Err %v, want the check error", e.Err)
	}
	if s := stateOf(t, app, "cache"); s.ConsecutiveFailures < 2 || !errors.Is(s.Err, ErrDown) {
		t.Errorf("cache status = %+v, want at least 2 failures and the check error", s)
	}
	code, v := probeVerbose(t, app)
	if code != http.StatusServiceUnavailable || v.Status != "failing" {
		t.Errorf("/readyz?verbose = %d %q while cache is unhealthy, want 503 failing", code, v.Status)
	}
	if len(v.Components) != 2 || v.Components[0].Name != "db" || v.Components[1].Name != "cache" {
		t.Fatalf("components = %+v, want db, cache in spec order", v.Components)
	}
	if c := v.Components[1]; c.Kind != "service" || c.State != "unhealthy" || !strings.Contains(c.Error, "down") {
		t.Errorf("cache component = %+v, want an unhealthy service with its error", c)
	}
	if c := v.Components[0]; c.State != "running" || c.Error != "" {
		t.Errorf("db component = %+v, want running without error", c)
	}
	if code, _ := probe(t, app, "/livez"); code != http.StatusOK {
		t.Errorf("/livez = %d while only unhealthy, want 200", code)
	}
	if isClosed(app.Done()) {
		t.Fatal(`on_failure = "ignore" shut the app down`)
	}

	p.CacheFailing.Store(false)
	waitState(t, app, "cache", AppRunning)
	if code, _ := probe(t, app, "/readyz"); code != http.StatusOK {
		t.Errorf("/readyz = %d after recovery, want 200", code)
	}
	if isClosed(app.Done()) {
		t.Fatal(`on_failure = "ignore" shut the app down`)
	}
	if err := app.Stop(context.Background()); err != nil {
		t.Errorf("Stop = %v, want nil", err)
	}
	if code, _ := probe(t, app, "/livez"); code != http.StatusServiceUnavailable {
		t.Errorf("/livez = %d after Stop, want 503", code)
	}
}

// TestHealthShutdown: db's failures shut the app down by themselves.
func TestHealthShutdown(t *testing.T) {
	app, p, events := startApp(t)
	waitChecks(t, &p.DBChecks, 2)
	p.DBFailing.Store(true)
	if !closedWithin(app.Done(), 5*time.Second) {
		t.Fatal(`db stayed unhealthy but on_failure = "shutdown" did not shut the app down`)
	}
	events.waitFor(t, "db", AppUnhealthy)
	err := app.Err()
	if !errors.Is(err, ErrDown) || !strings.Contains(err.Error(), `service "db": health: `) {
		t.Errorf("Err() = %v, want db's check error", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := app.Stop(ctx); !errors.Is(err, ErrDown) {
		t.Errorf("Stop = %v, want the health failure", err)
	}
	if code, _ := probe(t, app, "/livez"); code != http.StatusServiceUnavailable {
		t.Errorf("/livez = %d after a health shutdown, want 503", code)
	}
	if code, _ := probe(t, app, "/readyz"); code != http.StatusServiceUnavailable {
		t.Errorf("/readyz = %d after a health shutdown, want 503", code)
	}
	if p.DBStops.Load() != 1 || p.CacheStops.Load() != 1 {
		t.Errorf("stops: db %d, cache %d; want 1 each", p.DBStops.Load(), p.CacheStops.Load())
	}
}

// TestHealthChecksStopFirst: after Stop no check runs any more.
func TestHealthChecksStopFirst(t *testing.T) {
	app, p, _ := startApp(t)
	waitChecks(t, &p.DBChecks, 2)
	if err := app.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	n := p.DBChecks.Load() + p.CacheChecks.Load()
	time.Sleep(50 * time.Millisecond) // five intervals
	if m := p.DBChecks.Load() + p.CacheChecks.Load(); m != n {
		t.Errorf("%d checks ran after Stop returned", m-n)
	}
}
