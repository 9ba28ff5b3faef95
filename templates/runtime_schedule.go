package templates

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

// appComponent describes one component. The generated code has one per
// service, queue and worker, in spec order; deps and dependents are
// indices into that order.
type appComponent struct {
	name       string
	kind       string // "service", "queue" or "worker"
	deps       []int  // what must be ready before this one starts
	dependents []int  // what must be stopped before this one stops

	// services
	startTimeout, stopTimeout time.Duration
	service                   appServiceHooks
	health                    *appHealth

	// queues
	queue appQueueHooks

	// workers
	worker          appWorkerHooks
	count           int
	drainTimeout    time.Duration
	shutdownOnError bool
}

// appNode is the runtime state of one component.
type appNode struct {
	word      atomic.Uint64         // state<<60 | nanoseconds since epoch
	err       atomic.Pointer[error] // the last error
	pending   atomic.Int32          // start: deps not ready; stop: dependents not stopped
	hook      atomic.Int32          // appHookIdle, appHookBusy or appHookAbandoned
	deadline  atomic.Int64          // when the busy hook times out (ns since epoch)
	published atomic.Bool           // started: its value is visible, it must be stopped
	finished  atomic.Bool           // done stopping (or nothing to stop)
	settled   atomic.Bool           // the outcome of its stop is recorded
	runFailed atomic.Bool           // its run returned before shutdown: it ends failed

	value    any        // the service's value
	stopMu   sync.Mutex // guards stopErr and the outcome of its stop (see stopped)
	stopErr  error
	startCtx appDeadlineCtx // the ctx of the constructor
	stopCtx  appDeadlineCtx // the ctx of the stop method
	run      *appRun        // services with run
	pool     *appPool       // workers
	monitor  *appMonitor    // services with health
}

// The hook states of a node: a start or stop hook is busy until it
// returns, or until the watchdog abandons it at its deadline.
const (
	appHookIdle int32 = iota
	appHookBusy
	appHookAbandoned
)

const appNoDeadline = 1<<63 - 1

func (n *appNode) load() (state uint64, since int64) {
	w := n.word.Load()
	return w >> 60, int64(w & (1<<60 - 1))
}

func (n *appNode) lastErr() error {
	if p := n.err.Load(); p != nil {
		return *p
	}
	return nil
}

func (n *appNode) setErr(err error) { n.err.Store(&err) }

// start runs the startup: it launches the scheduler goroutines and acts as
// the watchdog until every component is ready or the start has failed.
func (a *App) start(ctx context.Context) error {
	rt := &a.rt
	rt.startCtx, rt.cancelStart = context.WithCancelCause(ctx)
	rt.base = context.WithoutCancel(ctx)
	rt.health, rt.cancelHealth = context.WithCancel(rt.base)
	for i, c := range rt.comps {
		rt.nodes[i].pending.Store(int32(len(c.deps)))
	}
	rt.chains.Add(1)
	if rt.opts.sequential {
		go a.startSequence()
	} else {
		go a.launch(appStartup)
	}
	return a.watchStart(ctx)
}

// startChain starts component i, then keeps going with one component that
// became ready to start, handing any others to new goroutines.
func (a *App) startChain(i int) {
	defer a.rt.chains.Done()
	now := a.rt.now()
	for i >= 0 {
		now, i = a.startNode(i, now)
	}
}

// startSequence starts the components one at a time in topological order.
func (a *App) startSequence() {
	defer a.rt.chains.Done()
	now := a.rt.now()
	for _, i := range a.rt.opts.order {
		var next int
		if now, next = a.startNode(i, now); next == appFailedNode {
			return
		}
	}
}

// appFlow is a direction of the dataflow: startup goes from a component to
// its dependents, shutdown from a component to its dependencies.
type appFlow bool

const (
	appStartup  appFlow = false
	appShutdown appFlow = true
)

// waitsOn lists what component c waits for in direction f.
func (f appFlow) waitsOn(c *appComponent) []int {
	if f == appShutdown {
		return c.dependents
	}
	return c.deps
}

// unblocks lists what may proceed once component c is done in direction f.
func (f appFlow) unblocks(c *appComponent) []int {
	if f == appShutdown {
		return c.deps
	}
	return c.dependents
}

// launch runs direction f from every component that waits for nothing:
// the first on this goroutine, the others on goroutines of their own.
func (a *App) launch(f appFlow) {
	first := -1
	for i, c := range a.rt.comps {
		switch {
		case len(f.waitsOn(c)) > 0:
		case first < 0:
			first = i
		default:
			a.spawn(f, i)
		}
	}
	a.chain(f, first)
}

// spawn runs a chain of direction f from component i on a new goroutine.
func (a *App) spawn(f appFlow, i int) {
	a.rt.chains.Add(1)
	go a.chain(f, i)
}

func (a *App) chain(f appFlow, i int) {
	if f == appShutdown {
		a.stopChain(i)
	} else {
		a.startChain(i)
	}
}

