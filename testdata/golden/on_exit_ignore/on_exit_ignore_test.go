package on_exit_ignore

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

func TestRunReturningNilStaysRunning(t *testing.T) {
	p := NewProbe()
	app := NewApp(p)
	if err := app.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	select {
	case <-p.Migrated:
	case <-time.After(5 * time.Second):
		t.Fatal("the migration did not run")
	}
	select {
	case <-app.Done():
		t.Fatalf("the app shut down after a run loop with on_exit = \"ignore\" returned nil: %v", app.Err())
	case <-time.After(100 * time.Millisecond):
	}
	for _, s := range app.Status() {
		if s.State != AppRunning {
			t.Errorf("%s is %s, want running", s.Name, s.State)
		}
	}
	rec := httptest.NewRecorder()
	app.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/readyz", nil))
	if rec.Code != http.StatusOK {
		t.Errorf("/readyz = %d, want 200", rec.Code)
	}
	// Stopped as usual.
	if err := app.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	if n := p.Closes.Load(); n != 1 {
		t.Errorf("the migrator was closed %d times, want 1", n)
	}
}

func TestRunFailingStillShutsDown(t *testing.T) {
	for _, what := range []string{"sync lost", "panic"} {
		t.Run(what, func(t *testing.T) {
			p := NewProbe()
			app := NewApp(p)
			app.Logger = slog.New(slog.DiscardHandler) // the panic's stack
			errc := make(chan error, 1)
			go func() { errc <- app.Run(context.Background()) }()
			<-app.Ready()
			p.Sync <- what
			var err error
			select {
			case err = <-errc:
			case <-time.After(5 * time.Second):
				t.Fatal("the app did not shut down")
			}
			want := what
			if what == "panic" {
				want = "syncer lost its state"
			}
			if err == nil || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), `service "syncer"`) {
				t.Errorf("Run = %v, want the syncer's %q", err, want)
			}
			if !errors.Is(err, app.Err()) || app.Err() == nil {
				t.Errorf("Err() = %v, want the syncer's failure", app.Err())
			}
		})
	}
}
