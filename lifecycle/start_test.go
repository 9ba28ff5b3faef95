package lifecycle

// Startup (docs/semantics.md: Startup, When a start fails): order, values,
// failures, timeouts, and the rules of Start, Stop and Run.

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// barrier lets n parties pass once all n have arrived, or fails them when
// ctx ends first: a start or stop that only parallelism lets through.
type barrier struct {
	mu   sync.Mutex
	n    int
	open chan struct{}
}

func newBarrier(n int) *barrier { return &barrier{n: n, open: make(chan struct{})} }

func (b *barrier) pass(ctx context.Context) error {
	b.mu.Lock()
	if b.n--; b.n == 0 {
		close(b.open)
	}
	b.mu.Unlock()
	select {
	case <-b.open:
		return nil
	case <-ctx.Done():
		return fmt.Errorf("barrier: the others never came: %w", ctx.Err())
	}
}

// TestParallelStartAndStop: in a diamond db ← {cache, search} ← api,
// cache and search start together (each waits in its constructor for the
// other) and stop together, after api and before db.
func TestParallelStartAndStop(t *testing.T) {
	for i := range rounds / 3 {
		tl := &tally{}
		up, down := newBarrier(2), newBarrier(2)
		both := func(name string) Component {
			c := svc(tl, name, "db")
			c.StartTimeout = bound
			c.Start = func(ctx context.Context) (Hooks, error) {
				tl.add("start " + name)
				if err := up.pass(ctx); err != nil {
					return Hooks{}, err
				}
				return Hooks{Value: name, Stop: func(ctx context.Context) error {
					tl.add("stop " + name)
					return down.pass(ctx)
				}}, nil
			}
			return c
		}
		a := New(Spec{ShutdownTimeout: bound, Components: []Component{
			svc(tl, "db"), both("cache"), both("search"), svc(tl, "api", "cache", "search")}})
		start(t, a, Config{})
		if err := stop(t, a); err != nil {
			t.Fatalf("round %d: Stop = %v", i, err)
		}
		calls := tl.list()
		if calls[0] != "start db" || calls[3] != "start api" || calls[4] != "stop api" || calls[7] != "stop db" {
			t.Fatalf("round %d: calls %v", i, calls)
		}
	}
}

// TestSequentialOrder: sequential startup runs one constructor at a time
// in a topological order that breaks ties by spec order; each stops
// after what waits for it.
func TestSequentialOrder(t *testing.T) {
	tl := &tally{}
	var inFlight, most atomic.Int32
	one := func(name string, needs ...string) Component {
		c := svc(tl, name, needs...)
		start := c.Start
		c.Start = func(ctx context.Context) (Hooks, error) {
			n := inFlight.Add(1)
			if n > most.Load() {
				most.Store(n)
			}
			time.Sleep(100 * time.Microsecond)
			defer inFlight.Add(-1)
			return start(ctx)
		}
		return c
	}
	// spec order: e, d, c, b, a; c needs a; b comes after d.
	comps := []Component{one("e"), one("d"), one("c", "a"), one("b"), one("a")}
	comps[3].After = []string{"d"}
	for i := range rounds / 10 {
		tl.calls = nil
		a := New(Spec{Sequential: true, ShutdownTimeout: bound, Components: comps})
		start(t, a, Config{})
		stop(t, a)
		want := []string{"start e", "start d", "start b", "start a", "start c"}
		if got := tl.with("start"); !slices.Equal(got, want) || most.Load() != 1 {
			t.Fatalf("round %d: starts %v, at most %d at once; want %v, one at a time", i, got, most.Load(), want)
		}
		// Shutdown is not sequential: only what waits for what orders it.
		stops := tl.with("stop")
		if len(stops) != 5 || slices.Index(stops, "stop c") > slices.Index(stops, "stop a") ||
			slices.Index(stops, "stop b") > slices.Index(stops, "stop d") {
			t.Fatalf("round %d: stops %v; want c before a, b before d", i, stops)
		}
	}
}

