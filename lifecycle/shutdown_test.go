package lifecycle

// Shutdown (docs/semantics.md: Shutdown): app.shutdown, the channels,
// on_exit, the readiness drain, timeouts, and what is reported.

import (
	"context"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestShutdownFunc: App.Shutdown (app.shutdown) with a nil or non-nil
// cause, before, during and after Start.
func TestShutdownFunc(t *testing.T) {
	t.Run("before Start does nothing", func(t *testing.T) {
		tl := &tally{}
		a := New(Spec{ShutdownTimeout: bound, Components: []Component{svc(tl, "db")}})
		a.Shutdown(nil)
		a.Shutdown(errBoom)
		if isClosed(a.Done()) || a.Err() != nil {
			t.Fatal("Shutdown before Start began a shutdown")
		}
		start(t, a, Config{})
		if err := stop(t, a); err != nil {
			t.Fatal(err)
		}
	})
	for _, cause := range []error{nil, errBoom} {
		t.Run("during Start, cause "+errString(cause), func(t *testing.T) {
			for _, run := range []bool{false, true} {
				tl := &tally{}
				var a *App
				calls := svc(tl, "calls", "db")
				calls.Start = func(context.Context) (Hooks, error) {
					tl.add("start calls")
					a.Shutdown(cause) // never blocks, even here
					return Hooks{Stop: func() { tl.add("stop calls") }}, nil
				}
				a = New(Spec{ShutdownTimeout: bound, Components: []Component{svc(tl, "db"), calls, svc(tl, "api", "calls")}})
				var err error
				if run {
					err = within(t, "Run", func() error { return a.Run(context.Background(), Config{Logger: quiet}) })
				} else {
					err = within(t, "Start", func() error { return a.Start(context.Background(), Config{Logger: quiet}) })
				}
				switch {
				case cause == nil && run:
					if err != nil {
						t.Errorf("Run = %v, want nil: app.shutdown(nil) asks for a clean shutdown", err)
					}
				case cause == nil:
					wantErr(t, "Start", err, context.Canceled, "start aborted: app.shutdown was called")
				default:
					wantErr(t, "Start", err, errBoom)
				}
				if !errorsIs(a.Err(), cause) || tl.count("start api") != 0 || tl.count("stop db") != 1 {
					t.Errorf("Err() = %v; calls %v", a.Err(), tl.list())
				}
				// The start was aborted while the constructor ran: its
				// value may have been abandoned, and is then stopped
				// when it arrives, later.
				eventually(t, "calls stopped", func() bool { return tl.count("stop calls") == 1 })
			}
		})
		t.Run("after Start, cause "+errString(cause), func(t *testing.T) {
			tl := &tally{}
			a := New(Spec{ShutdownTimeout: bound, Components: []Component{svc(tl, "db")}})
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			go func() { <-a.Ready(); a.Shutdown(cause) }()
			err := within(t, "Run", func() error { return a.Run(ctx, Config{Logger: quiet}) })
			if !errorsIs(err, cause) || !errorsIs(a.Err(), cause) || tl.count("stop db") != 1 {
				t.Errorf("Run = %v, Err() = %v, want %v; calls %v", err, a.Err(), cause, tl.list())
			}
			if err := stop(t, a); err != nil {
				t.Errorf("Stop after Run = %v, want nil", err)
			}
		})
	}
}

func errString(err error) string {
	if err == nil {
		return "nil"
	}
	return err.Error()
}

// errorsIs is errors.Is that also holds for two nil errors, and only then
// for a nil target.
func errorsIs(err, target error) bool {
	if target == nil {
		return err == nil
	}
	return err != nil && strings.Contains(err.Error(), target.Error())
}

// TestChannels: Ready closes when Start succeeds, Done when a shutdown
// begins, Stopped when it has finished, for any number of waiters.
func TestChannels(t *testing.T) {
	release := make(chan struct{})
	a := New(Spec{ShutdownTimeout: bound, Components: []Component{{Name: "db", Kind: KindService,
		Start: func(context.Context) (Hooks, error) { return Hooks{Stop: func() { <-release }}, nil }}}})
	if isClosed(a.Ready()) || isClosed(a.Done()) || isClosed(a.Stopped()) {
		t.Fatal("a channel closed before Start")
	}
	start(t, a, Config{})
	if !isClosed(a.Ready()) || isClosed(a.Done()) {
		t.Fatal("after Start: Ready open or Done closed")
	}
	stopped := make(chan error)
	go func() { stopped <- a.Stop(context.Background()) }()
	wait(t, "Done", a.Done())
	if isClosed(a.Stopped()) {
		t.Fatal("Stopped closed while a stop runs")
	}
	waiters := make(chan struct{}, 3)
	for range 3 {
		go func() { <-a.Stopped(); waiters <- struct{}{} }()
	}
	close(release)
	for range 3 {
		<-waiters
	}
	if err := <-stopped; err != nil {
		t.Fatal(err)
	}
}

// TestOnExitIgnore: a run loop that returns nil with on_exit = "ignore"
// has finished its work: the app keeps running and stops it as usual; one
// that fails still shuts the app down.
func TestOnExitIgnore(t *testing.T) {
	for i := range rounds / 3 {
		tl := &tally{}
		finished := make(chan struct{})
		a := New(Spec{ShutdownTimeout: bound, Components: []Component{{Name: "job", Kind: KindService, OnExit: PolicyIgnore,
			Start: func(context.Context) (Hooks, error) {
				return Hooks{Run: func() { close(finished) }, Stop: func() { tl.add("stop job") }}, nil
			}}}})
		start(t, a, Config{})
		<-finished
		if err := stop(t, a); err != nil || tl.count("stop job") != 1 {
			t.Fatalf("round %d: Stop = %v, calls %v", i, err, tl.list())
		}
	}
	a := New(Spec{ShutdownTimeout: bound, Components: []Component{{Name: "job", Kind: KindService, OnExit: PolicyIgnore,
		Start: func(context.Context) (Hooks, error) {
			return Hooks{Run: func() error { return errBoom }}, nil
		}}}})
	err := within(t, "Run", func() error { return a.Run(context.Background(), Config{Logger: quiet}) })
	wantErr(t, "Run", err, errBoom, `service "job": run: boom`)
}

// TestRunLoopEnds: a run loop that returns nil or panics before shutdown
// shuts the app down (the default on_exit); its state is failed.
func TestRunLoopEnds(t *testing.T) {
	for _, tc := range []struct {
		name string
		run  any
		want string
	}{
		{"returns nil", func() {}, "run returned before shutdown"},
		{"panics", func(context.Context) error { panic("kaput") }, "panic: kaput"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tl := &tally{}
			a := New(Spec{ShutdownTimeout: bound, Components: []Component{svc(tl, "db"), {Name: "loop", Kind: KindService, Needs: []string{"db"},
				Start: func(context.Context) (Hooks, error) {
					return Hooks{Run: tc.run, Stop: func() { tl.add("stop loop") }}, nil
				}}}})
			err := within(t, "Run", func() error { return a.Run(context.Background(), Config{Logger: quiet}) })
			wantErr(t, "Run", err, nil, `service "loop": run: `+tc.want)
			if stateOf(a, "loop") != Failed || tl.count("stop loop") != 1 || tl.count("stop db") != 1 {
				t.Errorf("loop is %s; calls %v", stateOf(a, "loop"), tl.list())
			}
		})
	}
}

