package faults

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"go.uber.org/goleak"
)

var startups = []string{"parallel", "sequential"}

// checkStops checks, once every goroutine has returned, that each service
// was stopped exactly as often as its constructor succeeded (0 or 1).
func checkStops(t *testing.T, p *Plan) {
	t.Helper()
	goleak.VerifyNone(t)
	for _, name := range []string{"base", "front"} {
		if starts, stops := p.Starts(name), p.Stops(name); starts > 1 || stops != starts {
			t.Errorf("%s: started %d times, stopped %d times", name, starts, stops)
		}
	}
}

// isClosed reports whether ch is closed.
func isClosed(ch <-chan struct{}) bool {
	select {
	case <-ch:
		return true
	default:
		return false
	}
}

// TestConcurrentStartStop races Stop against Start, Stop calls against
// each other, at every offset into the startup. Whatever wins, both
// return, nothing leaks, and every started service is stopped once.
func TestConcurrentStartStop(t *testing.T) {
	for _, startup := range startups {
		for i := range 20 {
			t.Run(fmt.Sprintf("%s/%d", startup, i), func(t *testing.T) {
				p := NewPlan(HookNone, FaultError, late)
				a := newApp(startup, p)
				ctx := context.Background()
				var wg sync.WaitGroup
				var startErr error
				wg.Go(func() { startErr = timed(t, "Start", func() error { return a.start(ctx) }) })
				time.Sleep(time.Duration(i) * 50 * time.Microsecond)
				stopErrs := make([]error, 4)
				for j := range stopErrs {
					wg.Go(func() { stopErrs[j] = timed(t, "Stop", func() error { return a.stop(ctx) }) })
				}
				wg.Wait()
				if startErr == nil && !isClosed(a.done()) {
					// Every Stop ran before Start claimed the app: they
					// did nothing, so the app is up. Stop it now.
					if err := timed(t, "Stop", func() error { return a.stop(ctx) }); err != nil {
						t.Errorf("Stop after a Stop that preceded Start = %v", err)
					}
				}
				if startErr != nil && !isClosed(a.done()) {
					t.Errorf("Start = %v, but Done is open", startErr)
				}
				for _, err := range stopErrs {
					if err != nil {
						t.Errorf("Stop = %v, want nil (requested shutdown, no failing stop)", err)
					}
				}
				checkStops(t, p)
			})
		}
	}
}

// TestManyConcurrentStops calls Stop from many goroutines at once on a
// running app whose front fails to stop: the error is returned once, the
// other calls return nil, and each stop method runs once.
func TestManyConcurrentStops(t *testing.T) {
	for _, startup := range startups {
		t.Run(startup, func(t *testing.T) {
			p := NewPlan(HookStop, FaultError, late)
			a := newApp(startup, p)
			if err := a.start(context.Background()); err != nil {
				t.Fatal(err)
			}
			errs := make([]error, 32)
			var wg sync.WaitGroup
			for i := range errs {
				wg.Go(func() { errs[i] = timed(t, "Stop", func() error { return a.stop(context.Background()) }) })
			}
			wg.Wait()
			failed := 0
			for _, err := range errs {
				if err != nil {
					failed++
					if !errors.Is(err, ErrFault) {
						t.Errorf("Stop = %v, want the stop fault", err)
					}
				}
			}
			if failed != 1 {
				t.Errorf("%d of %d Stop calls returned the stop error, want 1", failed, len(errs))
			}
			checkStops(t, p)
		})
	}
}

// TestProbesDuringLifecycle hammers Status and Handler from several
// goroutines while the app starts, runs and shuts down (run with -race).
// /readyz may only answer 200 while Ready is closed and Done is not.
func TestProbesDuringLifecycle(t *testing.T) {
	for _, startup := range startups {
		t.Run(startup, func(t *testing.T) {
			p := NewPlan(HookNone, FaultError, late)
			a := newApp(startup, p)
			h := a.handler()
			stop := make(chan struct{})
			var wg sync.WaitGroup
			for range 4 {
				wg.Go(func() { hammer(t, a, h, stop) })
			}
			ctx := context.Background()
			if err := a.start(ctx); err != nil {
				t.Error(err)
			}
			sendItems(t, a)
			if err := a.stop(ctx); err != nil {
				t.Error(err)
			}
			close(stop)
			wg.Wait()
			for _, path := range []string{"/livez", "/readyz"} {
				if code := probe(t, h, path, nil); code != http.StatusServiceUnavailable {
					t.Errorf("GET %s after Stop = %d, want 503", path, code)
				}
			}
			checkStops(t, p)
		})
	}
}

// hammer probes the app until stop is closed, pausing a few microseconds
// between rounds so that four hammers do not starve the app's own
// goroutines of the CPU (its timeouts here are 100ms).
func hammer(t *testing.T, a app, h http.Handler, stop <-chan struct{}) {
	for ; !isClosed(stop); time.Sleep(20 * time.Microsecond) {
		if n := len(a.states()); n != 4 {
			t.Errorf("Status has %d entries, want 4", n)
			return
		}
		var body struct {
			Status     string
			Components []struct{ Name, Kind, State, Error string }
		}
		if probe(t, h, "/readyz?verbose", &body) == http.StatusOK {
			if !isClosed(a.ready()) {
				t.Error("/readyz answered 200 before Ready closed")
			}
			if body.Status != "ok" || len(body.Components) != 4 {
				t.Errorf("/readyz?verbose body = %+v", body)
			}
		}
		probe(t, h, "/livez", nil)
	}
}

