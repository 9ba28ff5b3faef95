package faults

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/lifegen/lifegen/lifecycle"
	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

// bound is how long any Start, Stop or Run may take in the matrix: far
// above the spec's timeouts (at most 600ms), so only a hang trips it.
const bound = 5 * time.Second

// late is how long a FaultLate hook sleeps: past every start_timeout,
// stop_timeout, health timeout and drain_timeout of the specs, within
// their shutdown_timeout.
const late = 200 * time.Millisecond

// items is how many items each cell sends to queue "items" once started
// (fewer than its capacity, so that sends never block).
const items = 8

// quiet drops the apps' logs: the matrix checks errors, not log lines.
var quiet = slog.New(slog.DiscardHandler)

// app is what the matrix needs of Faults and FaultsSeq.
type app struct {
	start, stop, run func(context.Context) error
	ready, done      func() <-chan struct{}
	err              func() error
	send             func(Item)
	states           func() map[string]string
	worker           func() (processed, failed, dropped int)
	handler          func() http.Handler
}

func newApp(startup string, p *Plan) app {
	if startup == "sequential" {
		a := NewFaultsSeq(p)
		a.Logger = quiet
		return app{
			start: a.Start, stop: a.Stop, run: a.Run, ready: a.Ready, done: a.Done, err: a.Err,
			handler: a.Handler,
			send:    func(i Item) { a.Items() <- i },
			states: func() map[string]string {
				m := map[string]string{}
				for _, s := range a.Status() {
					m[s.Name] = string(s.State)
				}
				return m
			},
			worker: func() (int, int, int) {
				s := a.Status()[2]
				return s.Processed, s.Failed, s.Dropped
			},
		}
	}
	a := NewFaults(p)
	a.Logger = quiet
	return app{
		start: a.Start, stop: a.Stop, run: a.Run, ready: a.Ready, done: a.Done, err: a.Err,
		handler: a.Handler,
		send:    func(i Item) { a.Items() <- i },
		states: func() map[string]string {
			m := map[string]string{}
			for _, s := range a.Status() {
				m[s.Name] = string(s.State)
			}
			return m
		},
		worker: func() (int, int, int) {
			s := a.Status()[2]
			return s.Processed, s.Failed, s.Dropped
		},
	}
}

// cell is one entry of the fault matrix.
type cell struct {
	startup string // "parallel" or "sequential"
	entry   string // "start-stop" (Start then Stop) or "run" (Run, then cancel its ctx)
	hook    Hook
	fault   Fault
}

// component is the component the planned hook belongs to, as errors name it.
func (c cell) component() string {
	switch c.hook {
	case HookCheck:
		return `service "base"`
	case HookHandler:
		return `worker "work"`
	}
	return `service "front"`
}

// failsApp reports whether the fault makes the app shut itself down
// after a successful start (Err() is the cause).
func (c cell) failsApp() bool {
	switch c.hook {
	case HookRun, HookHandler:
		return c.fault == FaultError || c.fault == FaultPanic
	case HookCheck:
		return true // a blocked or late check times out: a failure too
	}
	return false
}

// quiet reports whether the fault causes no failure: a handler that
// returns late still returns, within the shutdown, though what its drain
// could not reach is dropped (and Stop says so).
func (c cell) quiet() bool { return c.hook == HookHandler && c.fault == FaultLate }

// wantStops is how often the stop of base and front must have been
// called once everything has returned.
func (c cell) wantStops() (base, front int) {
	switch {
	case c.hook == HookStart && (c.fault == FaultError || c.fault == FaultPanic):
		return 1, 0 // front never started
	case c.hook == HookHandler && c.fault == FaultBlock:
		// The blocked handlers hold the worker up to the shutdown
		// deadline, and base stops after the worker: whether its stop
		// is still called then depends on who sees the deadline first.
		// If not, the error reports base as not stopped (the
		// deadline bounds the whole shutdown). -1: 0 or 1.
		return -1, 1
	}
	// Includes a constructor that blocked or returned late: its value
	// arrives after Start gave up on it, and is stopped.
	return 1, 1
}