// readyz answers a GET /readyz.
func readyz(a *App) int {
	w := httptest.NewRecorder()
	a.Handler().ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/readyz", nil))
	return w.Code
}

// TestShutdownDelay: the readiness drain answers 503 at once, waits
// before the first stop, and is cut short by a second Stop or by the end
// of Stop's ctx; the stops are still called once each.
func TestShutdownDelay(t *testing.T) {
	for _, cut := range []string{"second Stop", "Stop's ctx"} {
		t.Run(cut, func(t *testing.T) {
			tl := &tally{}
			a := New(Spec{ShutdownTimeout: bound, ShutdownDelay: time.Hour, Components: []Component{svc(tl, "db"), svc(tl, "api", "db")}})
			start(t, a, Config{})
			if code := readyz(a); code != http.StatusOK {
				t.Fatalf("/readyz = %d before the shutdown", code)
			}
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			first := make(chan error, 1)
			go func() { first <- a.Stop(ctx) }()
			wait(t, "Done", a.Done())
			if code := readyz(a); code != http.StatusServiceUnavailable || len(tl.with("stop")) != 0 {
				t.Fatalf("during the drain: /readyz = %d, calls %v", code, tl.list())
			}
			if cut == "second Stop" {
				if err := stop(t, a); err != nil {
					t.Fatalf("second Stop = %v", err)
				}
				if err := <-first; err != nil {
					t.Fatalf("first Stop = %v", err)
				}
			} else {
				cancel()
				wantErr(t, "Stop", <-first, context.Canceled, "shutdown did not finish")
				wait(t, "Stopped", a.Stopped())
			}
			if got := tl.with("stop"); !slices.Equal(got, []string{"stop api", "stop db"}) {
				t.Fatalf("stops %v", got)
			}
		})
	}
}

