package cancel_start

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

func TestCancelStart(t *testing.T) {
	p := NewProbe()
	app := NewApp(p)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	errc := make(chan error, 1)
	go func() { errc <- app.Start(ctx) }()
	if !closedWithin(p.Waiting, 5*time.Second) {
		t.Fatal("waiter's constructor never ran")
	}
	cancel()
	var err error
	select {
	case err = <-errc:
	case <-time.After(5 * time.Second):
		t.Fatal("Start did not return after its ctx was cancelled")
	}
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Start = %v, want it to wrap context.Canceled", err)
	}
	if n := p.Count("stop first"); n != 1 {
		t.Errorf("first stopped %d times, want 1", n)
	}
	lines := p.Lines()
	for _, never := range []string{"stop waiter", "start after", "stop after"} {
		if slices.Contains(lines, never) {
			t.Errorf("%q happened: %q", never, lines)
		}
	}
	if isClosed(app.Ready()) || !isClosed(app.Done()) {
		t.Error("after a cancelled Start Ready must stay open and Done be closed")
	}
	if s := stateOf(t, app, "first"); s.State != AppStopped {
		t.Errorf("first is %s, want stopped", s.State)
	}
	if s := stateOf(t, app, "after"); s.State != AppPending {
		t.Errorf("after is %s, want pending", s.State)
	}
}

// TestCancelledBeforeStart: a ctx cancelled before Start starts nothing
// that is left running.
func TestCancelledBeforeStart(t *testing.T) {
	p := NewProbe()
	app := NewApp(p)
	app.ShutdownTimeout = time.Second // bounds the delay of the bug below
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err := app.Start(ctx)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Start = %v, want it to wrap context.Canceled", err)
	}
	if got, want := p.Count("start first"), p.Count("stop first"); got != want {
		t.Errorf("first started %d times and stopped %d times", got, want)
	}
	if isClosed(app.Ready()) {
		t.Error("Ready closed")
	}
}

// TestCancelledBeforeStartIsPrompt: with nothing to wait for, Start on a
// cancelled ctx returns at once. Repeated: the delay happens in some runs.
func TestCancelledBeforeStartIsPrompt(t *testing.T) {
	for range 300 {
		app := NewApp(NewProbe())
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		start := time.Now()
		err := app.Start(ctx)
		if d := time.Since(start); d > 2*time.Second {
			t.Fatalf("Start on a cancelled ctx took %v (err %v), want well under the 5s shutdown_timeout", d, err)
		}
	}
}