// checkCause checks that err names the cell's component and wraps the
// cause of its fault.
func (c cell) checkCause(t *testing.T, what string, err error) {
	t.Helper()
	if err == nil {
		t.Errorf("%s = nil, want an error from %s", what, c.component())
		return
	}
	if !strings.Contains(err.Error(), c.component()) {
		t.Errorf("%s = %q, does not name %s", what, err, c.component())
	}
	switch c.fault {
	case FaultError:
		if !errors.Is(err, ErrFault) {
			t.Errorf("%s = %q, does not wrap ErrFault", what, err)
		}
	case FaultPanic:
		if !strings.Contains(err.Error(), PanicValue(c.hook)) {
			t.Errorf("%s = %q, does not carry the panic value %q", what, err, PanicValue(c.hook))
		}
	case FaultBlock, FaultLate:
		if !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("%s = %q, does not wrap context.DeadlineExceeded", what, err)
		}
	}
}

func matrix() []cell {
	var cells []cell
	for _, startup := range []string{"parallel", "sequential"} {
		for _, entry := range []string{"start-stop", "run"} {
			for _, hook := range []Hook{HookStart, HookRun, HookStop, HookCheck, HookHandler} {
				for _, fault := range []Fault{FaultError, FaultPanic, FaultBlock, FaultLate} {
					cells = append(cells, cell{startup, entry, hook, fault})
				}
			}
		}
	}
	return cells
}

// TestFaultMatrix runs every cell: hook × fault × startup × entry point.
//
//	go test -race -count=50 -run Fault ./golden/faults
func TestFaultMatrix(t *testing.T) {
	for _, c := range matrix() {
		t.Run(fmt.Sprintf("%s/%s/%s/%s", c.startup, c.entry, c.hook, c.fault), func(t *testing.T) {
			runCell(t, c)
		})
	}
}

// TestFaultFree is the matrix's control: no fault, no error, every stop once.
func TestFaultFree(t *testing.T) {
	for _, startup := range []string{"parallel", "sequential"} {
		t.Run(startup, func(t *testing.T) {
			p := NewPlan(HookNone, FaultError, late)
			a := newApp(startup, p)
			ctx := context.Background()
			if err := timed(t, "Start", func() error { return a.start(ctx) }); err != nil {
				t.Fatal(err)
			}
			sendItems(t, a)
			p.Fire()
			if err := timed(t, "Stop", func() error { return a.stop(ctx) }); err != nil {
				t.Fatal(err)
			}
			if pr, f, d := a.worker(); pr != items || f+d != 0 {
				t.Errorf("worker: processed %d, failed %d, dropped %d; want all %d processed", pr, f, d, items)
			}
			if p.Stops("base") != 1 || p.Stops("front") != 1 {
				t.Errorf("stops: base %d, front %d; want 1 each", p.Stops("base"), p.Stops("front"))
			}
		})
	}
}

func runCell(t *testing.T, c cell) {
	p := NewPlan(c.hook, c.fault, late)
	a := newApp(c.startup, p)
	ctx, cancel := context.WithTimeout(context.Background(), 2*bound)
	defer cancel()
	var started bool
	var startErr, endErr error
	if c.entry == "start-stop" {
		startErr = timed(t, "Start", func() error { return a.start(ctx) })
		if started = startErr == nil; started {
			cause := provoke(t, c, a, p)
			endErr = timed(t, "Stop", func() error { return a.stop(ctx) })
			if cause != nil && !errors.Is(endErr, cause) {
				t.Errorf("Stop = %v, does not wrap the cause %v", endErr, cause)
			}
		}
	} else {
		started, startErr, endErr = runApp(t, c, a, p, ctx)
	}
	checkAfterStop(t, c, a, started, startErr, endErr)
	// Blocked hooks return now; then nothing of the app may be left.
	p.Release()
	goleak.VerifyNone(t)
	checkAccounting(t, c, a, p, started, endErr)
}