// TestShutdownDelayCountsAgainstTimeout: the drain's time comes out of
// ShutdownTimeout: the stops' deadline is the one set when the shutdown
// began.
func TestShutdownDelayCountsAgainstTimeout(t *testing.T) {
	const delay, timeout = 20 * time.Millisecond, time.Hour
	var calledAt, deadline time.Time
	a := New(Spec{ShutdownTimeout: timeout, ShutdownDelay: delay, Components: []Component{{Name: "db", Kind: KindService,
		Start: func(context.Context) (Hooks, error) {
			return Hooks{Stop: func(ctx context.Context) { calledAt = time.Now(); deadline, _ = ctx.Deadline() }}, nil
		}}}})
	start(t, a, Config{})
	began := time.Now()
	stop(t, a)
	if calledAt.Sub(began) < delay || deadline.Sub(calledAt) > timeout-delay {
		t.Fatalf("stop called %v after Stop with %v left; want after the %v delay, with at most %v left", calledAt.Sub(began), deadline.Sub(calledAt), delay, timeout-delay)
	}
	// A delay past the timeout leaves no time: the stops miss the deadline.
	b := New(Spec{ShutdownTimeout: 5 * time.Millisecond, ShutdownDelay: time.Hour, Components: []Component{svc(&tally{}, "db")}})
	start(t, b, Config{})
	wantErr(t, "Stop", stop(t, b), context.DeadlineExceeded, `service "db": stop: did not stop before the shutdown deadline`)
}

// TestShutdownDelaySkipped: no drain after a failed Start, nor with a
// negative Config.ShutdownDelay.
func TestShutdownDelaySkipped(t *testing.T) {
	tl := &tally{}
	a := New(Spec{ShutdownTimeout: bound, ShutdownDelay: time.Hour, Components: []Component{svc(tl, "db"), failing(tl, "api", "db")}})
	err := within(t, "Start", func() error { return a.Start(context.Background(), Config{Logger: quiet}) })
	wantErr(t, "Start", err, errBoom)
	b := New(Spec{ShutdownTimeout: bound, ShutdownDelay: time.Hour, Components: []Component{svc(tl, "db")}})
	start(t, b, Config{ShutdownDelay: -1})
	if err := stop(t, b); err != nil {
		t.Fatal(err)
	}
}

// TestShutdownTimeoutZeroIsNone: ShutdownTimeout 0 (in Spec and Config)
// puts no deadline on the shutdown, rather than an expired one.
func TestShutdownTimeoutZeroIsNone(t *testing.T) {
	var has bool
	a := New(Spec{Components: []Component{{Name: "db", Kind: KindService,
		Start: func(context.Context) (Hooks, error) {
			return Hooks{Stop: func(ctx context.Context) error {
				_, has = ctx.Deadline()
				time.Sleep(time.Millisecond)
				return ctx.Err()
			}}, nil
		}}}})
	start(t, a, Config{})
	if err := stop(t, a); err != nil || has {
		t.Fatalf("Stop = %v; the stop's ctx has a deadline: %v", err, has)
	}
}

