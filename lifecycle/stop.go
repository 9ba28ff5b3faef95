package lifecycle

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"
)

// beginShutdownLocked begins the shutdown, once: it records why (cause
// is the failure, nil for a requested shutdown), closes Done, aborts the
// start and ends everything that waits on the app's life (backoffs,
// health checks), then hands the stopping to a goroutine. ctx gives the
// stops their values and deadline. It reports whether this call began
// the shutdown. a.mu is held.
func (a *App) beginShutdownLocked(ctx context.Context, reason string, cause error) bool {
	if a.phase != starting && a.phase != running {
		return false
	}
	a.startFailed = a.phase == starting
	a.phase, a.reason, a.cause = stopping, reason, cause
	close(a.done)
	a.abortStart()
	a.endLife()
	if !a.startFailed {
		a.cutDelay = make(chan struct{})
	}
	a.deadline = a.shutdownDeadline(ctx)
	a.out.logLocked(a, slog.LevelInfo, "shutdown began: "+reason, errAttr(cause)...)
	a.notify.send("STOPPING=1")
	go a.shutdown(ctx, a.deadline, !a.startFailed)
	return true
}

// shutdown stops the app: the readiness drain first (unless the start
// failed), then whatever is still starting or restarting ends, the health
// monitors stop, and the components stop in reverse dependency order.
// The stops get stopCtx's values and deadline, the earlier of its own and
// ShutdownTimeout's, but not its cancellation: cancelling Stop's ctx makes
// Stop return, while the shutdown goes on to its end.
func (a *App) shutdown(stopCtx context.Context, deadline time.Time, drain bool) {
	ctx, cancel := context.WithCancel(context.WithoutCancel(stopCtx))
	if !deadline.IsZero() {
		ctx, cancel = context.WithDeadline(ctx, deadline)
	}
	defer cancel()
	if drain {
		a.drainReadiness(ctx, stopCtx)
	}
	select { // a start or restart still under way ends first
	case <-waitDone(&a.busy):
	case <-ctx.Done():
	}
	a.stopMonitors(ctx, a.comps)
	errs := a.stopWalk(ctx, a.comps, nil)
	errs = append(errs, a.dropLeftovers()...)
	a.finish(errs)
}

// shutdownDeadline is when a shutdown that begins now must end: the
// earlier of ctx's deadline and ShutdownTimeout from now; zero for none.
func (a *App) shutdownDeadline(ctx context.Context) time.Time {
	timeout := a.cfg.ShutdownTimeout
	d, ok := ctx.Deadline()
	if timeout > 0 && (!ok || time.Now().Add(timeout).Before(d)) {
		return time.Now().Add(timeout)
	}
	return d
}

// drainReadiness waits ShutdownDelay while /readyz already answers 503, so
// that load balancers stop sending traffic before anything closes. A
// second Stop, the end of Stop's ctx or the shutdown's deadline cuts it
// short.
func (a *App) drainReadiness(ctx, stopCtx context.Context) {
	a.mu.Lock()
	delay, cut := a.cfg.ShutdownDelay, a.cutDelay
	a.unlock()
	if delay <= 0 || cut == nil {
		return
	}
	t := time.NewTimer(delay)
	defer t.Stop()
	select {
	case <-t.C:
	case <-cut:
	case <-stopCtx.Done():
	case <-ctx.Done():
	}
}

// stopWalk stops the started components among set in reverse dependency
// order, in parallel where the graph allows, and returns their stop
// errors by component index (nil where there was none). restart is the cause of a restart, nil for the
// shutdown. A component the walk does not reach before ctx ends is
// reported as not stopped.
func (a *App) stopWalk(ctx context.Context, set []*component, restart error) []error {
	a.mu.Lock()
	var members []*component
	for _, c := range set {
		if c.inst != nil && c.inst.ok && !c.inst.claimed {
			members = append(members, c)
		}
	}
	a.unlock()
	errs := make([]error, len(a.comps))
	visit := func(c *component) bool {
		errs[c.index] = a.stopOne(ctx, c, restart)
		return true
	}
	w := &walk{mu: &a.mu, ctx: ctx, visit: visit, next: (*component).waits}
	for _, c := range w.run(a.comps, members) {
		errs[c.index] = a.missedDeadline(ctx, c)
	}
	return errs
}

// stopOne stops one started component and records the outcome.
func (a *App) stopOne(ctx context.Context, c *component, restart error) error {
	a.mu.Lock()
	inst := c.inst
	inst.claimed = true
	failed := inst.failed && !inst.restart
	a.setStateLocked(c, Stopping, nil)
	cause := a.cause
	a.unlock()
	if restart != nil {
		cause = restart
	}
	var err error
	switch c.Kind {
	case KindService:
		err = a.stopService(ctx, c, inst, cause)
	case KindWorker:
		err = inst.pool.stop(ctx, restart != nil)
	}
	if err != nil {
		err = fmt.Errorf("%s %q: %w", c.Kind, c.Name, err)
	}
	a.mu.Lock()
	defer a.unlock()
	inst.ok = false
	switch {
	case err != nil:
		c.err = err
		a.setStateLocked(c, Failed, err)
	case failed && restart == nil:
		a.setStateLocked(c, Failed, c.err)
	default:
		a.setStateLocked(c, Stopped, nil)
	}
	return err
}

