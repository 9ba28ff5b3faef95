package lifecycle

// More races of the first runtime: contexts, timeouts, Goexit, listeners.

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log"
	"log/slog"
	"math"
	"net/http"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"go.uber.org/goleak"
)

// countingCtx is a parent ctx of a kind the context package does not
// know, which counts the cancellation registrations (AfterFunc) that
// derived contexts hold on it.
type countingCtx struct {
	context.Context
	done chan struct{}
	live atomic.Int64
}

func (c *countingCtx) Done() <-chan struct{} { return c.done }

func (c *countingCtx) AfterFunc(f func()) func() bool {
	c.live.Add(1)
	var once sync.Once
	return func() bool {
		stopped := false
		once.Do(func() { c.live.Add(-1); stopped = true })
		return stopped
	}
}

// foreignCtx is a parent ctx of a kind the context package does not know
// and that cannot register callbacks: a derived context watches it with a
// goroutine until one of them ends.
type foreignCtx struct {
	done chan struct{}
}

func (foreignCtx) Deadline() (time.Time, bool) { return time.Time{}, false }
func (c foreignCtx) Done() <-chan struct{}     { return c.done }
func (foreignCtx) Err() error                  { return nil }
func (foreignCtx) Value(any) any               { return nil }

// registrationApp is an app with a bit of everything that derives
// contexts: a run loop, a health check, a worker, a start_timeout.
func registrationApp() *App {
	ch := make(chan int, 1)
	return New(Spec{ShutdownTimeout: bound, Components: []Component{
		{Name: "work", Kind: KindWorker, Start: func(context.Context) (Hooks, error) {
			return Hooks{Consume: Consume(ch, func(context.Context, int) error { return nil })}, nil
		}},
		{Name: "q", Kind: KindQueue, Needs: []string{"work"}, Queue: Chan(ch)},
		{Name: "db", Kind: KindService, StartTimeout: time.Hour, Health: &Health{Interval: time.Millisecond, Threshold: 3},
			Start: func(ctx context.Context) (Hooks, error) {
				return Hooks{Run: func(ctx context.Context) { <-ctx.Done() }, Check: func() error { return nil }}, nil
			}},
	}})
}

// TestNoRegistrationLeftOnParent: a Start then Stop (or a Run) leaves no
// cancellation registration on the caller's ctx: none with a parent that
// takes AfterFunc registrations, no goroutine with one that does not.
func TestNoRegistrationLeftOnParent(t *testing.T) {
	parent := &countingCtx{Context: context.Background(), done: make(chan struct{})}
	defer close(parent.done)
	for i := range rounds / 3 {
		a := registrationApp()
		if err := a.Start(parent, Config{Logger: quiet}); err != nil {
			t.Fatal(err)
		}
		if n := parent.live.Load(); n != 0 {
			t.Fatalf("round %d: a started app holds %d registrations on Start's ctx", i, n)
		}
		stop(t, a)
		runCtx, endRun := context.WithCancel(parent)
		b := registrationApp()
		ended := make(chan struct{})
		go func() { <-b.Ready(); endRun(); close(ended) }()
		if err := within(t, "Run", func() error { return b.Run(runCtx, Config{Logger: quiet}) }); err != nil {
			t.Fatal(err)
		}
		<-ended // endRun has returned: its own registration is gone
		if n := parent.live.Load(); n != 0 {
			t.Fatalf("round %d: %d registrations left on the parent ctx", i, n)
		}
	}
	foreign := foreignCtx{done: make(chan struct{})}
	defer close(foreign.done)
	for range rounds / 3 {
		a := registrationApp()
		if err := a.Start(foreign, Config{Logger: quiet}); err != nil {
			t.Fatal(err)
		}
		stop(t, a)
		goleak.VerifyNone(t, goleak.IgnoreCurrent())
	}
}

