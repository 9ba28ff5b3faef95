package lifecycle

import (
	"context"
	"fmt"
	"log/slog"
	"time"
)

// monitor is the health monitor of one started service.
type monitor struct {
	cancel context.CancelFunc
	done   chan struct{} // closed when the monitor has returned
}

// checker runs one service's checks, never more than one at a time.
type checker struct {
	check   any // the Check hook
	timeout time.Duration
	busy    chan struct{} // closed when an abandoned check returns
}

// errCheckBusy is the failure of a check that could not run because the
// previous one, past its timeout, has not returned yet.
var errCheckBusy = fmt.Errorf("the previous health check has not returned yet: %w", context.DeadlineExceeded)

// run calls the check within its timeout. A check that ignores its ctx is
// abandoned at the timeout, and no new check starts until it returns.
func (k *checker) run(parent context.Context) error {
	if k.busy != nil {
		select {
		case <-k.busy:
			k.busy = nil
		default:
			return errCheckBusy
		}
	}
	ctx, cancel := withTimeout(parent, k.timeout)
	defer cancel()
	busy := make(chan struct{})
	// Patient: a check in flight when its monitor stops gets until its
	// timeout to return, so that no check runs once its service stops.
	_, err := call(ctx, true, func(ctx context.Context) (struct{}, error) {
		defer close(busy)
		return struct{}{}, invoke(ctx, k.check, nil)
	}, nil)
	if ctx.Err() != nil {
		k.busy = busy
		if parent.Err() == nil && err == ctx.Err() {
			return fmt.Errorf("health check did not return within %s: %w", k.timeout, err)
		}
	}
	return err
}

func newChecker(c *component, h Hooks) *checker {
	return &checker{check: h.Check, timeout: c.Health.Timeout}
}

// passGate waits, within ctx, for the first passing check of a service
// with a readiness gate: the first check after initial_delay, then one
// every interval.
func (a *App) passGate(ctx context.Context, c *component, h Hooks) error {
	k := newChecker(c, h)
	var last error // the last check's own failure
	for wait := c.Health.InitialDelay; ; wait = c.Health.Interval {
		if sleep(ctx, wait) != nil {
			return gateClosed(ctx, last)
		}
		err := k.run(ctx)
		switch {
		case err == nil:
			return nil
		case ctx.Err() != nil:
			return gateClosed(ctx, last)
		}
		last = err
	}
}

// gateClosed is the error of a gate whose deadline passed (or whose start
// was aborted): it wraps the ctx's error and the last check's failure.
func gateClosed(ctx context.Context, last error) error {
	if last == nil {
		return fmt.Errorf("no check passed: %w", ctx.Err())
	}
	return fmt.Errorf("no check passed (the last: %w): %w", last, ctx.Err())
}

// startMonitorLocked starts checking a ready service. a.mu is held.
func (a *App) startMonitorLocked(c *component, inst *instance) *monitor {
	ctx, cancel := context.WithCancel(a.life)
	m := &monitor{cancel: cancel, done: make(chan struct{})}
	first := c.Health.InitialDelay
	if c.Health.ReadinessGate {
		first = c.Health.Interval
	}
	go func() {
		k := newChecker(c, inst.hooks)
		defer close(m.done)
		for wait := first; sleep(ctx, wait) == nil; wait = c.Health.Interval {
			err := k.run(ctx)
			if ctx.Err() != nil || !a.checked(c, inst, err) {
				return
			}
		}
	}()
	return m
}

// checked records the outcome of one check and reports whether the
// monitor goes on. At failure_threshold failures in a row the service
// becomes unhealthy and its on_failure policy applies; a passing check
// makes it running again.
func (a *App) checked(c *component, inst *instance, err error) bool {
	a.mu.Lock()
	defer a.unlock()
	if c.inst != inst || inst.claimed || inst.failed || a.phase >= stopping {
		return false
	}
	if err == nil {
		c.failures = 0
		if c.state == Unhealthy {
			a.setStateLocked(c, Running, nil)
		}
		return true
	}
	c.failures++
	c.err = fmt.Errorf("%s %q: health: %w", c.Kind, c.Name, err)
	a.out.logLocked(a, slog.LevelWarn, fmt.Sprintf("%s %s: health check failed", c.Kind, c.Name),
		slog.String("component", c.Name), slog.Int("consecutive", c.failures), slog.Any("err", err))
	if c.failures != c.Health.Threshold {
		return true
	}
	err = fmt.Errorf("%s %q: health: %d consecutive failed checks: %w", c.Kind, c.Name, c.failures, err)
	switch c.Health.OnFailure {
	case PolicyRestart:
		a.restartLocked(c, inst, err, Unhealthy)
		return false
	case PolicyIgnore:
		a.setStateLocked(c, Unhealthy, err)
		return true
	}
	a.beginShutdownLocked(context.Background(), fmt.Sprintf("%s %q is unhealthy", c.Kind, c.Name), err)
	a.setStateLocked(c, Unhealthy, err)
	return false
}

// stopMonitors stops the health monitors of the started components of
// set and waits, until ctx ends, for the checks in flight.
func (a *App) stopMonitors(ctx context.Context, set []*component) {
	var monitors []*monitor
	a.mu.Lock()
	for _, c := range set {
		if c.inst != nil && c.inst.ok && c.inst.monitor != nil {
			c.inst.monitor.cancel()
			monitors = append(monitors, c.inst.monitor)
		}
	}
	a.unlock()
	for _, m := range monitors {
		select {
		case <-m.done:
		case <-ctx.Done():
			return
		}
	}
}

// sleep waits d, or returns ctx's error if ctx ends first.
func sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
