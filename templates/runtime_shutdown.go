package templates

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
)

// shutdown stops the app: health monitors first, then every component
// after all its dependents, independent branches in parallel, everything
// bounded by deadline. It records the result and closes finished.
func (a *App) shutdown(deadline time.Time) {
	rt := &a.rt
	rt.stopBase, rt.cancelBase = context.WithDeadline(rt.base, deadline)
	rt.stopBy = int64(deadline.Sub(rt.epoch))
	defer rt.cancelBase()
	a.stopMonitors()
	for i, c := range rt.comps {
		rt.nodes[i].pending.Store(int32(len(c.dependents)))
	}
	rt.chains.Add(1)
	go a.launch(appShutdown)
	a.watchStop()
	rt.result = errors.Join(rt.cause, a.stopErrors())
	close(rt.finished)
}

// stopChain stops component i, then keeps going with one component whose
// dependents have all stopped, handing any others to new goroutines.
func (a *App) stopChain(i int) {
	defer a.rt.chains.Done()
	now := a.rt.now()
	for ; i >= 0 && !a.rt.expired.Load(); i = a.nextToStop(i) {
		var ok bool
		if now, ok = a.stopNode(i, now); !ok {
			return
		}
	}
}

// nextToStop counts component i as stopped and returns the first of its
// dependencies that has nothing left to wait for, or -1.
func (a *App) nextToStop(i int) int {
	rt := &a.rt
	rt.nodes[i].finished.Store(true)
	if rt.stopCount.Add(1) == int32(len(rt.comps)) {
		a.nudge()
	}
	return a.release(appShutdown, i)
}

// stopNode stops component i, if it started, beginning at now. It returns
// when it finished, and false when the watchdog abandoned its stop hook
// and carries on in its place.
func (a *App) stopNode(i int, now int64) (int64, bool) {
	c, n := a.rt.comps[i], &a.rt.nodes[i]
	if !n.published.Load() {
		return now, true
	}
	n.stopMu.Lock()
	if n.settled.Load() {
		// The shutdown deadline passed and the watchdog reported it.
		n.stopMu.Unlock()
		return now, true
	}
	a.enter(i, appStopping, now, nil)
	n.stopMu.Unlock()
	var err error
	switch {
	case c.service != nil:
		var ok bool
		if err, ok = a.stopService(i, now); !ok {
			return now, false
		}
	case c.worker != nil:
		err = a.stopWorkers(i)
	}
	now = a.rt.now()
	a.stopped(i, err, now)
	return now, true
}

// stopped records the outcome of stopping component i at now, once: the
// stop goroutine and the watchdog may both try. The node's stopMu makes
// the outcome whole (state and stop error) before stopErrors reads it.
func (a *App) stopped(i int, err error, now int64) {
	c, n := a.rt.comps[i], &a.rt.nodes[i]
	n.stopMu.Lock()
	defer n.stopMu.Unlock()
	if !n.settled.CompareAndSwap(false, true) {
		return
	}
	if _, since := n.load(); since > now {
		now = since // the watchdog's now may predate a late "stopping"
	}
	if err == nil && n.runFailed.Load() {
		// Stopped cleanly, but its run failed: it ends failed.
		a.enter(i, appFailed, now, n.lastErr())
		return
	}
	if err == nil {
		a.enter(i, appStopped, now, nil)
		return
	}
	n.stopErr = fmt.Errorf("%s %q: stop: %w", c.kind, c.name, err)
	a.enter(i, appFailed, now, err)
}

// stopService ends the run loop of service i and calls its stop. A run
// that takes a ctx is cancelled and waited for, up to stop_timeout, before
// stop is called; a run without ctx can only be ended by stop, so it is
// waited for after. The stop method gets a ctx bounded by stop_timeout
// (and by the shutdown deadline).
func (a *App) stopService(i int, now int64) (error, bool) {
	c, n := a.rt.comps[i], &a.rt.nodes[i]
	var runErr, stopErr error
	if n.run != nil {
		n.run.cancel()
		if c.service.runTakesCtx() {
			runErr = a.waitRun(n.run, a.stopDeadline(c, now))
			now = a.rt.now()
		}
	}
	deadline := a.stopDeadline(c, now)
	if c.service.hasStop() {
		a.beginHook(n, deadline)
		n.stopCtx.reset(&a.rt, a.rt.stopBase, deadline)
		stopErr = appCall(func() error { return c.service.callStop(n.value, &n.stopCtx) })
		n.stopCtx.finish()
		if !a.endHook(n) {
			return nil, false
		}
	}
	if n.run != nil && !c.service.runTakesCtx() {
		runErr = a.waitRun(n.run, deadline)
	}
	return errors.Join(runErr, stopErr), true
}

