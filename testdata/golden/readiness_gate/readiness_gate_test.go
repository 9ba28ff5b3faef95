package readiness_gate

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

func readyz(app *App) int {
	rec := httptest.NewRecorder()
	app.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/readyz", nil))
	return rec.Code
}

func state(app *App, name string) AppState {
	for _, s := range app.Status() {
		if s.Name == name {
			return s.State
		}
	}
	return ""
}

func TestReadyAfterTheFirstPassingCheck(t *testing.T) {
	p := &Probe{}
	app := NewApp(p)
	started := make(chan error, 1)
	go func() { started <- app.Start(context.Background()) }()

	// More failed checks than failure_threshold (3): before the gate has
	// passed they are only retried, they do not shut the app down.
	for p.Pings.Load() < 5 {
		select {
		case err := <-started:
			t.Fatalf("Start returned before any check passed: %v", err)
		case <-time.After(time.Millisecond):
		}
	}
	if code := readyz(app); code != http.StatusServiceUnavailable {
		t.Errorf("/readyz = %d while the gate is closed, want 503", code)
	}
	if s := state(app, "db"); s != AppStarting {
		t.Errorf("db is %s while its gate is closed, want starting", s)
	}
	if s := state(app, "api"); s != AppPending {
		t.Errorf("api is %s while the db's gate is closed, want pending", s)
	}
	if app.API() != nil || slices.Contains(p.Lines(), "new api") {
		t.Error("the api was constructed before the db was ready")
	}

	p.Open.Store(true)
	if err := <-started; err != nil {
		t.Fatal(err)
	}
	if code := readyz(app); code != http.StatusOK {
		t.Errorf("/readyz = %d after Start, want 200", code)
	}
	if got, want := p.Lines()[:3], []string{"open db", "ping ok", "new api"}; !slices.Equal(got, want) {
		t.Errorf("journal starts %q, want %q", got, want)
	}
	if app.API().DB != app.DB() {
		t.Error("the api did not receive the db")
	}
	if err := app.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	if n := p.Closes.Load(); n != 1 {
		t.Errorf("db closed %d times, want 1", n)
	}
}

func TestGateNeverOpens(t *testing.T) {
	p := &Probe{}
	app := NewApp(p)
	begin := time.Now()
	err := app.Start(context.Background())
	if err == nil || !strings.Contains(err.Error(), `service "db"`) || !strings.Contains(err.Error(), "readiness gate") {
		t.Fatalf("Start = %v, want the db's readiness gate", err)
	}
	if waited := time.Since(begin); waited < time.Second {
		t.Errorf("Start gave up after %v, before the start_timeout of 1s", waited)
	}
	if n := p.Closes.Load(); n != 1 {
		t.Errorf("the constructed db was closed %d times, want once", n)
	}
	if slices.Contains(p.Lines(), "new api") {
		t.Error("the api was constructed although the db never became ready")
	}
	select {
	case <-app.Ready():
		t.Error("Ready closed after a failed start")
	default:
	}
}

// TestGateTimeoutError checks the wording of a gate that never opens: the
// error should say that the start_timeout passed (errors.Is
// context.DeadlineExceeded, as for a constructor past its timeout) and
// keep the last check's error, whichever instant the deadline falls on.
func TestGateTimeoutError(t *testing.T) {
	for range 5 {
		app := NewApp(&Probe{})
		err := app.Start(context.Background())
		if !errors.Is(err, context.DeadlineExceeded) || !errors.Is(err, ErrNotReady) ||
			!strings.Contains(err.Error(), "did not start within 1s") {
			t.Fatalf("Start = %v, want the start_timeout named, wrapping context.DeadlineExceeded and the last check's error", err)
		}
	}
}
