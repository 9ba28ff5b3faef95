package lifecycle

// The races of the first runtime, each repeated a few hundred
// times: every one must be impossible by construction.

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// rounds is how often each race is repeated.
const rounds = 300

// stopOn returns an OnEvent that calls Stop, from inside OnEvent, the first
// time name enters state; inside says whether it calls Stop directly or
// from a goroutine of its own that waits for the shutdown.
func stopOn(a **App, name string, state State, inside bool) func(Event) {
	var once atomic.Bool
	return func(e Event) {
		if e.Name != name || e.State != state || !once.CompareAndSwap(false, true) {
			return
		}
		if inside {
			(*a).Stop(context.Background())
		} else {
			go (*a).Stop(context.Background())
		}
	}
}

// TestOnEventStopKeepsFailedStart: a listener that calls Stop when a
// constructor's failed event arrives cannot erase the failure.
func TestOnEventStopKeepsFailedStart(t *testing.T) {
	modes(t, func(t *testing.T, seq bool) {
		for i := range rounds {
			tl := &tally{}
			a := New(Spec{Sequential: seq, ShutdownTimeout: bound, Components: []Component{
				svc(tl, "db"), failing(tl, "api", "db"), svc(tl, "other")}})
			err := within(t, "Start", func() error {
				return a.Start(context.Background(), Config{Logger: quiet, OnEvent: stopOn(&a, "api", Failed, i%2 == 0)})
			})
			wantErr(t, "Start", err, errBoom, `service "api"`)
			wantErr(t, "Err()", a.Err(), errBoom, `service "api"`)
			if strings.Contains(err.Error(), "Stop was called during Start") {
				t.Fatalf("round %d: Start = %q: the failure was taken for a requested stop", i, err)
			}
			wait(t, "Stopped", a.Stopped())
		}
	})
}

// TestOnEventStopKeepsFailedRun: Run returns the failure of a run loop
// even when a listener calls Stop as soon as it sees the failed event.
func TestOnEventStopKeepsFailedRun(t *testing.T) {
	for i := range rounds {
		a := New(Spec{ShutdownTimeout: bound, Components: []Component{{Name: "loop", Kind: KindService,
			Start: func(context.Context) (Hooks, error) {
				return Hooks{Run: func(context.Context) error { return errBoom }}, nil
			}}}})
		err := within(t, "Run", func() error {
			return a.Run(context.Background(), Config{Logger: quiet, OnEvent: stopOn(&a, "loop", Failed, i%2 == 0)})
		})
		wantErr(t, "Run", err, errBoom, `service "loop": run`)
		wantErr(t, "Err()", a.Err(), errBoom)
	}
}

// TestOnEventStopKeepsUnhealthy: the same for a health check past its
// threshold with on_failure = "shutdown".
func TestOnEventStopKeepsUnhealthy(t *testing.T) {
	for i := range rounds {
		a := New(Spec{ShutdownTimeout: bound, Components: []Component{{Name: "db", Kind: KindService,
			Health: &Health{Interval: time.Microsecond, Timeout: bound, Threshold: 1, OnFailure: PolicyShutdown},
			Start: func(context.Context) (Hooks, error) {
				return Hooks{Check: func() error { return errBoom }}, nil
			}}}})
		err := within(t, "Run", func() error {
			return a.Run(context.Background(), Config{Logger: quiet, OnEvent: stopOn(&a, "db", Unhealthy, i%2 == 0)})
		})
		wantErr(t, "Run", err, errBoom, `service "db": health`)
		wantErr(t, "Err()", a.Err(), errBoom)
	}
}

