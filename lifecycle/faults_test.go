package lifecycle

// The fault matrix: every hook (start, run, stop, check, handler) fails
// in every way (error, panic, block ignoring its ctx, return late,
// runtime.Goexit), in parallel and sequential startup, through Start and
// Stop or through Run. Each cell checks what docs/semantics.md promises: the
// cause is named and wrapped, every started service is stopped exactly
// once, the worker accounts for every item, and once the blocked hooks
// are released no goroutine is left.

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"go.uber.org/goleak"
)

const (
	faultLate  = 150 * time.Millisecond // far past every hook timeout below, well within the shutdown's
	faultItems = 8
)

var errFault = errors.New("injected fault")

// plan injects one fault into one hook of faultApp. Hooks that run after
// Start (run, check, handler) fault only once fire is closed; a faulty
// handler waits for it.
type plan struct {
	hook, fault string
	fire        chan struct{}
	release     chan struct{} // ends a "block" fault
	calls       tally
}

// do is the fault: it returns errFault, panics with it, blocks until
// release ignoring ctx, returns late, or calls runtime.Goexit.
func (p *plan) do() error {
	switch p.fault {
	case "error":
		return errFault
	case "panic":
		panic(errFault)
	case "block":
		<-p.release
	case "late":
		time.Sleep(faultLate)
	case "goexit":
		runtime.Goexit()
	}
	return nil
}

func (p *plan) fired() bool { return isClosed(p.fire) }

// short is d where a blocked or late hook must outlast it, and bound
// everywhere else, so that a slow machine cannot time out a hook that
// returns at once.
func (p *plan) short(d time.Duration, hooks ...string) time.Duration {
	if slices.Contains(hooks, p.hook) && (p.fault == "block" || p.fault == "late") {
		return d
	}
	return bound
}

// faultApp is base (health check) ← worker work ← queue items ← front
// (run loop), front also needing base.
func faultApp(p *plan, seq bool, ch chan int) *App {
	base := Component{Name: "base", Kind: KindService, StartTimeout: bound, StopTimeout: bound,
		Health: &Health{Interval: time.Millisecond, Timeout: p.short(5*time.Millisecond, "check"), Threshold: 2, OnFailure: PolicyShutdown},
		Start: func(context.Context) (Hooks, error) {
			p.calls.add("start base")
			return Hooks{Value: "base", Stop: func() { p.calls.add("stop base") }, Check: func() error {
				if p.hook == "check" && p.fired() {
					return p.do()
				}
				return nil
			}}, nil
		}}
	work := Component{Name: "work", Kind: KindWorker, Needs: []string{"base"}, Count: 2, DrainTimeout: p.short(10*time.Millisecond, "handler"), OnError: PolicyShutdown,
		Start: func(context.Context) (Hooks, error) {
			return Hooks{Consume: Consume(ch, func(context.Context, int) error {
				if p.hook == "handler" {
					<-p.fire // the items wait for the fault
					return p.do()
				}
				return nil
			})}, nil
		}}
	front := Component{Name: "front", Kind: KindService, Needs: []string{"base", "items"},
		StartTimeout: p.short(20*time.Millisecond, "start"), StopTimeout: p.short(20*time.Millisecond, "run", "stop"),
		Start: func(context.Context) (Hooks, error) {
			p.calls.add("start front")
			if p.hook == "start" {
				if err := p.do(); err != nil {
					return Hooks{}, err
				}
			}
			return Hooks{Value: "front", Run: p.run, Stop: func() error {
				p.calls.add("stop front")
				if p.hook == "stop" {
					return p.do()
				}
				return nil
			}}, nil
		}}
	return New(Spec{Sequential: seq, ShutdownTimeout: p.short(400*time.Millisecond, "handler"), Components: []Component{
		base, {Name: "items", Kind: KindQueue, Needs: []string{"work"}, Queue: Chan(ch)}, work, front}})
}

// run is front's run loop: it faults when fired (error, panic, Goexit) or,
// for block and late, when asked to end.
func (p *plan) run(ctx context.Context) error {
	if p.hook != "run" {
		<-ctx.Done()
		return nil
	}
	select {
	case <-p.fire:
		if p.fault == "block" || p.fault == "late" {
			<-ctx.Done()
		}
	case <-ctx.Done():
	}
	return p.do()
}

// cell is one entry of the matrix.
type cell struct {
	hook, fault string
	seq, run    bool
}

func (c cell) String() string {
	mode, entry := "parallel", "start-stop"
	if c.seq {
		mode = "sequential"
	}
	if c.run {
		entry = "run"
	}
	return fmt.Sprintf("%s/%s/%s/%s", c.hook, c.fault, mode, entry)
}

// component is how errors name the component whose hook faults.
func (c cell) component() string {
	switch c.hook {
	case "check":
		return `service "base"`
	case "handler":
		return `worker "work"`
	}
	return `service "front"`
}