// TestLargestTimeouts: math.MaxInt64 as every timeout is no timeout, not
// an overflowed, already expired one.
func TestLargestTimeouts(t *testing.T) {
	huge := time.Duration(math.MaxInt64)
	for i := range rounds / 3 {
		ch := make(chan int, 1)
		var startErr, stopErr, checkErr atomic.Value
		a := New(Spec{ShutdownTimeout: huge, ShutdownDelay: -1, Components: []Component{
			{Name: "work", Kind: KindWorker, DrainTimeout: huge, Start: func(context.Context) (Hooks, error) {
				return Hooks{Consume: Consume(ch, func(ctx context.Context, _ int) error { return ctx.Err() })}, nil
			}},
			{Name: "q", Kind: KindQueue, Needs: []string{"work"}, Queue: Chan(ch)},
			{Name: "db", Kind: KindService, Needs: []string{"q"}, StartTimeout: huge, StopTimeout: huge,
				Restart: &RestartLimits{Within: huge, Backoff: huge, MaxBackoff: huge},
				Health:  &Health{Interval: huge, Timeout: huge, Threshold: 1, ReadinessGate: true},
				Start: func(ctx context.Context) (Hooks, error) {
					startErr.Store(fmt.Sprint(ctx.Err()))
					return Hooks{
						Check: func(ctx context.Context) error { checkErr.Store(fmt.Sprint(ctx.Err())); return ctx.Err() },
						Stop:  func(ctx context.Context) error { stopErr.Store(fmt.Sprint(ctx.Err())); return ctx.Err() },
					}, nil
				}},
		}})
		start(t, a, Config{})
		ch <- i
		if err := stop(t, a); err != nil {
			t.Fatalf("round %d: Stop = %v", i, err)
		}
		for what, v := range map[string]*atomic.Value{"constructor": &startErr, "check": &checkErr, "stop": &stopErr} {
			if got := v.Load(); got != "<nil>" {
				t.Fatalf("round %d: the %s's ctx had ended: %v", i, what, got)
			}
		}
		if s := statusOf(a, "work"); s.Processed != 1 {
			t.Fatalf("round %d: worker %+v, want 1 item processed", i, s)
		}
	}
}

