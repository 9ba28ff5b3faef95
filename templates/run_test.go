package templates

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func TestRunReturningBeforeShutdownFailsApp(t *testing.T) {
	boom := errors.New("boom")
	for _, tc := range []struct {
		name string
		run  func() error
		want func(error) bool
	}{
		{"nil", func() error { return nil }, func(err error) bool { return strings.Contains(err.Error(), "run returned before shutdown") }},
		{"error", func() error { return boom }, func(err error) bool { return errors.Is(err, boom) }},
		{"panic", func() error { panic(boom) }, func(err error) bool {
			var p *appPanicError
			return errors.As(err, &p) && errors.Is(err, boom)
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			release := make(chan struct{})
			b := newBuilder(t).
				service(svc{name: "db", stop: stopOK}).
				service(svc{name: "api", deps: []string{"db"}, stop: stopOK, run: func(context.Context) error {
					<-release
					return tc.run()
				}})
			a := b.app()
			ev := watch(a)
			failed := ev.next("api", AppFailed)
			if err := a.Start(context.Background()); err != nil {
				t.Fatal(err)
			}
			close(release)
			recv(t, a.Done(), "shutdown after run returned")
			if e := recv(t, failed, "failed event"); !tc.want(e.Err) {
				t.Errorf("failed event err = %v", e.Err)
			}
			cause := a.Err()
			if cause == nil || !tc.want(cause) || !strings.Contains(cause.Error(), `service "api": run: `) {
				t.Fatalf("Err = %v, want it to name api's run and wrap the cause", cause)
			}
			if err := a.Stop(context.Background()); !errors.Is(err, cause) {
				t.Errorf("Stop = %v, want the cause %v", err, cause)
			}
			if b.j.count("stop api") != 1 || b.j.count("stop db") != 1 {
				t.Errorf("hooks = %v, want every stop called once", b.j.get())
			}
			if st := status(a); st["api"].State != AppFailed || !tc.want(st["api"].Err) || st["db"].State != AppStopped {
				t.Errorf("api ended %s (%v), db %s; want api failed, db stopped", st["api"].State, st["api"].Err, st["db"].State)
			}
		})
	}
}

func TestRunCtxIsCancelledWhenItsServiceStops(t *testing.T) {
	b := newBuilder(t)
	j := b.j
	b.service(svc{name: "api", stop: stopOK, run: func(ctx context.Context) error {
		<-ctx.Done()
		j.add("run api returned")
		return ctx.Err() // not an error at shutdown
	}})
	b.service(svc{name: "web", deps: []string{"api"}, stop: stopOK})
	a := b.app()
	startStop(t, a)
	if !(j.index("stop web") < j.index("run api returned") && j.index("run api returned") < j.index("stop api")) {
		t.Errorf("hooks = %v, want web stopped, then api's run ended, then api's stop", j.get())
	}
}

func TestRunWithoutCtxIsEndedByStop(t *testing.T) {
	b := newBuilder(t)
	j := b.j
	quit := make(chan struct{})
	b.service(svc{name: "api", runNoCtx: true,
		run:  func(context.Context) error { <-quit; j.add("run api returned"); return nil },
		stop: func(context.Context) error { close(quit); return nil }})
	a := b.app()
	startStop(t, a)
	if i := j.index("run api returned"); i < 0 || i < j.index("stop api") {
		t.Errorf("hooks = %v, want stop called, then run returned, before Stop returns", j.get())
	}
	if st := status(a)["api"]; st.State != AppStopped {
		t.Errorf("api ended %s (%v)", st.State, st.Err)
	}
}

func TestRunWithoutCtxThatStopDoesNotEnd(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	b := newBuilder(t).service(svc{name: "api", runNoCtx: true, stopTimeout: 20 * time.Millisecond,
		run: func(context.Context) error { <-release; return nil }, stop: stopOK})
	a := b.app()
	if err := a.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	err := a.Stop(context.Background())
	if err == nil || !strings.Contains(err.Error(), `service "api": stop: run did not return`) {
		t.Errorf("Stop = %v, want it to report the run that did not return", err)
	}
}

func TestRunReturnsNilWhenCtxIsCancelled(t *testing.T) {
	b := newBuilder(t).service(svc{name: "api", stop: stopOK, run: func(ctx context.Context) error { <-ctx.Done(); return ctx.Err() }})
	a := b.app()
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() { errc <- a.Run(ctx) }()
	recv(t, a.Ready(), "Ready")
	cancel()
	if err := recv(t, errc, "Run to return"); err != nil {
		t.Errorf("Run = %v, want nil", err)
	}
	if b.j.count("stop api") != 1 || a.Err() != nil {
		t.Errorf("hooks = %v, Err = %v", b.j.get(), a.Err())
	}
}