// stopService ends a service instance within its stop_timeout: its run
// loop, then its stop hook and cleanup. A run loop without a ctx cannot
// see its ctx end, so its stop comes first and is what ends it.
func (a *App) stopService(parent context.Context, c *component, inst *instance, cause error) error {
	ctx, cancel := withStopTimeout(parent, c)
	defer cancel()
	_, runSeesCtx, _ := shape(inst.hooks.Run)
	var errs []error
	if inst.runDone != nil && runSeesCtx {
		errs = append(errs, a.endRun(ctx, c, inst))
	}
	errs = append(errs, a.callStop(ctx, c, inst, cause))
	if inst.runDone != nil && !runSeesCtx {
		errs = append(errs, a.endRun(ctx, c, inst))
	}
	return errors.Join(errs...)
}

// endRun cancels the run loop's ctx and waits for the loop to return.
func (a *App) endRun(ctx context.Context, c *component, inst *instance) error {
	inst.endRun()
	select {
	case <-inst.runDone:
		return nil
	case <-ctx.Done():
		return fmt.Errorf("run did not return %s: %w", timeoutText(ctx), ctx.Err())
	}
}

// stopTimeout is the cause of a stop ctx whose own stop_timeout passed,
// as opposed to the shutdown's deadline.
type stopTimeout time.Duration

func (d stopTimeout) Error() string { return fmt.Sprintf("stop_timeout of %s", time.Duration(d)) }

// withStopTimeout bounds a stop by the component's stop_timeout, within
// the shutdown's ctx.
func withStopTimeout(parent context.Context, c *component) (context.Context, context.CancelFunc) {
	if c.StopTimeout <= 0 {
		return context.WithCancel(parent)
	}
	return context.WithTimeoutCause(parent, c.StopTimeout, stopTimeout(c.StopTimeout))
}

// timeoutText says which deadline ended a stop: its stop_timeout, or the
// shutdown's deadline when that came first.
func timeoutText(ctx context.Context) string {
	if d, ok := context.Cause(ctx).(stopTimeout); ok {
		return fmt.Sprintf("within %s", time.Duration(d))
	}
	return "before the shutdown deadline"
}

// callStop calls a service's stop hook, then its cleanup, as one call
// bounded by ctx. cause is passed to stops that take it.
func (a *App) callStop(ctx context.Context, c *component, inst *instance, cause error) error {
	stop, cleanup := inst.hooks.Stop, inst.hooks.Cleanup
	if stop == nil && cleanup == nil {
		return nil
	}
	_, err := call(ctx, false, func(ctx context.Context) (struct{}, error) {
		if cleanup != nil {
			defer cleanup()
		}
		return struct{}{}, invoke(ctx, stop, cause)
	}, nil)
	switch {
	case err == nil:
		return nil
	case ctx.Err() != nil && errors.Is(err, ctx.Err()):
		return fmt.Errorf("stop: did not stop %s: %w", timeoutText(ctx), err)
	}
	return fmt.Errorf("stop: %w", err)
}

// missedDeadline records that the shutdown's deadline passed before c
// could be stopped. Its stop is never called; its run loop's ctx is
// cancelled and its worker goroutines are told to end, so that nothing of
// the runtime waits forever.
func (a *App) missedDeadline(ctx context.Context, c *component) error {
	err := fmt.Errorf("%s %q: stop: did not stop before the shutdown deadline: %w", c.Kind, c.Name, context.Cause(ctx))
	a.mu.Lock()
	defer a.unlock()
	c.err = err
	if inst := c.inst; inst != nil {
		if inst.endRun != nil {
			inst.endRun()
		}
		if inst.pool != nil {
			inst.pool.abandon()
		}
	}
	a.setStateLocked(c, Failed, err)
	return err
}

// finish records the outcome of the shutdown and, once everything it
// reported has been delivered, closes Stopped. A component still stopping
// then is one whose restart's stop outlasted the shutdown's deadline.
func (a *App) finish(errs []error) {
	a.mu.Lock()
	for _, c := range a.comps {
		switch c.state {
		case Restarting:
			a.setStateLocked(c, Stopped, nil)
		case Stopping:
			errs = append(errs, fmt.Errorf("%s %q: stop: did not stop before the shutdown deadline: %w", c.Kind, c.Name, context.DeadlineExceeded))
		}
	}
	a.result = errors.Join(append([]error{a.cause}, errs...)...)
	a.phase = finished
	a.out.closeLocked()
	a.unlock()
	a.flush()
	a.notify.close()
	close(a.stopped)
}

// unfinishedLocked names the components that have not stopped yet.
func (a *App) unfinishedLocked() string {
	var names []string
	for _, c := range a.comps {
		if c.state == Stopping || (c.inst != nil && c.inst.ok) {
			names = append(names, c.Name)
		}
	}
	return strings.Join(names, ", ")
}
