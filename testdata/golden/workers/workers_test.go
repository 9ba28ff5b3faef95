package workers

import (
	"context"
	"testing"
	"time"

	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

func worker(t *testing.T, app *App) AppStatus { return stateOf(t, app, "consume") }

// checkAll checks that every item sent reached the handler exactly once.
func checkAll(t *testing.T, p *Probe, n int) {
	t.Helper()
	for id := range n {
		if got := p.Handled(id); got != 1 {
			t.Errorf("item %d handled %d times, want 1", id, got)
		}
	}
}

func TestWorkersFast(t *testing.T) {
	const n = 500
	p := NewProbe(n)
	app := NewApp(p)
	if err := app.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	if !closedWithin(p.Sent, 5*time.Second) {
		t.Fatal("the producer could not send its items")
	}
	if err := app.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	w := worker(t, app)
	if w.Processed != n || w.Failed != 0 || w.Dropped != 0 {
		t.Errorf("processed/failed/dropped = %d/%d/%d, want %d/0/0", w.Processed, w.Failed, w.Dropped, n)
	}
	checkAll(t, p, n)
	if w.State != AppStopped {
		t.Errorf("worker is %s after Stop", w.State)
	}
}

func TestWorkersPanickingHandler(t *testing.T) {
	const n = 200
	p := NewProbe(n)
	p.PanicOn = func(id int) bool { return id%10 == 3 }
	app := NewApp(p)
	if err := app.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	if !closedWithin(p.Sent, 5*time.Second) {
		t.Fatal("the producer could not send its items")
	}
	if err := app.Stop(context.Background()); err != nil {
		t.Errorf("Stop = %v: handler failures with on_error = \"log\" are not stop errors", err)
	}
	w := worker(t, app)
	if w.Failed != n/10 || w.Processed != n-n/10 || w.Processed+w.Failed+w.Dropped != n {
		t.Errorf("processed/failed/dropped = %d/%d/%d, want %d/%d/0", w.Processed, w.Failed, w.Dropped, n-n/10, n/10)
	}
	if w.Err == nil {
		t.Error("worker status has no error after handler panics")
	}
	if app.Err() != nil {
		t.Errorf("Err() = %v: on_error = \"log\" must not shut the app down", app.Err())
	}
	checkAll(t, p, n)
}

// TestQueueAccessorAndLen blocks all four workers inside the handler, so
// that what is sent next stays in the queue and shows in Status().Len.
func TestQueueAccessorAndLen(t *testing.T) {
	p := NewProbe(0)
	p.Gate = make(chan struct{})
	p.Entered = make(chan int, 8)
	app := NewApp(p)
	if err := app.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	var q chan<- Item = app.Items()
	for i := range 4 {
		q <- Item{ID: i}
	}
	for range 4 {
		select {
		case <-p.Entered:
		case <-time.After(5 * time.Second):
			t.Fatal("four workers did not pick up four items")
		}
	}
	for i := 4; i < 7; i++ {
		q <- Item{ID: i}
	}
	if got := stateOf(t, app, "items").Len; got != 3 {
		t.Errorf("queue Len = %d with 3 items waiting", got)
	}
	if got := worker(t, app).Processed; got != 0 {
		t.Errorf("Processed = %d while every handler is blocked", got)
	}
	close(p.Gate)
	if err := app.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	if w := worker(t, app); w.Processed != 7 {
		t.Errorf("processed/failed/dropped = %d/%d/%d, want 7/0/0", w.Processed, w.Failed, w.Dropped)
	}
	if got := stateOf(t, app, "items").Len; got != 0 {
		t.Errorf("queue Len = %d after a full drain", got)
	}
	checkAll(t, p, 7)
}
