package no_deadline

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

func waitClosed(t *testing.T, ch <-chan struct{}, what string) {
	t.Helper()
	select {
	case <-ch:
	case <-time.After(5 * time.Second):
		t.Fatalf("%s did not happen", what)
	}
}

func TestNoDeadline(t *testing.T) {
	p := NewProbe()
	app := NewApp(p)
	started := make(chan error, 1)
	go func() { started <- app.Start(context.Background()) }()
	waitClosed(t, p.Started, "the replay")
	if p.HasDeadline {
		t.Errorf("the replay's ctx has a deadline (%v); start_timeout is none", p.Deadline)
	}
	close(p.Checked)
	// The replay retries for a while; a default start_timeout would end it
	// after 15s, this one only when it is done.
	time.Sleep(50 * time.Millisecond)
	close(p.Replayed)
	if err := <-started; err != nil {
		t.Fatal(err)
	}
	if w := app.API().WAL; w != app.Wal() || w.Retries == 0 {
		t.Errorf("api's wal = %+v, want the replayed wal, after some retries", w)
	}
	if err := app.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
}

// Start's own deadline still applies to a start without a timeout.
func TestStartDeadlineStillApplies(t *testing.T) {
	p := NewProbe()
	app := NewApp(p)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	started := make(chan error, 1)
	go func() { started <- app.Start(ctx) }()
	waitClosed(t, p.Started, "the replay")
	if want, _ := ctx.Deadline(); !p.HasDeadline || !p.Deadline.Equal(want) {
		t.Errorf("the replay's deadline = %v (set %v), want Start's %v", p.Deadline, p.HasDeadline, want)
	}
	close(p.Checked)
	close(p.Replayed)
	if err := <-started; err != nil {
		t.Fatal(err)
	}
	if err := app.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
}

func TestCancelledStartEndsTheWait(t *testing.T) {
	p := NewProbe()
	app := NewApp(p)
	ctx, cancel := context.WithCancel(context.Background())
	started := make(chan error, 1)
	go func() { started <- app.Start(ctx) }()
	waitClosed(t, p.Started, "the replay")
	cancel()
	if err := <-started; !errors.Is(err, context.Canceled) {
		t.Errorf("Start = %v, want context.Canceled", err)
	}
	if err := <-p.Ended; !errors.Is(err, context.Canceled) {
		t.Errorf("the replay ended with %v, want context.Canceled", err)
	}
}

func TestAnotherFailureEndsTheWait(t *testing.T) {
	p := NewProbe()
	app := NewApp(p)
	started := make(chan error, 1)
	go func() { started <- app.Start(context.Background()) }()
	waitClosed(t, p.Started, "the replay")
	broken := errors.New("checker broken")
	p.Fail <- broken
	err := <-started
	if !errors.Is(err, broken) || !strings.Contains(err.Error(), `service "checker"`) {
		t.Errorf("Start = %v, want the checker's failure", err)
	}
	if err := <-p.Ended; !errors.Is(err, context.Canceled) {
		t.Errorf("the replay ended with %v, want context.Canceled", err)
	}
}