// runApp drives the app with Run: it waits for ready (or the failed
// start), provokes the fault, then cancels Run's ctx.
func runApp(t *testing.T, c cell, a app, p *Plan, ctx context.Context) (started bool, startErr, endErr error) {
	runCtx, stop := context.WithCancel(ctx)
	defer stop()
	res := make(chan error, 1)
	begin := time.Now()
	go func() { res <- a.run(runCtx) }()
	select {
	case <-a.ready():
		started = true
	case err := <-res:
		return false, err, nil
	case <-time.After(bound):
		t.Fatalf("Run neither ready nor returned after %v", bound)
	}
	cause := provoke(t, c, a, p)
	stop()
	select {
	case endErr = <-res:
	case <-time.After(bound):
		t.Fatalf("Run did not return %v after its ctx was cancelled", bound)
	}
	if cause != nil && !errors.Is(endErr, cause) {
		t.Errorf("Run = %v, does not wrap the cause %v", endErr, cause)
	}
	t.Logf("Run returned after %v", time.Since(begin))
	return started, nil, endErr
}

// provoke sends the items and fires the fault of a started app. When the
// fault makes the app fail it waits for the shutdown it begins, checks
// Err and returns it.
func provoke(t *testing.T, c cell, a app, p *Plan) error {
	t.Helper()
	sendItems(t, a)
	p.Fire()
	if !c.failsApp() {
		return nil
	}
	select {
	case <-a.done():
	case <-time.After(bound):
		t.Fatalf("the %s fault did not shut the app down within %v", c.hook, bound)
	}
	cause := a.err()
	c.checkCause(t, "Err()", cause)
	return cause
}

func sendItems(t *testing.T, a app) {
	t.Helper()
	for i := range items {
		a.send(Item(i)) // the queue has room for all
	}
}

// checkAfterStop checks the errors of Start and of Stop (or Run), and that
// no component is left half-way.
func checkAfterStop(t *testing.T, c cell, a app, started bool, startErr, endErr error) {
	t.Helper()
	switch {
	case c.hook == HookStart:
		if started {
			t.Fatal("Start succeeded despite the fault in front's constructor")
		}
		c.checkCause(t, "Start", startErr)
		select {
		case <-a.ready():
			t.Error("Ready closed after a failed start")
		default:
		}
	case !started:
		t.Fatalf("Start = %v, want nil (the fault is in %s)", startErr, c.hook)
	case c.quiet():
		if _, _, dropped := a.worker(); (dropped > 0) != errors.Is(endErr, lifecycle.ErrDropped) ||
			(dropped == 0 && endErr != nil) {
			t.Errorf("end = %v with %d items dropped; want nil, or lifecycle.ErrDropped when items were dropped", endErr, dropped)
		}
	default:
		c.checkCause(t, "end", endErr)
	}
	if !c.failsApp() && started && a.err() != nil {
		t.Errorf("Err() = %v, want nil: the shutdown was requested", a.err())
	}
	for name, state := range a.states() {
		if state != "stopped" && state != "failed" && state != "pending" {
			t.Errorf("%s is %s after the app ended", name, state)
		}
	}
}

// checkAccounting checks, once every goroutine has returned, that each stop
// was called as often as docs/semantics.md says (once per successful
// start) and that the worker accounted for
// every item.
func checkAccounting(t *testing.T, c cell, a app, p *Plan, started bool, endErr error) {
	t.Helper()
	base, front := c.wantStops()
	switch got := p.Stops("base"); {
	case base < 0 && got == 0:
		if !strings.Contains(fmt.Sprint(endErr), `service "base": stop: did not stop before the shutdown deadline`) {
			t.Errorf("base was not stopped, and the error does not say so: %v", endErr)
		}
	case base < 0 && got == 1:
	case got != base:
		t.Errorf("base stopped %d times, want %d", got, base)
	}
	if got := p.Stops("front"); got != front {
		t.Errorf("front stopped %d times, want %d", got, front)
	}
	sent := 0
	if started {
		sent = items
	}
	if pr, f, d := a.worker(); pr+f+d != sent {
		t.Errorf("worker: processed %d + failed %d + dropped %d != %d sent", pr, f, d, sent)
	}
}

// errHung is what timed returns for a call that did not return in time.
var errHung = errors.New("did not return in time")

// timed calls f and fails the test if it takes longer than bound. It may
// be called from any goroutine.
func timed(t *testing.T, what string, f func() error) error {
	t.Helper()
	res := make(chan error, 1)
	go func() { res <- f() }()
	select {
	case err := <-res:
		return err
	case <-time.After(bound):
		t.Errorf("%s did not return within %v", what, bound)
		return errHung
	}
}