// TestOnEventStopKeepsRestartLimit: the failure that exceeds a service's
// restart limit is the shutdown's cause even when a listener calls Stop
// on its failed event.
func TestOnEventStopKeepsRestartLimit(t *testing.T) {
	for i := range rounds / 3 {
		var a *App
		var fails atomic.Int32
		stopper := stopOn(&a, "loop", Failed, i%2 == 0)
		onEvent := func(e Event) {
			if e.Name == "loop" && e.State == Failed && fails.Add(1) == 2 {
				stopper(e)
			}
		}
		a = New(Spec{ShutdownTimeout: bound, Components: []Component{{Name: "loop", Kind: KindService,
			OnExit: PolicyRestart, Restart: &RestartLimits{Max: 1, Within: time.Hour, Backoff: time.Microsecond},
			Start: func(context.Context) (Hooks, error) {
				return Hooks{Run: func(context.Context) error { return errBoom }}, nil
			}}}})
		err := within(t, "Run", func() error { return a.Run(context.Background(), Config{Logger: quiet, OnEvent: onEvent}) })
		wantErr(t, "Run", err, errBoom, `service "loop" failed 2 times within 1h0m0s`)
	}
}

// TestConstructorDeadline: a constructor's ctx never reports a later
// deadline than Start's, nor a later one than its start_timeout, and
// carries Start's values.
func TestConstructorDeadline(t *testing.T) {
	type key struct{}
	for i := range rounds {
		parent := time.Duration(1+i%7) * time.Hour
		own := time.Duration(1+i%5) * time.Hour
		var got time.Time
		var hasDeadline bool
		var value any
		a := New(Spec{ShutdownTimeout: bound, Components: []Component{{Name: "db", Kind: KindService, StartTimeout: own,
			Start: func(ctx context.Context) (Hooks, error) {
				got, hasDeadline = ctx.Deadline()
				value = ctx.Value(key{})
				return Hooks{}, nil
			}}}})
		ctx, cancel := context.WithTimeout(context.WithValue(context.Background(), key{}, i), parent)
		before := time.Now()
		if err := a.Start(ctx, Config{Logger: quiet}); err != nil {
			t.Fatal(err)
		}
		want, _ := ctx.Deadline()
		if own < parent {
			want = before.Add(own)
		}
		if !hasDeadline || got.Before(want.Add(-time.Second)) || got.After(want.Add(time.Second)) || got.After(func() time.Time { d, _ := ctx.Deadline(); return d }()) {
			t.Fatalf("round %d: Start's deadline in %v, start_timeout %v: constructor's deadline %v from now, want %v", i, parent, own, time.Until(got), time.Until(want))
		}
		if value != i {
			t.Fatalf("round %d: constructor's ctx value = %v, want Start's %d", i, value, i)
		}
		stop(t, a)
		cancel()
	}
}

// TestStartCancelledRunsNothing: a Start whose ctx is already done runs no
// constructor and says why.
func TestStartCancelledRunsNothing(t *testing.T) {
	modes(t, func(t *testing.T, seq bool) {
		for i := range rounds {
			tl := &tally{}
			a := New(Spec{Sequential: seq, ShutdownTimeout: bound, Components: []Component{
				svc(tl, "a"), svc(tl, "b"), svc(tl, "c", "a", "b")}})
			ctx, cancel := context.WithCancel(context.Background())
			cancel()
			err := a.Start(ctx, Config{Logger: quiet})
			wantErr(t, "Start", err, context.Canceled)
			if calls := tl.list(); len(calls) > 0 {
				t.Fatalf("round %d: a cancelled Start ran %v", i, calls)
			}
			if !isClosed(a.Done()) || isClosed(a.Ready()) || !isClosed(a.Stopped()) {
				t.Fatalf("round %d: Done %v, Ready %v, Stopped %v; want true, false, true", i, isClosed(a.Done()), isClosed(a.Ready()), isClosed(a.Stopped()))
			}
		}
	})
}

// deadlineApp is an app whose service "quick" stops at once with errBoom,
// then "stuck" (which quick needs) blocks its stop until release closes.
func deadlineApp(timeout time.Duration, release chan struct{}) *App {
	return New(Spec{ShutdownTimeout: timeout, Components: []Component{
		{Name: "stuck", Kind: KindService, Start: func(context.Context) (Hooks, error) {
			return Hooks{Stop: func() { <-release }}, nil
		}},
		{Name: "quick", Kind: KindService, Needs: []string{"stuck"}, Start: func(context.Context) (Hooks, error) {
			return Hooks{Stop: func() error { return errBoom }}, nil
		}},
	}})
}