// TestValuesPassed: a constructor sees the values of what it needs
// through Value, and Value keeps a service's value after it stopped.
func TestValuesPassed(t *testing.T) {
	modes(t, func(t *testing.T, seq bool) {
		var a *App
		var seen []any
		a = New(Spec{Sequential: seq, ShutdownTimeout: bound, Components: []Component{
			{Name: "db", Kind: KindService, Start: func(context.Context) (Hooks, error) { return Hooks{Value: "the db"}, nil }},
			{Name: "api", Kind: KindService, Needs: []string{"db"}, Start: func(context.Context) (Hooks, error) {
				seen = append(seen, a.Value(0))
				return Hooks{Value: 42}, nil
			}},
		}})
		if a.Value(0) != nil || a.Value(1) != nil {
			t.Fatal("values before Start")
		}
		start(t, a, Config{})
		stop(t, a)
		if !slices.Equal(seen, []any{"the db"}) || a.Value(0) != "the db" || a.Value(1) != 42 {
			t.Fatalf("api saw %v; values after stop %v, %v", seen, a.Value(0), a.Value(1))
		}
	})
}

// TestStartFailureRollsBack: when a constructor fails, what started is
// stopped once, in reverse order, what did not start is not stopped, and
// Start's error names the component and wraps the cause.
func TestStartFailureRollsBack(t *testing.T) {
	modes(t, func(t *testing.T, seq bool) {
		for i := range rounds / 3 {
			tl := &tally{}
			a := New(Spec{Sequential: seq, ShutdownTimeout: bound, Components: []Component{
				svc(tl, "db"), svc(tl, "cache", "db"), failing(tl, "api", "cache"), svc(tl, "web", "api"), svc(tl, "other")}})
			rec := &recorder{}
			err := within(t, "Start", func() error {
				return a.Start(context.Background(), Config{Logger: quiet, OnEvent: rec.on})
			})
			wantErr(t, "Start", err, errBoom, `service "api": start: boom`)
			wantErr(t, "Err()", a.Err(), errBoom)
			if isClosed(a.Ready()) || !isClosed(a.Done()) || !isClosed(a.Stopped()) {
				t.Fatal("Ready closed, or Done or Stopped open, after a failed Start")
			}
			// other, independent, may not have started when api failed;
			// or its constructor may have returned just as the start
			// was aborted, and was then abandoned: its value is stopped
			// when it arrives.
			eventually(t, "other stopped", func() bool { return tl.count("start other") == tl.count("stop other") })
			stops := tl.with("stop")
			if !slices.Contains(stops, "stop other") {
				stops = append(stops, "stop other")
			}
			if tl.count("stop cache") != 1 || tl.count("stop db") != 1 || tl.count("stop api")+tl.count("stop web")+tl.count("start web") != 0 ||
				slices.Index(stops, "stop cache") > slices.Index(stops, "stop db") || len(stops) != 3 {
				t.Fatalf("round %d: calls %v", i, tl.list())
			}
			if got := stateOf(a, "api"); got != Failed {
				t.Fatalf("api is %s", got)
			}
			if got := stateOf(a, "web"); got != Pending {
				t.Fatalf("web is %s, want pending: it never started", got)
			}
			if err := stop(t, a); err != nil {
				t.Fatalf("Stop after a failed Start = %v, want nil", err)
			}
		}
	})
}

// TestConstructorTimeout: a constructor that ignores its ctx is abandoned
// at its start_timeout; the value it returns later is stopped once.
func TestConstructorTimeout(t *testing.T) {
	modes(t, func(t *testing.T, seq bool) {
		tl := &tally{}
		release := make(chan struct{})
		slow := svc(tl, "slow", "db")
		slow.StartTimeout = 5 * time.Millisecond
		slow.Start = func(context.Context) (Hooks, error) {
			<-release
			return Hooks{Value: "late", Stop: func() { tl.add("stop slow") }}, nil
		}
		a := New(Spec{Sequential: seq, ShutdownTimeout: bound, Components: []Component{svc(tl, "db"), slow}})
		err := within(t, "Start", func() error { return a.Start(context.Background(), Config{Logger: quiet}) })
		wantErr(t, "Start", err, context.DeadlineExceeded, `service "slow": start: did not start within 5ms`)
		if tl.count("stop db") != 1 || tl.count("stop slow") != 0 {
			t.Fatalf("calls %v", tl.list())
		}
		close(release)
		eventually(t, "the late value stopped", func() bool { return tl.count("stop slow") == 1 })
		if a.Value(1) != nil {
			t.Errorf("the abandoned value was published: %v", a.Value(1))
		}
	})
}