// failsApp reports whether the fault, after a successful start, makes
// the app shut itself down (its cause is Err()).
func (c cell) failsApp() bool {
	switch c.hook {
	case "run", "handler":
		return c.fault == "error" || c.fault == "panic" || c.fault == "goexit"
	case "check":
		return true // a blocked or late check times out: a failure too
	}
	return false
}

// checkCause checks that err names the cell's component and carries the
// fault.
func (c cell) checkCause(t *testing.T, what string, err error) {
	t.Helper()
	switch c.fault {
	case "error":
		wantErr(t, what, err, errFault, c.component())
	case "panic":
		wantErr(t, what, err, errFault, c.component(), "panic: ")
	case "goexit":
		wantErr(t, what, err, nil, c.component(), "Goexit")
	default:
		wantErr(t, what, err, context.DeadlineExceeded, c.component())
	}
}

func TestFaultMatrix(t *testing.T) {
	for _, hook := range []string{"start", "run", "stop", "check", "handler"} {
		for _, fault := range []string{"error", "panic", "block", "late", "goexit"} {
			for _, seq := range []bool{false, true} {
				for _, run := range []bool{false, true} {
					c := cell{hook, fault, seq, run}
					t.Run(c.String(), func(t *testing.T) { runCell(t, c) })
				}
			}
		}
	}
}

func runCell(t *testing.T, c cell) {
	p := &plan{hook: c.hook, fault: c.fault, fire: make(chan struct{}), release: make(chan struct{})}
	ch := make(chan int, faultItems)
	a := faultApp(p, c.seq, ch)
	var once sync.Once
	release := func() { once.Do(func() { close(p.release) }) }
	defer release()
	var startErr, endErr error
	if c.run {
		startErr, endErr = driveRun(t, c, a, p, ch)
	} else {
		startErr = within(t, "Start", func() error { return a.Start(context.Background(), Config{Logger: quiet}) })
		if startErr == nil {
			provoke(t, c, a, p, ch)
			endErr = stop(t, a)
		}
	}
	checkEnd(t, c, a, startErr, endErr)
	release()
	checkStops(t, c, p, endErr)
	sent := 0
	if startErr == nil {
		sent = faultItems
	}
	eventually(t, "every item accounted for", func() bool {
		s := statusOf(a, "work")
		return s.Processed+s.Failed+s.Dropped == sent
	})
	goleak.VerifyNone(t)
}

// driveRun runs the app, provokes the fault once it is ready, and ends
// Run's ctx.
func driveRun(t *testing.T, c cell, a *App, p *plan, ch chan int) (startErr, endErr error) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	res := make(chan error, 1)
	go func() { res <- a.Run(ctx, Config{Logger: quiet}) }()
	select {
	case <-a.Ready():
	case err := <-res:
		return err, nil
	case <-time.After(bound):
		t.Fatal("Run neither ready nor returned")
	}
	provoke(t, c, a, p, ch)
	cancel()
	select {
	case err := <-res:
		return nil, err
	case <-time.After(bound):
		t.Fatal("Run did not return after its ctx ended")
	}
	return nil, nil
}

// provoke sends the items (before anything can stop the worker) and
// fires the fault; when the fault makes the app fail, it waits for the
// shutdown and checks its cause.
func provoke(t *testing.T, c cell, a *App, p *plan, ch chan int) {
	t.Helper()
	for i := range faultItems {
		ch <- i
	}
	close(p.fire)
	if c.failsApp() {
		wait(t, "the fault's shutdown", a.Done())
		c.checkCause(t, "Err()", a.Err())
	}
}

// checkEnd checks what Start and Stop (or Run) returned, and the states
// left.
func checkEnd(t *testing.T, c cell, a *App, startErr, endErr error) {
	t.Helper()
	switch {
	case c.hook == "start":
		c.checkCause(t, "Start", startErr)
		if isClosed(a.Ready()) {
			t.Error("Ready closed after a failed start")
		}
	case startErr != nil:
		t.Fatalf("Start = %v; the fault is in %s", startErr, c.hook)
	case c.hook == "handler" && c.fault == "late":
		d := statusOf(a, "work").Dropped
		if (d > 0) != errors.Is(endErr, ErrDropped) || (d == 0 && endErr != nil) {
			t.Errorf("end = %v with %d dropped", endErr, d)
		}
	default:
		c.checkCause(t, "end", endErr)
		if c.failsApp() && !errors.Is(endErr, a.Err()) {
			t.Errorf("end = %v, does not wrap the cause %v", endErr, a.Err())
		}
	}
	if !c.failsApp() && startErr == nil && a.Err() != nil {
		t.Errorf("Err() = %v, want nil: the shutdown was requested", a.Err())
	}
	for _, s := range a.Status() {
		if s.State != Stopped && s.State != Failed && s.State != Pending {
			t.Errorf("%s is %s after the app ended", s.Name, s.State)
		}
	}
}

