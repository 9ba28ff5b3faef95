package lifecycle

// Health checks and readiness gates (docs/semantics.md: Health checks,
// Startup).

import (
	"context"
	"fmt"
	"net/http"
	"slices"
	"sync/atomic"
	"testing"
	"time"
)

// script is a health check whose results the test hands out one at a
// time; a check waits for its result (or its ctx).
type script chan error

func (s script) check(ctx context.Context) error {
	select {
	case err := <-s:
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}

// checked is a service with a health check.
func checked(tl *tally, name string, h Health, check any, needs ...string) Component {
	c := svc(tl, name, needs...)
	c.Health = &h
	c.Start = func(context.Context) (Hooks, error) {
		tl.add("start " + name)
		return Hooks{Value: name, Check: check, Stop: func() { tl.add("stop " + name) }}, nil
	}
	return c
}

// TestHealthThreshold: failure_threshold failed checks in a row make a
// service unhealthy (once), /readyz 503; one passing check makes it
// running again. With on_failure = "ignore" the app stays up.
func TestHealthThreshold(t *testing.T) {
	for i := range rounds / 10 {
		tl := &tally{}
		s := make(script)
		rec := &recorder{}
		a := New(Spec{ShutdownTimeout: bound, Components: []Component{
			checked(tl, "db", Health{Interval: time.Microsecond, Timeout: bound, Threshold: 3, OnFailure: PolicyIgnore}, s.check)}})
		start(t, a, Config{OnEvent: rec.on})
		s <- errBoom
		s <- errBoom
		s <- nil // the count starts again
		s <- errBoom
		s <- errBoom
		if st := statusOf(a, "db"); st.State != Running {
			t.Fatalf("round %d: after 2 failures in a row: %+v", i, st)
		}
		s <- errBoom
		eventually(t, "unhealthy", func() bool { return stateOf(a, "db") == Unhealthy })
		if st := statusOf(a, "db"); st.ConsecutiveFailures != 3 || !errorsIs(st.Err, errBoom) || readyz(a) != http.StatusServiceUnavailable {
			t.Fatalf("round %d: unhealthy: %+v, /readyz %d", i, st, readyz(a))
		}
		s <- errBoom // a fourth: no second unhealthy event
		s <- nil
		eventually(t, "running again", func() bool { return stateOf(a, "db") == Running })
		if readyz(a) != http.StatusOK || isClosed(a.Done()) {
			t.Fatalf("round %d: healthy again: /readyz %d, Done %v", i, readyz(a), isClosed(a.Done()))
		}
		if err := stop(t, a); err != nil {
			t.Fatal(err)
		}
		want := []State{Starting, Running, Unhealthy, Running, Stopping, Stopped}
		if got := rec.states("db"); !slices.Equal(got, want) {
			t.Fatalf("round %d: db went %v, want %v", i, got, want)
		}
	}
}

// TestHealthShutdown: with on_failure = "shutdown", the threshold shuts
// the app down with the check's error as the cause.
func TestHealthShutdown(t *testing.T) {
	for _, fault := range []struct {
		name  string
		check any
		want  string
	}{
		{"error", func() error { return errBoom }, "boom"},
		{"panic", func() error { panic("sick") }, "panic: sick"},
		{"timeout", func(ctx context.Context) error { <-ctx.Done(); return ctx.Err() }, "context deadline exceeded"},
	} {
		t.Run(fault.name, func(t *testing.T) {
			tl := &tally{}
			timeout := bound
			if fault.name == "timeout" {
				timeout = time.Millisecond
			}
			a := New(Spec{ShutdownTimeout: bound, Components: []Component{svc(tl, "base"),
				checked(tl, "db", Health{Interval: time.Microsecond, Timeout: timeout, Threshold: 2, OnFailure: PolicyShutdown}, fault.check, "base")}})
			err := within(t, "Run", func() error { return a.Run(context.Background(), Config{Logger: quiet}) })
			wantErr(t, "Run", err, nil, `service "db": health: 2 consecutive failed checks: `)
			if fault.name == "timeout" {
				wantErr(t, "Run", err, context.DeadlineExceeded)
			} else {
				wantErr(t, "Run", err, nil, fault.want)
			}
			if !errorsIs(a.Err(), err) || tl.count("stop db") != 1 || tl.count("stop base") != 1 {
				t.Fatalf("Err() = %v; calls %v", a.Err(), tl.list())
			}
		})
	}
}

// TestHealthCheckDoesNotPileUp: a check that ignores its ctx is abandoned
// at its timeout, and no other check starts until it returns: each
// interval in between counts as a failure.
func TestHealthCheckDoesNotPileUp(t *testing.T) {
	tl := &tally{}
	release := make(chan struct{})
	var inFlight, most, calls atomic.Int32
	check := func() error {
		calls.Add(1)
		n := inFlight.Add(1)
		defer inFlight.Add(-1)
		if n > most.Load() {
			most.Store(n)
		}
		<-release
		return nil
	}
	a := New(Spec{ShutdownTimeout: bound, Components: []Component{
		checked(tl, "db", Health{Interval: 100 * time.Microsecond, Timeout: 100 * time.Microsecond, Threshold: 50, OnFailure: PolicyIgnore}, check)}})
	start(t, a, Config{})
	eventually(t, "unhealthy", func() bool { return stateOf(a, "db") == Unhealthy })
	if most.Load() != 1 || calls.Load() != 1 {
		t.Fatalf("%d checks called, %d at once; want 1", calls.Load(), most.Load())
	}
	close(release)
	eventually(t, "running again", func() bool { return stateOf(a, "db") == Running })
	if err := stop(t, a); err != nil {
		t.Fatal(err)
	}
	if most.Load() != 1 {
		t.Fatalf("%d checks at once", most.Load())
	}
}

// TestReadinessGate: a gated service is starting, and /readyz 503, until
// its first passing check; its dependents wait; failing checks before
// then do not count toward the threshold.
func TestReadinessGate(t *testing.T) {
	modes(t, func(t *testing.T, seq bool) {
		for i := range rounds / 10 {
			tl := &tally{}
			var a *App
			var calls atomic.Int32
			check := func() error {
				n := calls.Add(1)
				if n <= 5 && (stateOf(a, "db") != Starting || readyz(a) != http.StatusServiceUnavailable || tl.count("start api") != 0) {
					t.Errorf("during the gate: db %s, /readyz %d, calls %v", stateOf(a, "db"), readyz(a), tl.list())
				}
				if n < 5 {
					return errBoom
				}
				return nil
			}
			gate := Health{Interval: time.Microsecond, Timeout: bound, Threshold: 1, OnFailure: PolicyShutdown, ReadinessGate: true}
			db := checked(tl, "db", gate, check)
			db.StartTimeout = bound
			a = New(Spec{Sequential: seq, ShutdownTimeout: bound, Components: []Component{db, svc(tl, "api", "db")}})
			start(t, a, Config{})
			if readyz(a) != http.StatusOK || calls.Load() < 5 {
				t.Fatalf("round %d: after the gate /readyz %d, %d checks", i, readyz(a), calls.Load())
			}
			stop(t, a)
			if got := tl.list(); !slices.Equal(got, []string{"start db", "start api", "stop api", "stop db"}) {
				t.Fatalf("round %d: calls %v", i, got)
			}
		}
	})
}

// TestReadinessGateTimeout: a gate that never opens fails the start at
// start_timeout, and the value constructed is stopped once.
func TestReadinessGateTimeout(t *testing.T) {
	modes(t, func(t *testing.T, seq bool) {
		tl := &tally{}
		gate := Health{Interval: time.Microsecond, Timeout: bound, Threshold: 1, ReadinessGate: true}
		db := checked(tl, "db", gate, func() error { return errBoom })
		db.StartTimeout = 50 * time.Millisecond
		a := New(Spec{Sequential: seq, ShutdownTimeout: bound, Components: []Component{svc(tl, "base"), db, svc(tl, "api", "db")}})
		err := within(t, "Start", func() error { return a.Start(context.Background(), Config{Logger: quiet}) })
		wantErr(t, "Start", err, context.DeadlineExceeded, `service "db": start: did not start within 50ms: readiness gate`)
		// base, independent, is stopped once if it was constructed: late
		// if its constructor was abandoned when the start was aborted, and
		// not at all if the abort came first (possible on a loaded machine).
		eventually(t, fmt.Sprintf("base stopped as often as started (calls %v)", tl.list()), func() bool {
			return tl.count("stop base") == tl.count("start base")
		})
		if tl.count("stop base") > 1 || tl.count("stop db") != 1 || tl.count("start api") != 0 {
			t.Fatalf("calls %v", tl.list())
		}
	})
}

// TestNoCheckAfterStop: health monitors stop first, and a check in
// flight then (one that ignores its ctx, within its timeout) has
// returned before Stop does: no check runs after Stop returned.
func TestNoCheckAfterStop(t *testing.T) {
	for i := range rounds / 3 {
		var inFlight, after atomic.Int32
		var stopped atomic.Bool
		check := func() error {
			if stopped.Load() {
				after.Add(1)
			}
			inFlight.Add(1)
			defer inFlight.Add(-1)
			time.Sleep(200 * time.Microsecond)
			return nil
		}
		a := New(Spec{ShutdownTimeout: bound, Components: []Component{
			checked(&tally{}, "db", Health{Interval: time.Microsecond, Timeout: bound, Threshold: 1}, check)}})
		start(t, a, Config{})
		time.Sleep(time.Duration(i%5) * 100 * time.Microsecond)
		stop(t, a)
		stopped.Store(true)
		if n := inFlight.Load(); n != 0 {
			t.Fatalf("round %d: %d checks still running after Stop returned", i, n)
		}
		time.Sleep(300 * time.Microsecond)
		if n := after.Load(); n != 0 {
			t.Fatalf("round %d: %d checks began after Stop returned", i, n)
		}
	}
}