// TestStartTimeoutZeroIsNone: start_timeout 0 puts no deadline on the
// constructor's ctx.
func TestStartTimeoutZeroIsNone(t *testing.T) {
	var has bool
	a := New(Spec{ShutdownTimeout: bound, Components: []Component{{Name: "db", Kind: KindService,
		Start: func(ctx context.Context) (Hooks, error) {
			_, has = ctx.Deadline()
			time.Sleep(5 * time.Millisecond)
			return Hooks{}, ctx.Err()
		}}}})
	start(t, a, Config{})
	stop(t, a)
	if has {
		t.Error("the constructor's ctx has a deadline")
	}
}

// TestStopDuringStart: Stop during Start aborts the start; Start says so,
// Err is nil, Stop returns nil once everything that started has stopped.
func TestStopDuringStart(t *testing.T) {
	modes(t, func(t *testing.T, seq bool) {
		for i := range rounds / 3 {
			tl := &tally{}
			entered := make(chan struct{})
			blocked := svc(tl, "blocked", "db")
			blocked.Start = func(ctx context.Context) (Hooks, error) {
				close(entered)
				<-ctx.Done()
				return Hooks{}, ctx.Err()
			}
			a := New(Spec{Sequential: seq, ShutdownTimeout: bound, Components: []Component{svc(tl, "db"), blocked, svc(tl, "api", "blocked")}})
			startErr := make(chan error, 1)
			go func() { startErr <- a.Start(context.Background(), Config{Logger: quiet}) }()
			<-entered
			if err := stop(t, a); err != nil {
				t.Fatalf("Stop = %v", err)
			}
			err := <-startErr
			wantErr(t, "Start", err, nil, "Stop was called during Start")
			if a.Err() != nil {
				t.Fatalf("Err() = %v, want nil: the stop was requested", a.Err())
			}
			if tl.count("stop db") != 1 || tl.count("start api") != 0 {
				t.Fatalf("round %d: calls %v", i, tl.list())
			}
		}
	})
}

// TestStartStopRules: Stop before Start does nothing; Start runs once;
// Stop twice returns nil the second time.
func TestStartStopRules(t *testing.T) {
	tl := &tally{}
	a := New(Spec{ShutdownTimeout: bound, Components: []Component{svc(tl, "db")}})
	if err := stop(t, a); err != nil || isClosed(a.Done()) {
		t.Fatalf("Stop before Start = %v, Done closed %v", err, isClosed(a.Done()))
	}
	start(t, a, Config{})
	if err := a.Start(context.Background(), Config{}); err == nil {
		t.Fatal("a second Start succeeded")
	}
	if err := stop(t, a); err != nil {
		t.Fatal(err)
	}
	if err := stop(t, a); err != nil {
		t.Fatalf("second Stop = %v", err)
	}
	if err := a.Start(context.Background(), Config{}); err == nil {
		t.Fatal("Start after Stop succeeded")
	}
	if got := tl.list(); !slices.Equal(got, []string{"start db", "stop db"}) {
		t.Fatalf("calls %v", got)
	}
}

