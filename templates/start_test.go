package templates

import (
	"context"
	"errors"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestChainStartsInOrderAndStopsInReverse(t *testing.T) {
	for _, seq := range []bool{false, true} {
		b := newBuilder(t).
			service(svc{name: "database", stop: stopOK}).
			service(svc{name: "cache", deps: []string{"database"}, stop: stopOK}).
			service(svc{name: "api", deps: []string{"cache"}, stop: stopOK})
		if seq {
			b.sequential()
		}
		a := b.app()
		var events []string
		a.OnEvent = func(e AppEvent) { events = append(events, e.Name+" "+string(e.State)) }
		startStop(t, a)
		want := []string{"start database", "start cache", "start api", "stop api", "stop cache", "stop database"}
		if diff := cmp.Diff(want, b.j.get()); diff != "" {
			t.Errorf("sequential=%v hooks (-want +got):\n%s", seq, diff)
		}
		wantEvents := []string{
			"database starting", "database running", "cache starting", "cache running", "api starting", "api running",
			"api stopping", "api stopped", "cache stopping", "cache stopped", "database stopping", "database stopped",
		}
		if diff := cmp.Diff(wantEvents, events); diff != "" {
			t.Errorf("sequential=%v events (-want +got):\n%s", seq, diff)
		}
	}
}

func TestReadyAndDoneChannels(t *testing.T) {
	a := newBuilder(t).service(svc{name: "x"}).app()
	select {
	case <-a.Ready():
		t.Fatal("Ready closed before Start")
	default:
	}
	if err := a.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	<-a.Ready()
	select {
	case <-a.Done():
		t.Fatal("Done closed before Stop")
	default:
	}
	if err := a.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	<-a.Done()
	if a.Err() != nil {
		t.Errorf("Err after requested stop = %v, want nil", a.Err())
	}
}

func TestParallelStartRunsIndependentBranchesConcurrently(t *testing.T) {
	// Two roots that each wait for the other to have started: this only
	// finishes when they start at the same time.
	var wg sync.WaitGroup
	wg.Add(2)
	both := make(chan struct{})
	go func() { wg.Wait(); close(both) }()
	meet := func(ctx context.Context) error {
		wg.Done()
		select {
		case <-both:
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	a := newBuilder(t).
		service(svc{name: "left", start: meet}).
		service(svc{name: "right", start: meet}).
		service(svc{name: "join", deps: []string{"left", "right"}}).
		app()
	startStop(t, a)
}

func TestDiamondStartsJoinAfterBothBranches(t *testing.T) {
	b := newBuilder(t).
		service(svc{name: "root", stop: stopOK}).
		service(svc{name: "left", deps: []string{"root"}, stop: stopOK}).
		service(svc{name: "right", deps: []string{"root"}, stop: stopOK}).
		service(svc{name: "join", deps: []string{"left", "right"}, stop: stopOK})
	a := b.app()
	startStop(t, a)
	j := b.j
	for _, before := range [][2]string{
		{"start root", "start left"}, {"start root", "start right"},
		{"start left", "start join"}, {"start right", "start join"},
		{"stop join", "stop left"}, {"stop join", "stop right"},
		{"stop left", "stop root"}, {"stop right", "stop root"},
	} {
		if j.index(before[0]) > j.index(before[1]) {
			t.Errorf("%q happened after %q: %v", before[0], before[1], j.get())
		}
	}
}

func TestStartFailureStopsStartedOnesOnceInReverse(t *testing.T) {
	for _, seq := range []bool{false, true} {
		boom := errors.New("boom")
		b := newBuilder(t).
			service(svc{name: "database", stop: stopOK}).
			service(svc{name: "cache", deps: []string{"database"}, stop: stopOK}).
			service(svc{name: "api", deps: []string{"cache"}, stop: stopOK, start: func(context.Context) error { return boom }}).
			service(svc{name: "web", deps: []string{"api"}, stop: stopOK})
		if seq {
			b.sequential()
		}
		a := b.app()
		err := a.Start(context.Background())
		if !errors.Is(err, boom) || !strings.Contains(err.Error(), `service "api": start: boom`) {
			t.Fatalf("Start = %v, want an error naming api and wrapping boom", err)
		}
		want := []string{"start database", "start cache", "start api", "stop cache", "stop database"}
		if diff := cmp.Diff(want, b.j.get()); diff != "" {
			t.Errorf("hooks (-want +got):\n%s", diff)
		}
		select {
		case <-a.Ready():
			t.Error("Ready closed after a failed Start")
		case <-a.Done():
		}
		if !errors.Is(a.Err(), boom) {
			t.Errorf("Err = %v, want boom", a.Err())
		}
		got := states(a)
		if got["api"] != AppFailed || got["web"] != AppPending || got["database"] != AppStopped {
			t.Errorf("states = %v", got)
		}
		if err := a.Stop(context.Background()); err != nil {
			t.Errorf("Stop after failed Start = %v, want nil", err)
		}
	}
}

func TestStartTimeoutAbandonsConstructorAndStopsLateValue(t *testing.T) {
	release := make(chan struct{})
	b := newBuilder(t).
		service(svc{name: "database", stop: stopOK}).
		service(svc{name: "slow", deps: []string{"database"}, stop: stopOK, startTimeout: 50 * time.Millisecond,
			start: func(context.Context) error { <-release; return nil }})
	a := b.app()
	err := a.Start(context.Background())
	if !errors.Is(err, context.DeadlineExceeded) || !strings.Contains(err.Error(), `service "slow": start: did not start within 50ms`) {
		t.Fatalf("Start = %v", err)
	}
	if b.j.count("stop database") != 1 {
		t.Errorf("database not stopped once: %v", b.j.get())
	}
	close(release)
	waitFor(t, func() bool { return b.j.count("stop slow") == 1 })
}

func TestConstructorSeesItsDeadline(t *testing.T) {
	var deadline time.Time
	var ok bool
	a := newBuilder(t).service(svc{name: "x", startTimeout: time.Minute, start: func(ctx context.Context) error {
		deadline, ok = ctx.Deadline()
		select {
		case <-ctx.Done():
			return errors.New("done too early")
		default:
			return ctx.Err()
		}
	}}).app()
	before := time.Now()
	startStop(t, a)
	if !ok || deadline.Before(before.Add(59*time.Second)) || deadline.After(time.Now().Add(time.Minute)) {
		t.Errorf("deadline = %v, %v; want about a minute from Start", deadline, ok)
	}
}

func TestConstructorThatHonoursCtxReturnsAtDeadline(t *testing.T) {
	a := newBuilder(t).service(svc{name: "x", startTimeout: 20 * time.Millisecond, start: func(ctx context.Context) error {
		<-ctx.Done()
		return ctx.Err()
	}}).app()
	if err := a.Start(context.Background()); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Start = %v, want deadline exceeded", err)
	}
}

func TestCancelledStartCtx(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	b := newBuilder(t).
		service(svc{name: "database", stop: stopOK}).
		service(svc{name: "blocked", deps: []string{"database"}, stop: stopOK, start: func(ctx context.Context) error {
			cancel()
			<-ctx.Done()
			return ctx.Err()
		}})
	a := b.app()
	err := a.Start(ctx)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Start = %v, want context.Canceled", err)
	}
	if b.j.count("stop database") != 1 || b.j.count("stop blocked") != 0 {
		t.Errorf("hooks = %v", b.j.get())
	}
}

// A ctx cancelled before Start fails it even when every constructor
// returns at once (they raced the watchdog and sometimes won: repeat).
func TestStartCtxCancelledBeforeStart(t *testing.T) {
	for i := range 40 {
		sequential := i%2 == 1
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		b := newBuilder(t).service(svc{name: "database", stop: stopOK}).service(svc{name: "cache", stop: stopOK})
		b.opts.sequential = sequential
		a := b.app()
		if err := a.Start(ctx); !errors.Is(err, context.Canceled) {
			t.Errorf("sequential=%v: Start = %v, want context.Canceled", sequential, err)
		}
		if b.j.count("start database") != b.j.count("stop database") || b.j.count("start cache") != b.j.count("stop cache") {
			t.Errorf("sequential=%v: hooks = %v", sequential, b.j.get())
		}
	}
}

func TestPanicInStartIsAnError(t *testing.T) {
	b := newBuilder(t).
		service(svc{name: "database", stop: stopOK}).
		service(svc{name: "bad", deps: []string{"database"}, stop: stopOK, start: func(context.Context) error { panic("kaboom") }})
	err := b.app().Start(context.Background())
	var p *appPanicError
	if !errors.As(err, &p) || !strings.Contains(err.Error(), `service "bad": start: panic: kaboom`) {
		t.Fatalf("Start = %v, want a panic error naming bad", err)
	}
	if b.j.count("stop database") != 1 {
		t.Errorf("database not stopped: %v", b.j.get())
	}
}

func TestStartTwiceAndStopTwice(t *testing.T) {
	a := newBuilder(t).service(svc{name: "x", stop: stopOK}).app()
	if err := a.Stop(context.Background()); err != nil {
		t.Fatalf("Stop before Start = %v", err)
	}
	if err := a.Start(context.Background()); err != nil {
		t.Fatalf("Start after an early Stop = %v", err)
	}
	if err := a.Start(context.Background()); err == nil {
		t.Error("second Start succeeded")
	}
	if err := a.Stop(context.Background()); err != nil {
		t.Fatalf("Stop = %v", err)
	}
	if err := a.Stop(context.Background()); err != nil {
		t.Fatalf("second Stop = %v", err)
	}
}

func TestStopDuringStart(t *testing.T) {
	entered := make(chan struct{})
	b := newBuilder(t).
		service(svc{name: "database", stop: stopOK}).
		service(svc{name: "slow", deps: []string{"database"}, stop: stopOK, start: func(ctx context.Context) error {
			close(entered)
			<-ctx.Done()
			return ctx.Err()
		}})
	a := b.app()
	errc := make(chan error)
	go func() { errc <- a.Start(context.Background()) }()
	<-entered
	if err := a.Stop(context.Background()); err != nil {
		t.Errorf("Stop = %v", err)
	}
	if err := <-errc; !errors.Is(err, appErrStopDuringStart) {
		t.Errorf("Start = %v, want it interrupted by Stop", err)
	}
	if b.j.count("stop database") != 1 {
		t.Errorf("hooks = %v", b.j.get())
	}
}

func TestManyComponents(t *testing.T) {
	for _, seq := range []bool{false, true} {
		b := newBuilder(t)
		stops := 0
		var mu sync.Mutex
		count := func(context.Context) error { mu.Lock(); stops++; mu.Unlock(); return nil }
		for i := range 1000 {
			s := svc{name: itoa(i), stop: count}
			if i > 0 {
				s.deps = append(s.deps, itoa(i-1))
			}
			if i/2 != i-1 && i > 0 {
				s.deps = append(s.deps, itoa(i/2))
			}
			b.service(s)
		}
		if seq {
			b.sequential()
		}
		a := b.app()
		startStop(t, a)
		if stops != 1000 {
			t.Errorf("stops = %d, want 1000", stops)
		}
	}
}

func TestEmptyApp(t *testing.T) {
	a := newBuilder(t).app()
	startStop(t, a)
	<-a.Ready()
}

func itoa(i int) string { return "c" + strconv.Itoa(i) }

// waitFor polls cond for up to five seconds.
func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	for range 500 {
		if cond() {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatal("condition not met within 5s")
}

// TestValueIsZeroUntilStarted checks what the generated accessors promise:
// a service's value once it has started, the zero value before.
func TestValueIsZeroUntilStarted(t *testing.T) {
	field := "not yet published" // what a racing reader could otherwise see
	b := newBuilder(t).service(svc{name: "db"})
	b.comps[0].service.(*appService[string]).set = func(w *appWiring, v string) { field = v }
	a := b.app()
	if got := appValue(a, 0, &field); got != "" {
		t.Fatalf("value before Start = %q, want the zero value", got)
	}
	startStop(t, a)
	if got := appValue(a, 0, &field); got != "db" {
		t.Errorf("value after Start = %q, want db", got)
	}
}