// checkStops checks, once the blocked hooks are released, that each
// service was stopped once for each start that succeeded.
func checkStops(t *testing.T, c cell, p *plan, endErr error) {
	t.Helper()
	front := 1
	if c.hook == "start" && (c.fault == "error" || c.fault == "panic" || c.fault == "goexit") {
		front = 0 // never started
	}
	// A constructor that blocked or came late is stopped when its value
	// arrives, after Start gave up on it.
	eventually(t, "front stopped", func() bool { return p.calls.count("stop front") >= front })
	if got := p.calls.count("stop front"); got != front {
		t.Errorf("front stopped %d times, want %d", got, front)
	}
	got := p.calls.count("stop base")
	if c.hook == "handler" && c.fault == "block" && got == 0 {
		// The blocked handlers hold the worker to the shutdown's
		// deadline, and base stops after it: it may not be reached.
		if !strings.Contains(fmt.Sprint(endErr), `service "base": stop: did not stop before the shutdown deadline`) {
			t.Errorf("base was not stopped, and the error does not say so: %v", endErr)
		}
		return
	}
	if got != 1 {
		t.Errorf("base stopped %d times, want 1", got)
	}
}

// TestFaultMatrixRestart is the matrix's restart row: front restarts
// when its first run loop fails, its second constructor faults in each
// way, and the third start succeeds. The app keeps running, the failed
// restart counts and is retried, and every value constructed, late ones
// included, is stopped once.
func TestFaultMatrixRestart(t *testing.T) {
	for _, fault := range []string{"error", "panic", "block", "late", "goexit"} {
		for _, seq := range []bool{false, true} {
			for _, run := range []bool{false, true} {
				c := cell{"restart", fault, seq, run}
				t.Run(c.String(), func(t *testing.T) { runRestartCell(t, c) })
			}
		}
	}
}

// restartFaultApp is base ← front, front restarting on exit.
func restartFaultApp(p *plan, seq bool) *App {
	var starts sync.Mutex
	n := 0
	front := Component{Name: "front", Kind: KindService, Needs: []string{"base"}, OnExit: PolicyRestart,
		StartTimeout: 20 * time.Millisecond, StopTimeout: 20 * time.Millisecond,
		Restart: &RestartLimits{Max: 5, Within: time.Hour, Backoff: 100 * time.Microsecond},
		Start: func(context.Context) (Hooks, error) {
			starts.Lock()
			n++
			i := n
			starts.Unlock()
			p.calls.add(fmt.Sprint("start front#", i))
			if i == 2 {
				if err := p.do(); err != nil {
					return Hooks{}, err
				}
			}
			return Hooks{Value: i, Stop: func() { p.calls.add(fmt.Sprint("stop front#", i)) },
				Run: func(ctx context.Context) error {
					if i == 1 {
						select {
						case <-p.fire:
							return errFault
						case <-ctx.Done():
							return nil
						}
					}
					<-ctx.Done()
					return nil
				}}, nil
		}}
	return New(Spec{Sequential: seq, ShutdownTimeout: bound, Components: []Component{
		{Name: "base", Kind: KindService, Start: func(context.Context) (Hooks, error) {
			return Hooks{Stop: func() { p.calls.add("stop base") }}, nil
		}}, front}})
}

func runRestartCell(t *testing.T, c cell) {
	p := &plan{hook: c.hook, fault: c.fault, fire: make(chan struct{}), release: make(chan struct{})}
	a := restartFaultApp(p, c.seq)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	res := make(chan error, 1)
	if c.run {
		go func() { res <- a.Run(ctx, Config{Logger: quiet}) }()
		wait(t, "Ready", a.Ready())
	} else {
		start(t, a, Config{})
	}
	close(p.fire)
	// On a slow machine a healthy start may miss its 20ms too: that is
	// one more failure, retried like the others.
	eventually(t, "front#3 running", func() bool { n, _ := a.Value(1).(int); return n >= 3 && stateOf(a, "front") == Running })
	var err error
	if c.run {
		cancel()
		err = within(t, "Run", func() error { return <-res })
	} else {
		err = stop(t, a)
	}
	if err != nil || a.Err() != nil {
		t.Fatalf("end = %v, Err() = %v; want nil: the failures were restarted", err, a.Err())
	}
	started := len(p.calls.with("start front"))
	if r := statusOf(a, "front").Restarts; r != started-1 {
		t.Errorf("front restarted %d times in %d starts (the failed restart counts)", r, started)
	}
	close(p.release)
	second := 0
	if c.fault == "block" || c.fault == "late" {
		second = 1 // its value arrived after the start gave up on it
	}
	eventually(t, "late values stopped", func() bool { return p.calls.count("stop front#2") == second })
	for i := 1; i <= started; i++ {
		id := fmt.Sprint("front#", i)
		if i == 2 {
			continue
		}
		eventually(t, id+" stopped", func() bool { return p.calls.count("stop "+id) >= 1 })
		if got := p.calls.count("stop " + id); got != 1 {
			t.Errorf("%s stopped %d times, want 1; calls %v", id, got, p.calls.list())
		}
	}
	if got := p.calls.count("stop base"); got != 1 {
		t.Errorf("base stopped %d times, want 1", got)
	}
	goleak.VerifyNone(t)
}