// cpuTime is the CPU time this process has used.
func cpuTime(t *testing.T) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		t.Skip("no getrusage:", err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// TestTinyStopTimeoutDoesNotSpin: a 1ns stop_timeout, on a service with
// or without a stop or a run loop, waits like any other: while another
// service takes 300ms to stop, the process uses far less CPU than a
// spinning goroutine would (one core for the whole time).
func TestTinyStopTimeoutDoesNotSpin(t *testing.T) {
	const slow = 300 * time.Millisecond
	tiny := func(name string, h Hooks) Component {
		return Component{Name: name, Kind: KindService, StopTimeout: time.Nanosecond,
			Start: func(context.Context) (Hooks, error) { return h, nil }}
	}
	slowDone := make(chan struct{})
	late := tiny("late", Hooks{Stop: func(ctx context.Context) error { <-ctx.Done(); return nil }})
	late.After = []string{"slow"} // stops before slow
	a := New(Spec{ShutdownTimeout: bound, Components: []Component{
		tiny("bare", Hooks{}),
		tiny("stops", Hooks{Stop: func(ctx context.Context) error { <-ctx.Done(); return nil }}),
		// a run loop that outlives its 1ns: abandoned, it runs on
		// through slow's stop
		tiny("runs", Hooks{Run: func(context.Context) { <-slowDone }}),
		{Name: "slow", Kind: KindService, After: []string{"bare", "stops"}, // stops before them
			Start: func(context.Context) (Hooks, error) {
				return Hooks{Stop: func() { time.Sleep(slow); close(slowDone) }}, nil
			}},
		late,
	}})
	start(t, a, Config{})
	runtime.GC()
	cpu0, wall0 := cpuTime(t), time.Now()
	stop(t, a)
	cpu, wall := cpuTime(t)-cpu0, time.Since(wall0)
	<-slowDone
	t.Logf("shutdown: %v wall, %v CPU", wall, cpu)
	if wall < slow {
		t.Fatalf("the shutdown took %v, less than slow's stop", wall)
	}
	if cpu > wall/2 {
		t.Errorf("the shutdown used %v of CPU in %v: something spins", cpu, wall)
	}
}

// TestGoexitInRunLoop: a run loop that calls runtime.Goexit (t.FailNow
// does) is a failure reported at once, not when stop_timeout passes.
func TestGoexitInRunLoop(t *testing.T) {
	for i := range rounds {
		a := New(Spec{ShutdownTimeout: time.Hour, Components: []Component{{Name: "loop", Kind: KindService, StopTimeout: time.Hour,
			Start: func(context.Context) (Hooks, error) {
				return Hooks{Run: func(context.Context) error { runtime.Goexit(); return nil }}, nil
			}}}})
		err := within(t, "Run", func() error { return a.Run(context.Background(), Config{Logger: quiet}) })
		wantErr(t, fmt.Sprintf("round %d: Run", i), err, nil, `service "loop": run`, "Goexit")
	}
}

// TestGoexitInHandler: a handler that calls runtime.Goexit loses neither
// the item (counted as failed) nor the worker's goroutine: the next items
// are still handled, with only one goroutine.
func TestGoexitInHandler(t *testing.T) {
	const n = 300
	ch := make(chan int, n)
	a := New(Spec{ShutdownTimeout: bound, Components: []Component{
		{Name: "work", Kind: KindWorker, Count: 1, DrainTimeout: bound, Start: func(context.Context) (Hooks, error) {
			return Hooks{Consume: Consume(ch, func(_ context.Context, i int) error {
				if i%3 == 0 {
					runtime.Goexit()
				}
				return nil
			})}, nil
		}},
		{Name: "q", Kind: KindQueue, Needs: []string{"work"}, Queue: Chan(ch)},
	}})
	start(t, a, Config{})
	for i := range n {
		ch <- i
	}
	eventually(t, "every item handled", func() bool { s := statusOf(a, "work"); return s.Processed+s.Failed == n })
	if err := stop(t, a); err != nil {
		t.Fatal(err)
	}
	if s := statusOf(a, "work"); s.Processed != 2*n/3 || s.Failed != n/3 || s.Dropped != 0 {
		t.Errorf("worker: %d processed, %d failed, %d dropped; want %d, %d, 0", s.Processed, s.Failed, s.Dropped, 2*n/3, n/3)
	}
}

// TestListenerPanicsContained: a panic in OnEvent, or in any method of the
// Logger's handler, never crashes the program: Start and Stop work, and
// the panic is reported once.
func TestListenerPanicsContained(t *testing.T) {
	var buf bytes.Buffer
	var mu sync.Mutex
	log.SetOutput(writerFunc(func(p []byte) (int, error) { mu.Lock(); defer mu.Unlock(); return buf.Write(p) }))
	defer log.SetOutput(nil)
	defer log.SetOutput(log.Writer())
	for _, tc := range []struct {
		name string
		cfg  func(s sink) Config
		want string // where the report goes: "log" or "logger"
	}{
		{"OnEvent", func(s sink) Config { return Config{Logger: slog.New(s), OnEvent: func(Event) { panic("listener") }} }, "logger"},
		{"Handle", func(sink) Config { return Config{Logger: slog.New(panicky{where: "Handle"})} }, "log"},
		{"Enabled", func(sink) Config { return Config{Logger: slog.New(panicky{where: "Enabled"})} }, "log"},
		{"Goexit in OnEvent", func(s sink) Config {
			return Config{Logger: slog.New(s), OnEvent: func(Event) { runtime.Goexit() }}
		}, "logger"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for range rounds / 10 {
				mu.Lock()
				buf.Reset()
				mu.Unlock()
				s := newSink()
				tl := &tally{}
				a := New(Spec{ShutdownTimeout: bound, Components: []Component{svc(tl, "db"), svc(tl, "api", "db")}})
				if err := within(t, "Start", func() error { return a.Start(context.Background(), tc.cfg(s)) }); err != nil {
					t.Fatal(err)
				}
				if err := stop(t, a); err != nil {
					t.Fatal(err)
				}
				if tl.count("stop db") != 1 || tl.count("stop api") != 1 {
					t.Fatalf("calls %v", tl.list())
				}
				reports := 0
				if tc.want == "logger" {
					for _, r := range s.records() {
						reports += strings.Count(r, "was contained")
					}
				} else {
					mu.Lock()
					reports = strings.Count(buf.String(), "was contained")
					mu.Unlock()
				}
				if reports != 1 {
					t.Fatalf("the contained failure was reported %d times, want once", reports)
				}
			}
		})
	}
}

type writerFunc func([]byte) (int, error)

func (f writerFunc) Write(p []byte) (int, error) { return f(p) }

