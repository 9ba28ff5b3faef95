package restart_database

import (
	"context"
	"log/slog"
	"testing"
	"time"

	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

func status(app *App, name string) AppStatus {
	for _, s := range app.Status() {
		if s.Name == name {
			return s
		}
	}
	panic("no component " + name)
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(5 * time.Second); !cond(); time.Sleep(time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
	}
}

// TestDatabaseRestartedUnderCacheAndWorkers breaks the database while
// jobs wait in the queue: the database, the cache, the workers and the
// API are rebuilt with a new connection; every job is processed exactly
// once, none with a closed connection, and the jobs still queued at the
// restart are processed by the new workers.
func TestDatabaseRestartedUnderCacheAndWorkers(t *testing.T) {
	p := &Probe{}
	app := NewApp(p)
	app.Logger = slog.New(slog.DiscardHandler)
	if err := app.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	const n = 300
	for i := range n {
		app.API().Jobs <- Job(i)
	}
	p.Down.Store(true)
	waitFor(t, "the restarted app", func() bool {
		return app.Database() != nil && app.Database().Gen == 2 && status(app, "api").State == AppRunning
	})
	if app.Cache().DB != app.Database() || app.API().Cache != app.Cache() {
		t.Error("the cache or the api holds the old database")
	}
	if err := app.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	w := status(app, "background")
	if w.Processed != n || w.Failed != 0 || w.Dropped != 0 {
		t.Errorf("worker: processed %d, failed %d (%v), dropped %d; want all %d processed", w.Processed, w.Failed, w.Err, w.Dropped, n)
	}
	var second int
	for i := range n {
		g, ok := p.Generation(Job(i))
		if !ok {
			t.Fatalf("job %d was not processed", i)
		}
		if g == 2 {
			second++
		}
	}
	if second == 0 {
		t.Error("no job waited for the new workers: the test did not exercise a restart with queued jobs")
	}
	if got := status(app, "database").Restarts; got != 1 {
		t.Errorf("database Restarts = %d, want 1", got)
	}
	if got := p.closed.Load(); got != 2 {
		t.Errorf("%d databases closed, want 2", got)
	}
}
