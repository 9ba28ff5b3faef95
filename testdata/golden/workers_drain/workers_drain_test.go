package workers_drain

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/lifegen/lifegen/lifecycle"
	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

func TestDrainTimeoutDrops(t *testing.T) {
	const n = 14 // four taken by the handlers, ten left in the queue
	p := NewProbe(n)
	app := NewApp(p)
	app.Logger = slog.New(slog.DiscardHandler)
	if err := app.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	if !closedWithin(p.Sent, 5*time.Second) {
		t.Fatal("the producer could not send its items")
	}
	for range 4 {
		select {
		case <-p.Entered:
		case <-time.After(5 * time.Second):
			t.Fatal("the four workers did not take an item each")
		}
	}
	if got := stateOf(t, app, "items").Len; got != n-4 {
		t.Errorf("queue Len = %d, want %d", got, n-4)
	}
	errc := make(chan error, 1)
	go func() { errc <- app.Stop(context.Background()) }()
	select {
	case err := <-errc:
		if !errors.Is(err, lifecycle.ErrDropped) || !strings.Contains(fmt.Sprint(err), `queue "items"`) {
			t.Errorf("Stop = %v; want an error that names queue \"items\" and wraps lifecycle.ErrDropped", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Stop did not return although drain_timeout is 50ms")
	}
	w := stateOf(t, app, "consume")
	if w.Dropped == 0 {
		t.Errorf("Dropped = 0 although the handlers could not drain the queue (%+v)", w)
	}
	if w.Processed+w.Failed+w.Dropped != n {
		t.Errorf("processed %d + failed %d + dropped %d != %d sent", w.Processed, w.Failed, w.Dropped, n)
	}
	if got := p.Cancelled.Load(); got != 4 {
		t.Errorf("%d handlers saw their ctx cancelled, want the 4 busy ones", got)
	}
	if got := stateOf(t, app, "items").Len; got != 0 {
		t.Errorf("queue Len = %d after the workers stopped", got)
	}
}
