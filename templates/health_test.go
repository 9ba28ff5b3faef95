package templates

import (
	"context"
	"errors"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// scripted is a health check driven by the test: each call announces
// itself on entered, then returns what the test sends on results. It
// honours its ctx.
type scripted struct {
	j       *journal
	entered chan struct{}
	results chan error

	mu       sync.Mutex
	enters   []time.Time
	returned []time.Time
}

func newScripted(j *journal) *scripted {
	return &scripted{j: j, entered: make(chan struct{}), results: make(chan error)}
}

func (s *scripted) check(ctx context.Context) (err error) {
	s.mu.Lock()
	s.enters = append(s.enters, time.Now())
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		s.returned = append(s.returned, time.Now())
		s.mu.Unlock()
		s.j.add("check returned")
	}()
	select {
	case s.entered <- struct{}{}:
	case <-ctx.Done():
		return ctx.Err()
	}
	select {
	case err := <-s.results:
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}

// answer lets the check in progress return err and waits for the next
// check, by which time the monitor has recorded err.
func (s *scripted) answer(t *testing.T, err error) {
	t.Helper()
	s.results <- err
	recv(t, s.entered, "next health check")
}

func TestHealthThresholdMakesUnhealthyAndOneSuccessRecovers(t *testing.T) {
	const initialDelay, interval = 30 * time.Millisecond, 5 * time.Millisecond
	b := newBuilder(t)
	s := newScripted(b.j)
	b.service(svc{name: "db", stop: stopOK, check: s.check,
		health: &appHealth{interval: interval, timeout: 5 * time.Second, initialDelay: initialDelay, threshold: 3}})
	b.service(svc{name: "api", deps: []string{"db"}, stop: stopOK})
	a := b.app()
	ev := watch(a)
	begin := time.Now()
	if err := a.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	recv(t, s.entered, "first health check")

	sick := errors.New("sick")
	for want := 1; want <= 2; want++ {
		s.answer(t, sick)
		if st := status(a)["db"]; st.ConsecutiveFailures != want || st.State != AppRunning || !errors.Is(st.Err, sick) {
			t.Fatalf("after %d failures: %d consecutive, state %s, err %v; want %d, running, sick", want, st.ConsecutiveFailures, st.State, st.Err, want)
		}
	}
	unhealthy := ev.next("db", AppUnhealthy)
	s.answer(t, sick)
	if e := recv(t, unhealthy, "unhealthy event"); !errors.Is(e.Err, sick) || e.Kind != "service" {
		t.Errorf("unhealthy event = %+v, want the check's error", e)
	}
	if st := status(a)["db"]; st.ConsecutiveFailures != 3 || st.State != AppUnhealthy {
		t.Errorf("after 3 failures: %d consecutive, state %s; want 3, unhealthy", st.ConsecutiveFailures, st.State)
	}
	if closed(a.Done()) {
		t.Fatal("on_failure=ignore shut the app down")
	}
	running := ev.next("db", AppRunning)
	s.answer(t, nil)
	recv(t, running, "running event after one success")
	if st := status(a)["db"]; st.ConsecutiveFailures != 0 || st.State != AppRunning {
		t.Errorf("after a success: %d consecutive, state %s; want 0, running", st.ConsecutiveFailures, st.State)
	}

	if err := a.Stop(context.Background()); err != nil {
		t.Fatalf("Stop = %v", err)
	}
	s.mu.Lock()
	if first := s.enters[0].Sub(begin); first < initialDelay {
		t.Errorf("first check %v after Start, want at least initial_delay %v", first, initialDelay)
	}
	for k := 1; k < len(s.enters); k++ {
		if gap := s.enters[k].Sub(s.returned[k-1]); gap < interval {
			t.Errorf("check %d began %v after the previous returned, want at least interval %v", k, gap, interval)
		}
	}
	s.mu.Unlock()
	// The monitor stops, waiting for its check, before any service stops.
	lines := b.j.get()
	last := -1
	for k, l := range lines {
		if l == "check returned" {
			last = k
		}
	}
	if last < 0 || last > b.j.index("stop api") || last > b.j.index("stop db") {
		t.Errorf("health check still running when services stopped: %v", lines)
	}
}

func TestHealthShutdownPolicyStopsApp(t *testing.T) {
	sick := errors.New("sick")
	b := newBuilder(t).service(svc{name: "db", stop: stopOK, check: func(context.Context) error { return sick },
		health: &appHealth{interval: time.Millisecond, timeout: time.Second, threshold: 2, shutdown: true}})
	a := b.app()
	ev := watch(a)
	unhealthy := ev.next("db", AppUnhealthy)
	if err := a.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	recv(t, a.Done(), "shutdown after failed health checks")
	recv(t, unhealthy, "unhealthy event")
	if err := a.Err(); !errors.Is(err, sick) || !strings.Contains(err.Error(), `service "db": health: 2 consecutive failed checks`) {
		t.Errorf("Err = %v, want it to name db and wrap the check error", err)
	}
	if err := a.Stop(context.Background()); !errors.Is(err, sick) {
		t.Errorf("Stop = %v, want the health failure", err)
	}
	if b.j.count("stop db") != 1 {
		t.Errorf("hooks = %v, want db stopped once", b.j.get())
	}
	if st := status(a)["db"]; st.ConsecutiveFailures < 2 || st.State != AppStopped {
		t.Errorf("db: %d consecutive failures, state %s", st.ConsecutiveFailures, st.State)
	}
}

func TestHealthIgnorePolicyStaysUp(t *testing.T) {
	sick := errors.New("sick")
	var calls atomic.Int32
	a := newBuilder(t).service(svc{name: "db", check: func(context.Context) error { calls.Add(1); return sick },
		health: &appHealth{interval: time.Millisecond, timeout: time.Second, threshold: 1}}).app()
	ev := watch(a)
	unhealthy := ev.next("db", AppUnhealthy)
	if err := a.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	recv(t, unhealthy, "unhealthy event")
	waitFor(t, func() bool { return status(a)["db"].ConsecutiveFailures >= 5 })
	if closed(a.Done()) || a.Err() != nil {
		t.Fatalf("on_failure=ignore shut the app down: %v", a.Err())
	}
	if st := status(a)["db"]; st.State != AppUnhealthy || !errors.Is(st.Err, sick) {
		t.Errorf("db: state %s, err %v; want unhealthy, sick", st.State, st.Err)
	}
	if err := a.Stop(context.Background()); err != nil {
		t.Errorf("Stop = %v, want nil: ignored health failures are not stop errors", err)
	}
	n := 0
	for _, e := range ev.get() {
		if e.State == AppUnhealthy {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d unhealthy events, want 1 for one change of state", n)
	}
}

func TestHealthCheckIgnoringCtxCountsAsFailureAfterTimeout(t *testing.T) {
	release := make(chan struct{})
	var calls atomic.Int32
	a := newBuilder(t).service(svc{name: "db", check: func(context.Context) error {
		calls.Add(1)
		<-release
		return nil
	}, health: &appHealth{interval: time.Millisecond, timeout: 20 * time.Millisecond, threshold: 1}}).app()
	ev := watch(a)
	unhealthy := ev.next("db", AppUnhealthy)
	if err := a.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	e := recv(t, unhealthy, "unhealthy event while the check hangs")
	if !errors.Is(e.Err, context.DeadlineExceeded) || !strings.Contains(e.Err.Error(), "did not return within 20ms") {
		t.Errorf("unhealthy event err = %v, want a timeout", e.Err)
	}
	// The monitor keeps counting failures while the first check hangs,
	// without piling up checks.
	waitFor(t, func() bool { return status(a)["db"].ConsecutiveFailures >= 3 })
	if n := calls.Load(); n != 1 {
		t.Errorf("%d checks started while the first one hung, want 1", n)
	}
	running := ev.next("db", AppRunning)
	close(release)
	recv(t, running, "running again once the check returns")
	if err := a.Stop(context.Background()); err != nil {
		t.Errorf("Stop = %v", err)
	}
}

func TestHealthCheckPanicIsFailure(t *testing.T) {
	a := newBuilder(t).service(svc{name: "db", check: func(context.Context) error { panic("check exploded") },
		health: &appHealth{interval: time.Millisecond, timeout: time.Second, threshold: 2}}).app()
	ev := watch(a)
	unhealthy := ev.next("db", AppUnhealthy)
	if err := a.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	e := recv(t, unhealthy, "unhealthy event")
	var p *appPanicError
	if !errors.As(e.Err, &p) || !strings.Contains(e.Err.Error(), "check exploded") {
		t.Errorf("unhealthy event err = %v, want the panic", e.Err)
	}
	if closed(a.Done()) {
		t.Error("a panicking check with on_failure=ignore shut the app down")
	}
	if err := a.Stop(context.Background()); err != nil {
		t.Errorf("Stop = %v", err)
	}
}

func TestHealthMonitorThatHangsAtShutdownDoesNotBlockStop(t *testing.T) {
	// The check ignores its ctx and hangs during shutdown: Stop still
	// stops the service (after waiting at most the check's timeout).
	release := make(chan struct{})
	defer close(release)
	entered := make(chan struct{}, 1)
	b := newBuilder(t).service(svc{name: "db", stop: stopOK, check: func(context.Context) error {
		select {
		case entered <- struct{}{}:
		default:
		}
		<-release
		return nil
	}, health: &appHealth{interval: time.Hour, timeout: 20 * time.Millisecond, threshold: 3}})
	a := b.app()
	if err := a.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	recv(t, entered, "first check")
	if err := a.Stop(context.Background()); err != nil {
		t.Errorf("Stop = %v", err)
	}
	if b.j.count("stop db") != 1 {
		t.Errorf("hooks = %v", b.j.get())
	}
}