// release counts component i as done in direction f and returns the first
// component that has nothing left to wait for, or -1; any others get
// goroutines of their own.
func (a *App) release(f appFlow, i int) int {
	next := -1
	for _, d := range f.unblocks(a.rt.comps[i]) {
		if a.rt.nodes[d].pending.Add(-1) != 0 {
			continue
		}
		if next < 0 {
			next = d
			continue
		}
		a.spawn(f, d)
	}
	return next
}

// startNode starts component i. It returns the time it finished and, in
// parallel mode, a dependent that became ready to start (or -1), or
// appFailedNode when i did not start.
func (a *App) startNode(i int, now int64) (int64, int) {
	rt, c, n := &a.rt, a.rt.comps[i], &a.rt.nodes[i]
	deadline := int64(appNoDeadline)
	if c.service != nil {
		deadline = now + int64(c.startTimeout)
	}
	a.beginHook(n, deadline)
	if rt.aborting.Load() {
		a.endHook(n)
		return now, appFailedNode
	}
	a.enter(i, appStarting, now, nil)
	v, err := a.construct(i, deadline)
	if !n.hook.CompareAndSwap(appHookBusy, appHookIdle) {
		a.stopLate(i, v, err) // abandoned by the watchdog
		return now, appFailedNode
	}
	// The hook still counts as in flight until the value is published, its
	// run loop and monitor launched and its dependents released: a failed
	// Start waits for that before it stops what started, so nothing is
	// missed and no startup bookkeeping overlaps the shutdown's.
	defer a.leaveHook()
	now = rt.now()
	if err != nil {
		a.enter(i, appFailed, now, err)
		a.fail(fmt.Errorf("%s %q: start: %w", c.kind, c.name, err))
		return now, appFailedNode
	}
	a.ready(i, v, now)
	if rt.opts.sequential {
		return now, -1
	}
	return now, a.release(appStartup, i)
}

// appFailedNode is what startNode returns instead of the next component
// when the component did not start.
const appFailedNode = -2

// construct calls the constructor of a service (or launches the goroutines
// of a worker) with the start ctx bounded by deadline.
func (a *App) construct(i int, deadline int64) (v any, err error) {
	c, n := a.rt.comps[i], &a.rt.nodes[i]
	switch {
	case c.service != nil:
		n.startCtx.reset(&a.rt, a.rt.startCtx, deadline)
		defer n.startCtx.finish()
		defer appCatch(&err)
		return c.service.construct(&a.w, &n.startCtx)
	case c.worker != nil:
		a.startWorkers(i)
	}
	return nil, nil
}

// ready publishes the value of component i and starts its run loop and
// health monitor.
func (a *App) ready(i int, v any, now int64) {
	c, n := a.rt.comps[i], &a.rt.nodes[i]
	if c.service != nil {
		n.value = v
		c.service.publish(&a.w, v)
	}
	n.published.Store(true)
	a.enter(i, appRunning, now, nil)
	if c.service != nil && c.service.hasRun() {
		a.launchRun(i)
	}
	if c.health != nil {
		a.launchMonitor(i)
	}
	if a.rt.readyCount.Add(1) == int32(len(a.rt.comps)) {
		a.nudge()
	}
}

// stopLate stops the value of a constructor that returned after Start
// stopped waiting for it, so that it is not leaked.
func (a *App) stopLate(i int, v any, err error) {
	c := a.rt.comps[i]
	if err != nil || c.service == nil || !c.service.hasStop() {
		return
	}
	ctx, cancel := context.WithTimeout(context.WithoutCancel(a.rt.startCtx), c.stopTimeout)
	defer cancel()
	if err := appCall(func() error { return c.service.callStop(v, ctx) }); err != nil {
		a.logError(i, "stop of a late value failed", err)
	}
}

// beginHook marks a start or stop hook of n busy until deadline. The
// watchdog needs no wake-up for it: it checks at least every shortest
// timeout of the phase (see expireHooks).
func (a *App) beginHook(n *appNode, deadline int64) {
	n.deadline.Store(deadline)
	a.rt.inflight.Add(1)
	n.hook.Store(appHookBusy)
}

// endHook marks the hook of n finished. It reports false when the
// watchdog has abandoned the hook, which then owns the node.
func (a *App) endHook(n *appNode) bool {
	if !n.hook.CompareAndSwap(appHookBusy, appHookIdle) {
		return false
	}
	a.leaveHook()
	return true
}

// leaveHook counts a hook that was not abandoned as no longer in flight.
func (a *App) leaveHook() {
	if a.rt.inflight.Add(-1) == 0 && a.rt.aborting.Load() {
		a.nudge()
	}
}

// nudge wakes the watchdog.
func (a *App) nudge() {
	select {
	case a.rt.wake <- struct{}{}:
	default:
	}
}