// probe serves one GET and returns its status code, decoding a JSON body
// into body when it is not nil.
func probe(t *testing.T, h http.Handler, path string, body any) int {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	if rec.Code != http.StatusOK && rec.Code != http.StatusServiceUnavailable {
		t.Errorf("GET %s = %d", path, rec.Code)
	}
	if body != nil {
		if err := json.Unmarshal(rec.Body.Bytes(), body); err != nil {
			t.Errorf("GET %s: %v\n%s", path, err, rec.Body)
		}
	}
	return rec.Code
}

// TestCancelBeforeStart: a Start whose ctx is already cancelled fails at
// once with ctx's error and starts nothing that stays up.
func TestCancelBeforeStart(t *testing.T) {
	for _, startup := range startups {
		t.Run(startup, func(t *testing.T) {
			p := NewPlan(HookNone, FaultError, late)
			a := newApp(startup, p)
			ctx, cancel := context.WithCancel(context.Background())
			cancel()
			err := timed(t, "Start", func() error { return a.start(ctx) })
			if !errors.Is(err, context.Canceled) {
				t.Errorf("Start = %v, want context.Canceled", err)
			}
			if isClosed(a.ready()) || !isClosed(a.done()) {
				t.Error("after a cancelled Start, Ready must stay open and Done be closed")
			}
			if err := a.stop(context.Background()); err != nil {
				t.Errorf("Stop after a failed Start = %v, want nil", err)
			}
			checkStops(t, p)
		})
	}
}

// TestCancelDuringConstructor cancels Start's ctx while front's
// constructor waits on it: Start fails with ctx's error, naming front,
// and base, which had started, is stopped once.
func TestCancelDuringConstructor(t *testing.T) {
	for _, startup := range startups {
		for _, entry := range []string{"start", "run"} {
			t.Run(startup+"/"+entry, func(t *testing.T) {
				p := NewPlan(HookStart, FaultWait, late)
				a := newApp(startup, p)
				ctx, cancel := context.WithCancel(context.Background())
				defer cancel()
				go func() {
					<-p.Entered()
					cancel()
				}()
				f := a.start
				if entry == "run" {
					f = a.run
				}
				err := timed(t, entry, func() error { return f(ctx) })
				if !errors.Is(err, context.Canceled) {
					t.Errorf("%s = %v, want context.Canceled", entry, err)
				}
				if p.Starts("base") != 1 || p.Starts("front") != 0 {
					t.Errorf("starts: base %d, front %d; want 1 and 0", p.Starts("base"), p.Starts("front"))
				}
				checkStops(t, p)
			})
		}
	}
}

// TestCancelAfterReady: Start's ctx only bounds the startup; cancelling it
// later leaves the app up. Run's ctx ends the app, and Run returns nil.
func TestCancelAfterReady(t *testing.T) {
	for _, startup := range startups {
		t.Run(startup+"/start", func(t *testing.T) {
			p := NewPlan(HookNone, FaultError, late)
			a := newApp(startup, p)
			ctx, cancel := context.WithCancel(context.Background())
			if err := a.start(ctx); err != nil {
				t.Fatal(err)
			}
			cancel()
			time.Sleep(20 * time.Millisecond)
			if isClosed(a.done()) {
				t.Error("cancelling Start's ctx after ready shut the app down")
			}
			sendItems(t, a)
			if err := a.stop(context.Background()); err != nil {
				t.Error(err)
			}
			if pr, _, _ := a.worker(); pr != items {
				t.Errorf("processed %d items, want %d", pr, items)
			}
			checkStops(t, p)
		})
		t.Run(startup+"/run", func(t *testing.T) {
			p := NewPlan(HookNone, FaultError, late)
			a := newApp(startup, p)
			ctx, cancel := context.WithCancel(context.Background())
			res := make(chan error, 1)
			go func() { res <- a.run(ctx) }()
			select {
			case <-a.ready():
			case <-time.After(bound):
				t.Fatal("not ready")
			}
			cancel()
			select {
			case err := <-res:
				if err != nil {
					t.Errorf("Run = %v, want nil", err)
				}
			case <-time.After(bound):
				t.Fatal("Run did not return")
			}
			checkStops(t, p)
		})
	}
}

// TestCancelDuringStop cancels Stop's ctx while front's stop waits on its
// own ctx: Stop returns at once with ctx's error, and the shutdown goes on
// in the background to its end (front's stop_timeout), stopping base.
func TestCancelDuringStop(t *testing.T) {
	for _, startup := range startups {
		t.Run(startup, func(t *testing.T) {
			p := NewPlan(HookStop, FaultWait, late)
			a := newApp(startup, p)
			if err := a.start(context.Background()); err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithCancel(context.Background())
			go func() {
				<-p.Entered()
				cancel()
			}()
			err := timed(t, "Stop", func() error { return a.stop(ctx) })
			if !errors.Is(err, context.Canceled) {
				t.Errorf("Stop = %v, want context.Canceled", err)
			}
			checkStops(t, p)
		})
	}
}