// panicky is a slog.Handler that panics in one of its methods.
type panicky struct{ where string }

func (p panicky) Enabled(context.Context, slog.Level) bool {
	if p.where == "Enabled" {
		panic("Enabled")
	}
	return true
}
func (p panicky) Handle(context.Context, slog.Record) error { panic("Handle") }
func (p panicky) WithAttrs([]slog.Attr) slog.Handler        { return p }
func (p panicky) WithGroup(string) slog.Handler             { return p }

// TestOnEventStopNeverDeadlocks: a listener that calls Stop, at any state
// of any component, gets nil at once (the shutdown goes on), and Start
// and the shutdown still end.
func TestOnEventStopNeverDeadlocks(t *testing.T) {
	states := []State{Starting, Running, Stopping, Stopped}
	modes(t, func(t *testing.T, seq bool) {
		for i := range rounds {
			tl := &tally{}
			var a *App
			name := []string{"db", "api"}[i%2]
			state := states[i/2%len(states)]
			stopErr := errors.New("not called")
			onEvent := func(e Event) {
				if e.Name == name && e.State == state {
					stopErr = a.Stop(context.Background())
				}
			}
			a = New(Spec{Sequential: seq, ShutdownTimeout: bound, Components: []Component{svc(tl, "db"), svc(tl, "api", "db")}})
			startErr := within(t, "Start", func() error {
				return a.Start(context.Background(), Config{Logger: quiet, OnEvent: onEvent})
			})
			if startErr == nil {
				stop(t, a)
			} else {
				wantErr(t, "Start", startErr, nil, "Stop was called during Start")
			}
			wait(t, "Stopped", a.Stopped())
			if stopErr != nil || a.Err() != nil {
				t.Fatalf("round %d: Stop from OnEvent on %s %s = %v, Err() = %v; want nil", i, name, state, stopErr, a.Err())
			}
			for _, n := range []string{"db", "api"} {
				if tl.count("start "+n) != tl.count("stop "+n) {
					t.Fatalf("round %d: calls %v", i, tl.list())
				}
			}
		}
	})
}

// TestTimeoutIsDeadlineExceeded: a hook that honours its ctx sees
// context.DeadlineExceeded, never Canceled, when its start_timeout,
// stop_timeout or check timeout fires.
func TestTimeoutIsDeadlineExceeded(t *testing.T) {
	honour := func(seen chan<- error) func(ctx context.Context) error {
		return func(ctx context.Context) error {
			<-ctx.Done()
			select {
			case seen <- ctx.Err():
			default:
			}
			return ctx.Err()
		}
	}
	for i := range rounds {
		timeout := time.Duration(1+i%3) * time.Millisecond
		seen := make(chan error, 1)
		checkSeen := make(chan error, 1)
		stopSeen := make(chan error, 1)
		a := New(Spec{ShutdownTimeout: bound, Components: []Component{
			{Name: "slow", Kind: KindService, StartTimeout: timeout, Start: func(ctx context.Context) (Hooks, error) {
				return Hooks{}, honour(seen)(ctx)
			}},
		}})
		err := within(t, "Start", func() error { return a.Start(context.Background(), Config{Logger: quiet}) })
		wantErr(t, "Start", err, context.DeadlineExceeded, "did not start within")
		if got := <-seen; got != context.DeadlineExceeded {
			t.Fatalf("round %d: constructor saw %v at its start_timeout", i, got)
		}
		b := New(Spec{ShutdownTimeout: bound, Components: []Component{
			{Name: "db", Kind: KindService, StopTimeout: timeout,
				Health: &Health{Interval: time.Microsecond, Timeout: timeout, Threshold: 1000},
				Start: func(ctx context.Context) (Hooks, error) {
					return Hooks{Check: honour(checkSeen), Stop: honour(stopSeen)}, nil
				}},
		}})
		start(t, b, Config{})
		got := <-checkSeen
		err = stop(t, b)
		wantErr(t, "Stop", err, context.DeadlineExceeded, "did not stop within")
		if got != context.DeadlineExceeded {
			t.Fatalf("round %d: check saw %v at its timeout", i, got)
		}
		if got := <-stopSeen; got != context.DeadlineExceeded {
			t.Fatalf("round %d: stop saw %v at its stop_timeout", i, got)
		}
	}
}

