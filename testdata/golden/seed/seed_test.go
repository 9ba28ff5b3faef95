package seed

import (
	"context"
	"slices"
	"testing"

	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

func TestSeedLifecycle(t *testing.T) {
	journal = &Journal{} // a fresh journal for each run (-count)
	app := NewApp(&Config{DSN: "mem://"})
	var events []string
	app.OnEvent = func(e AppEvent) { events = append(events, e.Name+" "+string(e.State)) }
	if app.Database() != nil {
		t.Fatal("Database() before Start is not the zero value")
	}
	if err := app.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	if app.Database() == nil || app.API() == nil {
		t.Fatal("accessors return nil after Start")
	}
	for i := range 50 {
		if err := app.API().Enqueue(context.Background(), Job{ID: i}); err != nil {
			t.Fatal(err)
		}
	}
	if err := app.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	want := []string{"open database mem://", "open cache", "open api", "shutdown api", "close cache", "close database"}
	if got := journal.Get(); !slices.Equal(got, want) {
		t.Errorf("journal = %q, want %q", got, want)
	}
	var worker AppStatus
	for _, s := range app.Status() {
		if s.Name == "background" {
			worker = s
		}
		if s.State != AppStopped {
			t.Errorf("%s is %s after Stop", s.Name, s.State)
		}
	}
	if worker.Processed+worker.Failed+worker.Dropped != 50 || worker.Processed != 50 {
		t.Errorf("worker accounting = %+v, want 50 processed", worker)
	}
	// Workers are running before the queue, which is ready before the api.
	if i, j := slices.Index(events, "background running"), slices.Index(events, "jobs running"); i < 0 || i > j {
		t.Errorf("events: workers not running before the queue: %v", events)
	}
	if i, j := slices.Index(events, "api stopped"), slices.Index(events, "background stopping"); i < 0 || i > j {
		t.Errorf("events: workers drained before the sender stopped: %v", events)
	}
}