// TestRunContext: Run whose ctx ends before ready returns Start's error,
// which wraps ctx.Err(); after ready, it stops and returns nil.
func TestRunContext(t *testing.T) {
	modes(t, func(t *testing.T, seq bool) {
		tl := &tally{}
		entered := make(chan struct{})
		blocked := svc(tl, "blocked", "db")
		blocked.Start = func(ctx context.Context) (Hooks, error) { close(entered); <-ctx.Done(); return Hooks{}, ctx.Err() }
		a := New(Spec{Sequential: seq, ShutdownTimeout: bound, Components: []Component{svc(tl, "db"), blocked}})
		ctx, cancel := context.WithCancel(context.Background())
		go func() { <-entered; cancel() }()
		err := within(t, "Run", func() error { return a.Run(ctx, Config{Logger: quiet}) })
		wantErr(t, "Run", err, context.Canceled)
		if tl.count("stop db") != 1 {
			t.Fatalf("calls %v", tl.list())
		}

		tl = &tally{}
		b := New(Spec{Sequential: seq, ShutdownTimeout: bound, Components: []Component{svc(tl, "db"), svc(tl, "api", "db")}})
		ctx, cancel = context.WithCancel(context.Background())
		go func() { <-b.Ready(); cancel() }()
		if err := within(t, "Run", func() error { return b.Run(ctx, Config{Logger: quiet}) }); err != nil {
			t.Fatalf("Run = %v, want nil", err)
		}
		if got := tl.list(); !slices.Equal(got, []string{"start db", "start api", "stop api", "stop db"}) || b.Err() != nil {
			t.Fatalf("calls %v, Err() %v", got, b.Err())
		}
	})
}

// TestRunReturnsStopErrors: Run wraps every stop error.
func TestRunReturnsStopErrors(t *testing.T) {
	errA, errB := errors.New("a failed"), errors.New("b failed")
	a := New(Spec{ShutdownTimeout: bound, Components: []Component{
		{Name: "a", Kind: KindService, Start: func(context.Context) (Hooks, error) { return Hooks{Stop: func() error { return errA }}, nil }},
		{Name: "b", Kind: KindService, Start: func(context.Context) (Hooks, error) { return Hooks{Stop: func() error { return errB }}, nil }},
	}})
	ctx, cancel := context.WithCancel(context.Background())
	go func() { <-a.Ready(); cancel() }()
	err := within(t, "Run", func() error { return a.Run(ctx, Config{Logger: quiet}) })
	wantErr(t, "Run", err, errA, `service "a": stop: a failed`, `service "b": stop: b failed`)
	wantErr(t, "Run", err, errB)
	if a.Err() != nil {
		t.Errorf("Err() = %v, want nil", a.Err())
	}
}

// TestStartStopRace races Start against three Stops at many offsets into
// the startup. Whatever wins, every call returns, Stop returns nil, Err
// is nil, and every service that started is stopped once.
func TestStartStopRace(t *testing.T) {
	modes(t, func(t *testing.T, seq bool) {
		for i := range rounds {
			tl := &tally{}
			a := New(Spec{Sequential: seq, ShutdownTimeout: bound, Components: []Component{
				svc(tl, "db"), svc(tl, "cache", "db"), svc(tl, "search", "db"), svc(tl, "api", "cache", "search")}})
			var wg sync.WaitGroup
			var startErr error
			wg.Go(func() {
				startErr = within(t, "Start", func() error { return a.Start(context.Background(), Config{Logger: quiet}) })
			})
			time.Sleep(time.Duration(i%20) * 10 * time.Microsecond)
			stopErrs := make([]error, 3)
			for j := range stopErrs {
				wg.Go(func() { stopErrs[j] = stop(t, a) })
			}
			wg.Wait()
			if startErr == nil && !isClosed(a.Done()) {
				stop(t, a) // every Stop came before Start: they did nothing
			}
			if startErr != nil {
				wantErr(t, "Start", startErr, nil, "Stop was called during Start")
			}
			if err := errors.Join(stopErrs...); err != nil || a.Err() != nil {
				t.Fatalf("round %d: Stop = %v, Err() = %v", i, err, a.Err())
			}
			eventually(t, "every start stopped", func() bool { return len(tl.with("start")) == len(tl.with("stop")) })
			for _, n := range []string{"db", "cache", "search", "api"} {
				if tl.count("start "+n) > 1 || tl.count("start "+n) != tl.count("stop "+n) {
					t.Fatalf("round %d: calls %v", i, tl.list())
				}
			}
		}
	})
}