// checkDeadlineErr checks the error of a shutdown that reached its
// deadline while stuck's stop blocked: it wraps the deadline, names stuck
// as not stopped, and either keeps quick's stop error or (when the
// deadline came before quick's stop returned) names quick as not stopped.
// It reports whether quick's error was kept.
func checkDeadlineErr(t *testing.T, round int, err error) bool {
	t.Helper()
	what := fmt.Sprintf("round %d: Stop", round)
	wantErr(t, what, err, context.DeadlineExceeded, `service "stuck": stop: did not stop`)
	if errors.Is(err, errBoom) {
		wantErr(t, what, err, nil, `service "quick": stop: boom`)
		return true
	}
	wantErr(t, what, err, nil, `service "quick": stop: did not stop`)
	return false
}

// TestShutdownAtStopDeadline: a shutdown that reaches Stop's deadline
// names the component that did not stop and keeps the stop errors it
// received before.
func TestShutdownAtStopDeadline(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	kept := 0
	for i := range rounds {
		a := deadlineApp(time.Hour, release)
		start(t, a, Config{})
		ctx, cancel := context.WithTimeout(context.Background(), time.Duration(1+i%3)*time.Millisecond)
		err := within(t, "Stop", func() error { return a.Stop(ctx) })
		cancel()
		if checkDeadlineErr(t, i, err) {
			kept++
		}
		if !isClosed(a.Stopped()) {
			t.Fatalf("round %d: Stop returned at its deadline before the shutdown, which had the same deadline, finished", i)
		}
	}
	t.Logf("quick's stop error was received before the deadline in %d of %d rounds", kept, rounds)
}

// TestShutdownAtShutdownTimeout: the same when ShutdownTimeout is what
// ends the shutdown.
func TestShutdownAtShutdownTimeout(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	for i := range rounds / 3 {
		a := deadlineApp(time.Duration(1+i%3)*time.Millisecond, release)
		start(t, a, Config{})
		checkDeadlineErr(t, i, stop(t, a))
	}
}

// TestHookContextValues: constructors, run loops, checks and handlers get
// Start's ctx values; stop hooks get Stop's, not Start's.
func TestHookContextValues(t *testing.T) {
	type key struct{}
	for i := range rounds / 3 {
		seen := make(chan string, 8)
		see := func(hook string, ctx context.Context) { seen <- fmt.Sprint(hook, "=", ctx.Value(key{})) }
		ch := make(chan int, 1)
		a := New(Spec{ShutdownTimeout: bound, Components: []Component{
			{Name: "work", Kind: KindWorker, Start: func(context.Context) (Hooks, error) {
				return Hooks{Consume: Consume(ch, func(ctx context.Context, _ int) error { see("handler", ctx); return nil })}, nil
			}},
			{Name: "q", Kind: KindQueue, Needs: []string{"work"}, Queue: Chan(ch)},
			{Name: "db", Kind: KindService, Health: &Health{Interval: time.Hour, Threshold: 1},
				Start: func(ctx context.Context) (Hooks, error) {
					see("start", ctx)
					return Hooks{
						Run:   func(ctx context.Context) error { see("run", ctx); <-ctx.Done(); return nil },
						Check: func(ctx context.Context) error { see("check", ctx); return nil },
						Stop:  func(ctx context.Context) error { see("stop", ctx); return nil },
					}, nil
				}},
		}})
		startCtx := context.WithValue(context.Background(), key{}, "start")
		if err := a.Start(startCtx, Config{Logger: quiet}); err != nil {
			t.Fatal(err)
		}
		ch <- i
		got := map[string]bool{}
		for range 4 {
			got[<-seen] = true
		}
		stopCtx := context.WithValue(context.Background(), key{}, "stop")
		if err := within(t, "Stop", func() error { return a.Stop(stopCtx) }); err != nil {
			t.Fatal(err)
		}
		got[<-seen] = true
		for _, want := range []string{"start=start", "run=start", "check=start", "handler=start", "stop=stop"} {
			if !got[want] {
				t.Fatalf("round %d: saw %v, want %s", i, got, want)
			}
		}
	}
}