// expireHooks abandons every busy hook whose deadline has passed, calling
// expired for each, and re-arms timer for the earliest deadline there can
// be: that of a busy hook, or now plus least, the shortest timeout of the
// phase, for a hook that has yet to begin.
func (a *App) expireHooks(timer *time.Timer, least time.Duration, expired func(i int)) {
	rt := &a.rt
	now := rt.now()
	next := now + int64(least)
	for i := range rt.nodes {
		n := &rt.nodes[i]
		if n.hook.Load() != appHookBusy {
			continue
		}
		if d := n.deadline.Load(); d > now {
			next = min(next, d)
		} else if n.hook.CompareAndSwap(appHookBusy, appHookAbandoned) {
			rt.inflight.Add(-1)
			expired(i)
		}
	}
	timer.Reset(time.Duration(next - now))
}

// appLeast returns the shortest of the timeouts pick returns (0 means
// none), or an hour.
func appLeast(comps []*appComponent, pick func(c *appComponent) time.Duration) time.Duration {
	least := time.Hour
	for _, c := range comps {
		if d := pick(c); d > 0 {
			least = min(least, d)
		}
	}
	return least
}

// watchStart waits for the startup to finish. It owns the decision
// between success (close Ready) and failure (stop what started).
func (a *App) watchStart(ctx context.Context) error {
	rt := &a.rt
	least := appLeast(rt.comps, func(c *appComponent) time.Duration { return c.startTimeout })
	timer := time.NewTimer(least)
	defer timer.Stop()
	for {
		// A ctx that ended (even before Start) fails the start, however
		// fast the constructors were.
		if rt.readyCount.Load() == int32(len(rt.comps)) && ctx.Err() == nil && a.finishStart() {
			return nil
		}
		select {
		case <-rt.wake:
		case <-timer.C:
			a.expireHooks(timer, least, a.startExpired)
		case <-rt.done:
			return a.abortStart(timer, least)
		case <-ctx.Done():
			a.fail(fmt.Errorf("lifegen: start: %w", context.Cause(ctx)))
			return a.abortStart(timer, least)
		}
	}
}

// finishStart closes Ready unless a shutdown has already begun.
func (a *App) finishStart() bool {
	rt := &a.rt
	rt.mu.Lock()
	defer rt.mu.Unlock()
	if rt.begun {
		return false
	}
	rt.phase = appUp
	close(rt.ready)
	return true
}

// startExpired fails a constructor that missed its start_timeout.
func (a *App) startExpired(i int) {
	c := a.rt.comps[i]
	err := fmt.Errorf("did not start within %v: %w", c.startTimeout, context.DeadlineExceeded)
	a.enter(i, appFailed, a.rt.now(), err)
	a.fail(fmt.Errorf("%s %q: start: %w", c.kind, c.name, err))
}

// abortStart winds a failed startup down: no new constructor starts, the
// ones in flight are cancelled and waited for (up to their deadlines),
// then everything that did start is stopped.
func (a *App) abortStart(timer *time.Timer, least time.Duration) error {
	rt := &a.rt
	rt.aborting.Store(true)
	rt.cancelStart(appErrAborted)
	for rt.inflight.Load() > 0 {
		select {
		case <-rt.wake:
		case <-timer.C:
			a.expireHooks(timer, least, a.startExpired)
		}
	}
	rt.mu.Lock()
	rt.phase = appUp
	rt.stopCalled = true // Start reports the outcome; a later Stop has nothing to add
	cause, deadline := rt.cause, rt.shutdownAt
	rt.mu.Unlock()
	// The rollback gets a whole ShutdownTimeout from now: waiting for the
	// constructors in flight must not eat into it.
	if d := time.Now().Add(a.shutdownTimeout()); d.After(deadline) {
		deadline = d
	}
	a.shutdown(deadline)
	if cause == nil {
		return errors.Join(appErrStopDuringStart, rt.result)
	}
	return rt.result
}

// appError is an error of the runtime itself. Its values are constants,
// so that they cannot be reassigned and errors.Is matches them.
type appError string

func (e appError) Error() string { return string(e) }

const (
	appErrAborted         appError = "lifegen: start aborted"
	appErrStopDuringStart appError = "lifegen: Stop was called during Start"
)

// fail begins a shutdown because of err.
func (a *App) fail(err error) {
	a.beginShutdown(err, time.Now().Add(a.shutdownTimeout()))
}

// beginShutdown records why the shutdown began and starts it, once. While
// Start runs, Start's watchdog performs it instead.
func (a *App) beginShutdown(cause error, deadline time.Time) {
	rt := &a.rt
	rt.mu.Lock()
	if rt.begun {
		rt.mu.Unlock()
		return
	}
	rt.begun, rt.cause, rt.shutdownAt = true, cause, deadline
	close(rt.done)
	booting := rt.phase == appBooting
	rt.mu.Unlock()
	if !booting {
		go a.shutdown(deadline)
	}
}