func TestRunReturnsTheFailureOfARunLoop(t *testing.T) {
	boom := errors.New("boom")
	release := make(chan struct{})
	b := newBuilder(t).
		service(svc{name: "db", stop: stopOK}).
		service(svc{name: "api", deps: []string{"db"}, stop: stopOK, run: func(context.Context) error { <-release; return boom }})
	a := b.app()
	errc := make(chan error, 1)
	go func() { errc <- a.Run(context.Background()) }()
	recv(t, a.Ready(), "Ready")
	close(release)
	if err := recv(t, errc, "Run to return"); !errors.Is(err, boom) || !strings.Contains(err.Error(), `service "api": run: boom`) {
		t.Errorf("Run = %v, want api's run error", err)
	}
	if b.j.count("stop api") != 1 || b.j.count("stop db") != 1 {
		t.Errorf("hooks = %v", b.j.get())
	}
}

func TestRunReturnsStartFailure(t *testing.T) {
	boom := errors.New("boom")
	a := newBuilder(t).service(svc{name: "db", start: func(context.Context) error { return boom }}).app()
	if err := a.Run(context.Background()); !errors.Is(err, boom) {
		t.Errorf("Run = %v, want the start error", err)
	}
}

func TestStopFromAnotherGoroutineWhileRunWaits(t *testing.T) {
	b := newBuilder(t).service(svc{name: "api", stop: stopOK})
	a := b.app()
	errc := make(chan error, 1)
	go func() { errc <- a.Run(context.Background()) }()
	recv(t, a.Ready(), "Ready")
	if err := a.Stop(context.Background()); err != nil {
		t.Errorf("Stop = %v", err)
	}
	if err := recv(t, errc, "Run to return"); err != nil {
		t.Errorf("Run = %v, want nil after a requested Stop", err)
	}
	if b.j.count("stop api") != 1 {
		t.Errorf("hooks = %v", b.j.get())
	}
}

func TestConcurrentStopsAllReturnOneReportsTheResult(t *testing.T) {
	boom := errors.New("boom")
	for range 20 {
		b := newBuilder(t).service(svc{name: "api", stop: func(context.Context) error { return boom }})
		a := b.app()
		if err := a.Start(context.Background()); err != nil {
			t.Fatal(err)
		}
		const callers = 8
		var wg sync.WaitGroup
		var withErr, withNil atomic.Int32
		begin := make(chan struct{})
		for range callers {
			wg.Go(func() {
				<-begin
				switch err := a.Stop(context.Background()); {
				case err == nil:
					withNil.Add(1)
				case errors.Is(err, boom):
					withErr.Add(1)
				default:
					t.Errorf("Stop = %v", err)
				}
			})
		}
		close(begin)
		wg.Wait()
		if withErr.Load() != 1 || withNil.Load() != callers-1 || b.j.count("stop api") != 1 {
			t.Fatalf("%d Stops returned the error, %d nil, stop called %d times; want 1, %d, 1",
				withErr.Load(), withNil.Load(), b.j.count("stop api"), callers-1)
		}
	}
}

func TestStatusAndHandlerDuringStartAndShutdown(t *testing.T) {
	for range 5 {
		b := newBuilder(t)
		b.queue("jobs", 4, "api")
		ch := b.ch("jobs")
		b.worker("pool", "jobs", 2, []string{"db"}, func(ctx context.Context, item int) error { return nil }, time.Second, false)
		b.service(svc{name: "db", stop: stopOK, check: func(context.Context) error { return nil },
			health: &appHealth{interval: time.Millisecond, timeout: time.Second, threshold: 1}})
		b.service(svc{name: "cache", deps: []string{"db"}, stop: stopOK})
		b.service(svc{name: "api", deps: []string{"cache"}, stop: stopOK, run: func(ctx context.Context) error {
			for i := 0; ; i++ {
				select {
				case *ch <- i:
				case <-ctx.Done():
					return nil
				}
			}
		}})
		a := b.app()
		names := []string{"jobs", "pool", "db", "cache", "api"}
		quit := make(chan struct{})
		var wg sync.WaitGroup
		h := a.Handler()
		for range 2 { // more only starves the shutdown on small machines
			wg.Go(func() {
				for !closed(quit) {
					for k, s := range a.Status() {
						if s.Name != names[k] {
							t.Errorf("Status()[%d] = %s, want %s", k, s.Name, names[k])
							return
						}
					}
					for _, path := range []string{"/livez", "/readyz?verbose"} {
						rec := httptest.NewRecorder()
						h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
						if rec.Code != http.StatusOK && rec.Code != http.StatusServiceUnavailable {
							t.Errorf("%s = %d", path, rec.Code)
						}
					}
					_ = a.Err()
					closed(a.Ready())
					closed(a.Done())
				}
			})
		}
		startStop(t, a)
		close(quit)
		wg.Wait()
		w := status(a)["pool"]
		if w.Dropped != 0 || w.Failed != 0 {
			t.Errorf("pool failed %d, dropped %d", w.Failed, w.Dropped)
		}
	}
}