// stopDeadline is now plus the stop_timeout of c, or the shutdown deadline
// if that comes first.
func (a *App) stopDeadline(c *appComponent, now int64) int64 {
	return min(now+int64(c.stopTimeout), a.rt.stopBy)
}

// waitRun waits for a run loop to return, until deadline.
func (a *App) waitRun(r *appRun, deadline int64) error {
	t := time.NewTimer(time.Duration(deadline - a.rt.now()))
	defer t.Stop()
	select {
	case <-r.done:
		return nil
	case <-t.C:
		return fmt.Errorf("run did not return before stop_timeout: %w", context.DeadlineExceeded)
	case <-a.rt.stopBase.Done():
		return fmt.Errorf("run did not return before the shutdown deadline: %w", context.DeadlineExceeded)
	}
}

// watchStop waits until every component has stopped, abandoning stop hooks
// that miss their stop_timeout, and gives up at the shutdown deadline.
func (a *App) watchStop() {
	rt := &a.rt
	least := appLeast(rt.comps, func(c *appComponent) time.Duration { return c.stopTimeout })
	timer := time.NewTimer(least)
	defer timer.Stop()
	for rt.stopCount.Load() < int32(len(rt.comps)) {
		select {
		case <-rt.wake:
		case <-timer.C:
			if rt.now() >= rt.stopBy {
				// The shutdown deadline caps every stop deadline, so both
				// fire together: the shutdown deadline decides.
				a.abandonStops()
				return
			}
			a.expireHooks(timer, least, a.stopExpired)
		case <-rt.stopBase.Done():
			a.abandonStops()
			return
		}
	}
}

// stopExpired gives up on a stop hook that missed its stop_timeout and
// carries the shutdown on to the components it depends on.
func (a *App) stopExpired(i int) {
	c := a.rt.comps[i]
	a.stopped(i, fmt.Errorf("did not stop within %v: %w", c.stopTimeout, context.DeadlineExceeded), a.rt.now())
	a.rt.chains.Add(1)
	go a.stopChain(a.nextToStop(i))
}

// abandonStops reports every started component that has not stopped by
// the shutdown deadline, and ends the goroutines that would otherwise
// wait for a stop that will not come: run loops are cancelled, workers
// quit without draining.
func (a *App) abandonStops() {
	rt := &a.rt
	rt.expired.Store(true)
	now := rt.now()
	for i := range rt.nodes {
		n := &rt.nodes[i]
		n.hook.CompareAndSwap(appHookBusy, appHookAbandoned)
		if n.published.Load() && !n.finished.Load() {
			a.stopped(i, fmt.Errorf("did not stop before the shutdown deadline: %w", context.DeadlineExceeded), now)
			if n.run != nil {
				n.run.cancel()
			}
			if p := n.pool; p != nil {
				p.beginDrain()
				p.halt()
			}
		}
	}
}

// stopErrors joins the stop errors in spec order.
func (a *App) stopErrors() error {
	var errs []error
	for i := range a.rt.nodes {
		n := &a.rt.nodes[i]
		n.stopMu.Lock()
		if n.stopErr != nil {
			errs = append(errs, n.stopErr)
		}
		n.stopMu.Unlock()
	}
	return errors.Join(errs...)
}

// unfinished names the started components that have not stopped yet.
func (a *App) unfinished() []string {
	var names []string
	for i, c := range a.rt.comps {
		n := &a.rt.nodes[i]
		if n.published.Load() && !n.finished.Load() {
			names = append(names, c.name)
		}
	}
	return names
}

// appDeadlineError reports a Stop that returned before the shutdown ended.
func appDeadlineError(err error, pending []string) error {
	if len(pending) == 0 {
		return fmt.Errorf("lifegen: shutdown did not finish: %w", err)
	}
	return fmt.Errorf("lifegen: shutdown did not finish (still stopping: %s): %w", strings.Join(pending, ", "), err)
}