// TestStopTimeoutBoundsRunStopAndCleanup: stop_timeout bounds the end of
// the run loop, the stop hook and the cleanup together: the stop hook's
// deadline is the one set when the service began to stop, however long
// its run loop took to return.
func TestStopTimeoutBoundsRunStopAndCleanup(t *testing.T) {
	const timeout = 200 * time.Millisecond
	for i := range rounds / 10 {
		var sawCancel time.Time
		var deadline time.Time
		cleaned := make(chan struct{})
		a := New(Spec{ShutdownTimeout: bound, Components: []Component{{Name: "db", Kind: KindService, StopTimeout: timeout,
			Start: func(context.Context) (Hooks, error) {
				return Hooks{
					Run: func(ctx context.Context) {
						<-ctx.Done()
						sawCancel = time.Now()
						time.Sleep(time.Duration(i%3) * time.Millisecond)
					},
					Stop:    func(ctx context.Context) { deadline, _ = ctx.Deadline() },
					Cleanup: func() { close(cleaned) },
				}, nil
			}}}})
		start(t, a, Config{})
		if err := stop(t, a); err != nil {
			t.Fatal(err)
		}
		if !isClosed(cleaned) {
			t.Fatal("cleanup not called")
		}
		if deadline.IsZero() || !deadline.Before(sawCancel.Add(timeout)) {
			t.Fatalf("round %d: the stop's deadline is %v after the run loop saw its ctx end; want within the one stop_timeout of %v", i, deadline.Sub(sawCancel), timeout)
		}
	}
	// A run loop that takes the whole stop_timeout leaves no time for
	// the stop: it is abandoned within the same stop_timeout.
	a := New(Spec{ShutdownTimeout: bound, Components: []Component{{Name: "db", Kind: KindService, StopTimeout: 5 * time.Millisecond,
		Start: func(context.Context) (Hooks, error) {
			return Hooks{Run: func(ctx context.Context) { <-ctx.Done(); time.Sleep(200 * time.Millisecond) },
				Stop: func(ctx context.Context) error { <-ctx.Done(); return ctx.Err() }}, nil
		}}}})
	start(t, a, Config{})
	err := stop(t, a)
	wantErr(t, "Stop", err, context.DeadlineExceeded, `service "db": run did not return within 5ms`)
}

// TestRunKeepsTheDrainOfStop: a Stop from another goroutine while Run
// waits begins the readiness drain; Run, waking on Done, joins that
// shutdown without cutting the drain short (only a second Stop does).
func TestRunKeepsTheDrainOfStop(t *testing.T) {
	for range rounds / 30 {
		tl := &tally{}
		a := New(Spec{ShutdownTimeout: bound, ShutdownDelay: time.Hour, Components: []Component{svc(tl, "db")}})
		ran := make(chan error, 1)
		go func() { ran <- a.Run(context.Background(), Config{Logger: quiet}) }()
		wait(t, "Ready", a.Ready())
		ctx, cancel := context.WithCancel(context.Background())
		stopped := make(chan error, 1)
		go func() { stopped <- a.Stop(ctx) }()
		wait(t, "Done", a.Done())
		time.Sleep(20 * time.Millisecond) // Run wakes on Done well within this
		if calls := tl.with("stop"); len(calls) != 0 {
			t.Fatalf("the drain was cut short: %v during an hour's drain", calls)
		}
		cancel()
		wantErr(t, "Stop", <-stopped, context.Canceled, "shutdown did not finish")
		if err := within(t, "Run", func() error { return <-ran }); err != nil {
			t.Fatalf("Run = %v", err)
		}
		if got := tl.with("stop"); !slices.Equal(got, []string{"stop db"}) {
			t.Fatalf("stops %v", got)
		}
	}
}

// TestStopWhileFailedStartRollsBack: once a start has failed, Stop
// returns nil at once, even while the rollback is still stopping what
// had started; and a Stop then does not turn a start aborted by
// app.shutdown(nil) into an error of Run.
func TestStopWhileFailedStartRollsBack(t *testing.T) {
	for _, how := range []string{"constructor fails", "app.shutdown(nil)"} {
		t.Run(how, func(t *testing.T) {
			for range rounds / 10 {
				stopStopRollback(t, how)
			}
		})
	}
}

