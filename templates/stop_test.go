package templates

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"go.uber.org/goleak"
)

func TestStopErrorIsReportedAndOthersStillStop(t *testing.T) {
	boom := errors.New("boom")
	b := newBuilder(t).
		service(svc{name: "db", stop: stopOK}).
		service(svc{name: "cache", deps: []string{"db"}, stop: func(context.Context) error { return boom }}).
		service(svc{name: "mail", stop: stopOK})
	a := b.app()
	if err := a.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	err := a.Stop(context.Background())
	if !errors.Is(err, boom) || !strings.Contains(err.Error(), `service "cache": stop: boom`) {
		t.Errorf("Stop = %v, want it to name cache and wrap boom", err)
	}
	for _, s := range []string{"db", "cache", "mail"} {
		if n := b.j.count("stop " + s); n != 1 {
			t.Errorf("%s stopped %d times, want 1", s, n)
		}
	}
	st := status(a)
	if st["cache"].State != AppFailed || !errors.Is(st["cache"].Err, boom) || st["db"].State != AppStopped || st["mail"].State != AppStopped {
		t.Errorf("states = %v, cache err %v", states(a), st["cache"].Err)
	}
	if a.Err() != nil {
		t.Errorf("Err = %v, want nil: the shutdown was requested", a.Err())
	}
	if err := a.Stop(context.Background()); err != nil {
		t.Errorf("second Stop = %v", err)
	}
}

func TestStopPanicIsAnError(t *testing.T) {
	b := newBuilder(t).
		service(svc{name: "db", stop: stopOK}).
		service(svc{name: "cache", deps: []string{"db"}, stop: func(context.Context) error { panic("kaboom") }})
	a := b.app()
	if err := a.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	err := a.Stop(context.Background())
	var p *appPanicError
	if !errors.As(err, &p) || !strings.Contains(err.Error(), `service "cache": stop: panic: kaboom`) {
		t.Errorf("Stop = %v, want the panic naming cache", err)
	}
	if b.j.count("stop db") != 1 {
		t.Errorf("hooks = %v", b.j.get())
	}
}

func TestStopHungPastStopTimeoutIsAbandoned(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	b := newBuilder(t).
		service(svc{name: "db", stop: stopOK}).
		service(svc{name: "hung", deps: []string{"db"}, stopTimeout: 50 * time.Millisecond,
			stop: func(context.Context) error { <-release; return nil }})
	a := b.app()
	if err := a.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	// The shutdown deadline (5s) is far: only stop_timeout ends this Stop
	// with a deadline error.
	err := a.Stop(context.Background())
	if !errors.Is(err, context.DeadlineExceeded) || !strings.Contains(err.Error(), `service "hung": stop: did not stop within 50ms`) {
		t.Errorf("Stop = %v, want a deadline error naming hung", err)
	}
	if b.j.count("stop db") != 1 {
		t.Errorf("hooks = %v, want db stopped after hung was abandoned", b.j.get())
	}
	if st := states(a); st["hung"] != AppFailed || st["db"] != AppStopped {
		t.Errorf("states = %v", st)
	}
}

func TestStopHungPastShutdownDeadline(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	b := newBuilder(t).
		service(svc{name: "db", stop: stopOK}).
		service(svc{name: "hung", deps: []string{"db"}, stopTimeout: time.Minute,
			stop: func(context.Context) error { <-release; return nil }})
	a := b.app()
	a.ShutdownTimeout = 50 * time.Millisecond
	if err := a.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	err := a.Stop(context.Background())
	if err == nil || !strings.Contains(err.Error(), `service "hung": stop: did not stop before the shutdown deadline`) {
		t.Errorf("Stop = %v, want hung reported past the shutdown deadline", err)
	}
	st := status(a)
	if st["hung"].State != AppFailed || st["hung"].Err == nil {
		t.Errorf("hung: %s, %v; want failed", st["hung"].State, st["hung"].Err)
	}
	// db never got its turn: it is reported, not left looking stopped.
	if st["db"].State == AppStopped || !strings.Contains(err.Error(), `service "db"`) {
		t.Errorf("db: %s; Stop = %v", st["db"].State, err)
	}
}

func TestStopCtxEndingEarlyReturnsAtItsDeadline(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	b := newBuilder(t).service(svc{name: "hung", stopTimeout: time.Minute,
		stop: func(context.Context) error { <-release; return nil }})
	a := b.app()
	if err := a.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Millisecond)
	defer cancel()
	err := a.Stop(ctx)
	if err == nil || !strings.Contains(err.Error(), "hung") {
		t.Errorf("Stop = %v, want hung reported", err)
	}
}

func TestStopThatHonoursCtxEndsAtShutdownDeadline(t *testing.T) {
	// The stop returns just as the shutdown deadline passes, racing with
	// the watchdog that reports what did not stop: either way Stop must
	// report it, exactly once.
	for iter := range 30 {
		b := newBuilder(t).
			service(svc{name: "db", stop: stopOK}).
			service(svc{name: "slow", deps: []string{"db"}, stopTimeout: time.Minute,
				stop: func(ctx context.Context) error { <-ctx.Done(); return ctx.Err() }})
		a := b.app()
		a.ShutdownTimeout = 5 * time.Millisecond
		if err := a.Start(context.Background()); err != nil {
			t.Fatal(err)
		}
		err := a.Stop(context.Background())
		if err == nil || strings.Count(err.Error(), `service "slow": stop:`) != 1 {
			t.Fatalf("iteration %d: Stop = %v, want slow reported once", iter, err)
		}
		if st := states(a); st["slow"] != AppFailed {
			t.Fatalf("iteration %d: states = %v", iter, st)
		}
	}
}

func TestNothingWaitsForeverAfterShutdownDeadline(t *testing.T) {
	// The producer's stop hangs past the shutdown deadline, so the workers
	// and the service it depends on never get their turn: their
	// goroutines must end anyway.
	defer goleak.VerifyNone(t, goleak.IgnoreCurrent())
	release := make(chan struct{})
	defer close(release)
	var handlerCtx atomic.Pointer[context.Context]
	b := newBuilder(t).queue("jobs", 1, "api")
	b.worker("pool", "jobs", 2, nil, func(ctx context.Context, item int) error {
		handlerCtx.Store(&ctx)
		<-ctx.Done()
		return ctx.Err()
	}, time.Minute, false)
	ch := b.ch("jobs")
	b.service(svc{name: "db", run: func(ctx context.Context) error { <-ctx.Done(); return nil }})
	b.service(svc{name: "api", deps: []string{"db"}, stopTimeout: time.Minute,
		start: func(context.Context) error { *ch <- 1; return nil },
		stop:  func(context.Context) error { <-release; return nil }})
	a := b.app()
	a.ShutdownTimeout = 30 * time.Millisecond
	if err := a.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	err := a.Stop(context.Background())
	for _, name := range []string{"api", "db", "pool"} {
		if err == nil || !strings.Contains(err.Error(), fmt.Sprintf("%q: stop: did not stop before the shutdown deadline", name)) {
			t.Errorf("Stop = %v, want %s reported", err, name)
		}
	}
	if p := handlerCtx.Load(); p == nil || (*p).Err() == nil {
		t.Error("the handler's ctx is still live after the shutdown deadline")
	}
}
