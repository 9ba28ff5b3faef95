package workers_shutdown

import (
	"context"
	"errors"
	"log/slog"
	"strings"
	"testing"
	"time"

	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

func TestHandlerErrorShutsDown(t *testing.T) {
	// The producer would send a million items; the poison item stops it.
	p := &Probe{N: 1_000_000, Poison: 100}
	app := NewApp(p)
	app.Logger = slog.New(slog.DiscardHandler)
	errc := make(chan error, 1)
	go func() { errc <- app.Run(context.Background()) }()
	var err error
	select {
	case err = <-errc:
	case <-time.After(5 * time.Second):
		t.Fatal("the app did not shut down after the handler failed")
	}
	if !errors.Is(err, ErrPoison) || !strings.Contains(err.Error(), `worker "consume"`) {
		t.Errorf("Run = %v, want the handler error naming the worker", err)
	}
	if !errors.Is(app.Err(), ErrPoison) {
		t.Errorf("Err() = %v, want the handler error", app.Err())
	}
	if !isClosed(app.Done()) {
		t.Error("Done not closed")
	}
	w := stateOf(t, app, "consume")
	sent := int(p.Sent.Load())
	if sent >= p.N {
		t.Errorf("the producer sent all %d items: the app did not shut down mid-stream", sent)
	}
	if w.Failed != 1 {
		t.Errorf("Failed = %d, want the one poison item", w.Failed)
	}
	if w.Processed+w.Failed+w.Dropped != sent {
		t.Errorf("processed %d + failed %d + dropped %d != %d sent", w.Processed, w.Failed, w.Dropped, sent)
	}
	if int(p.Handled.Load()) != w.Processed+w.Failed {
		t.Errorf("handler called %d times, but processed+failed = %d", p.Handled.Load(), w.Processed+w.Failed)
	}
}