func stopStopRollback(t *testing.T, how string) {
	inStop, release := make(chan struct{}), make(chan struct{})
	var a *App
	db := Component{Name: "db", Kind: KindService, StopTimeout: bound, Start: func(context.Context) (Hooks, error) {
		return Hooks{Stop: func() { close(inStop); <-release }}, nil
	}}
	api := Component{Name: "api", Kind: KindService, Needs: []string{"db"}, Start: func(context.Context) (Hooks, error) {
		if how == "app.shutdown(nil)" {
			a.Shutdown(nil)
			return Hooks{}, nil
		}
		return Hooks{}, errBoom
	}}
	a = New(Spec{ShutdownTimeout: bound, Components: []Component{db, api}})
	ran := make(chan error, 1)
	go func() { ran <- a.Run(context.Background(), Config{Logger: quiet}) }()
	wait(t, "the rollback's stop of db", inStop)
	stopped := make(chan error, 1)
	go func() { stopped <- a.Stop(context.Background()) }()
	select {
	case err := <-stopped:
		if err != nil {
			t.Fatalf("Stop during the rollback = %v, want nil", err)
		}
	case <-time.After(bound):
		t.Fatal("Stop waited for the rollback of a failed start")
	}
	close(release)
	err := within(t, "Run", func() error { return <-ran })
	if how == "app.shutdown(nil)" {
		if err != nil {
			t.Fatalf("Run = %v, want nil for a start aborted by app.shutdown(nil)", err)
		}
		return
	}
	wantErr(t, "Run", err, errBoom)
}

// blockedLog is a slog.Handler that blocks on the record whose message
// starts with prefix until release closes.
type blockedLog struct {
	slog.Handler
	prefix  string
	reached chan struct{}
	release chan struct{}
	once    sync.Once
}

func (h *blockedLog) Enabled(context.Context, slog.Level) bool { return true }

func (h *blockedLog) Handle(ctx context.Context, r slog.Record) error {
	if strings.HasPrefix(r.Message, h.prefix) {
		h.once.Do(func() { close(h.reached) })
		<-h.release
	}
	return nil
}

// TestShutdownNeverWaitsForListeners: app.shutdown returns while the
// Logger is still busy with what it reported; the shutdown then goes on.
func TestShutdownNeverWaitsForListeners(t *testing.T) {
	for range rounds / 10 {
		h := &blockedLog{Handler: slog.DiscardHandler, prefix: "shutdown began", reached: make(chan struct{}), release: make(chan struct{})}
		a := New(Spec{ShutdownTimeout: bound, Components: []Component{svc(&tally{}, "db")}})
		start(t, a, Config{Logger: slog.New(h)})
		var released sync.Once
		release := func() { released.Do(func() { close(h.release) }) }
		t.Cleanup(release) // before the Stop of start's cleanup
		returned := make(chan struct{})
		go func() { a.Shutdown(nil); close(returned) }()
		wait(t, "Shutdown to return while the Logger blocks", returned)
		wait(t, "the Logger to get the record", h.reached)
		release()
		wait(t, "Stopped", a.Stopped())
		if err := a.Err(); err != nil {
			t.Fatalf("Err = %v after app.shutdown(nil)", err)
		}
	}
}

// TestReadyzNotBeforeReady: /readyz answers 200 only once Ready is
// closed, for a prober racing the end of Start.
func TestReadyzNotBeforeReady(t *testing.T) {
	for range rounds {
		tl := &tally{}
		a := New(Spec{ShutdownTimeout: bound, Components: []Component{svc(tl, "db"), svc(tl, "api", "db")}})
		done := make(chan struct{})
		var wrong atomic.Int32
		go func() {
			defer close(done)
			for !isDone(a.Ready()) {
				if readyz(a) == http.StatusOK && !isDone(a.Ready()) {
					wrong.Add(1)
				}
			}
		}()
		start(t, a, Config{})
		<-done
		if n := wrong.Load(); n > 0 {
			t.Fatalf("/readyz answered 200 %d times before Ready closed", n)
		}
		stop(t, a)
	}
}

func isDone(ch <-chan struct{}) bool {
	select {
	case <-ch:
		return true
	default:
		return false
	}
}