// TestShutdownReason: the first log record of a shutdown says why it
// began, before any component reports stopping or failing.
func TestShutdownReason(t *testing.T) {
	loop := func(run any) Component {
		return Component{Name: "loop", Kind: KindService, Start: func(context.Context) (Hooks, error) { return Hooks{Run: run}, nil }}
	}
	blocking := loop(func(ctx context.Context) { <-ctx.Done() })
	for _, tc := range []struct {
		name  string
		comps []Component
		drive func(a *App, cfg Config) error
		want  string
	}{
		{"Stop", []Component{blocking}, func(a *App, cfg Config) error {
			if err := a.Start(context.Background(), cfg); err != nil {
				return err
			}
			return a.Stop(context.Background())
		}, "shutdown began: Stop was called"},
		{"Run's ctx", []Component{blocking}, func(a *App, cfg Config) error {
			ctx, cancel := context.WithCancel(context.Background())
			go func() { <-a.Ready(); cancel() }()
			return a.Run(ctx, cfg)
		}, "shutdown began: the ctx of Run ended: context canceled"},
		{"app.shutdown", []Component{blocking}, func(a *App, cfg Config) error {
			go func() { <-a.Ready(); a.Shutdown(errBoom) }()
			return a.Run(context.Background(), cfg)
		}, "shutdown began: app.shutdown was called: boom err=boom"},
		{"run loop", []Component{loop(func() error { return errBoom })}, func(a *App, cfg Config) error {
			return a.Run(context.Background(), cfg)
		}, `shutdown began: the run loop of service "loop" ended err=service "loop": run: boom`},
		{"constructor", []Component{failing(&tally{}, "db")}, func(a *App, cfg Config) error {
			return a.Run(context.Background(), cfg)
		}, `shutdown began: service "db" failed to start err=service "db": start: boom`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := newSink()
			a := New(Spec{ShutdownTimeout: bound, Components: tc.comps})
			within(t, tc.name, func() error { return tc.drive(a, Config{Logger: slogOf(s)}) })
			recs := s.records()
			i := slices.IndexFunc(recs, func(r string) bool {
				return strings.Contains(r, "shutdown began") || strings.Contains(r, "stopping") || strings.Contains(r, "failed")
			})
			if i < 0 || recs[i] != tc.want {
				t.Fatalf("records %q; want the first of the shutdown to be %q", recs, tc.want)
			}
		})
	}
}

// TestEventsDeliveredBeforeReturn: when Start returns, OnEvent has seen
// every component running; when Stop returns, every component stopped.
func TestEventsDeliveredBeforeReturn(t *testing.T) {
	modes(t, func(t *testing.T, seq bool) {
		for i := range rounds / 3 {
			tl := &tally{}
			rec := &recorder{}
			a := New(Spec{Sequential: seq, ShutdownTimeout: bound, Components: []Component{svc(tl, "db"), svc(tl, "cache", "db"), svc(tl, "api", "cache", "db")}})
			start(t, a, Config{OnEvent: rec.on})
			want := []string{"db starting", "db running", "cache starting", "cache running", "api starting", "api running"}
			if got := rec.trace(); !slices.Equal(got, want) {
				t.Fatalf("round %d: when Start returned, events %v", i, got)
			}
			stop(t, a)
			want = append(want, "api stopping", "api stopped", "cache stopping", "cache stopped", "db stopping", "db stopped")
			if got := rec.trace(); !slices.Equal(got, want) {
				t.Fatalf("round %d: when Stop returned, events %v", i, got)
			}
		}
	})
}

// TestEventFields: an event carries its component, kind, state, the time
// spent in the previous state and, for a failure, the error.
func TestEventFields(t *testing.T) {
	rec := &recorder{}
	a := New(Spec{ShutdownTimeout: bound, Components: []Component{{Name: "db", Kind: KindService,
		Start: func(context.Context) (Hooks, error) {
			time.Sleep(2 * time.Millisecond)
			return Hooks{}, errBoom
		}}}})
	before := time.Now()
	a.Start(context.Background(), Config{Logger: quiet, OnEvent: rec.on})
	evs := rec.all()
	if len(evs) != 2 {
		t.Fatalf("events %v", evs)
	}
	f := evs[1]
	if f.Name != "db" || f.Kind != KindService || f.State != Failed || f.Duration < 2*time.Millisecond ||
		f.Time.Before(before) || !errorsIs(f.Err, errBoom) || statusOf(a, "db").Since != f.Time {
		t.Fatalf("failed event %+v", f)
	}
}
