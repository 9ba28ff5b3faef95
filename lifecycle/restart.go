package lifecycle

import (
	"cmp"
	"context"
	"fmt"
	"time"
)

// restartLocked reports the failure err of a service whose policy is to
// restart (in state, Failed or Unhealthy) and schedules the restart. The
// failure counts against the restart limit here, before it is reported,
// so that a listener reacting to the report cannot take the place of the
// shutdown that the limit begins. The restart waits for Start to finish
// first. a.mu is held.
func (a *App) restartLocked(c *component, inst *instance, err error, state State) {
	inst.failed, inst.restart = true, true
	c.err = err
	delay, ok := a.countFailureLocked(c, err)
	a.setStateLocked(c, state, err)
	if ok {
		a.busy.Add(1)
		go a.restart(c, inst, err, delay)
	}
}

// restart rebuilds c and everything that depends on it after inst
// failed: it stops them in reverse order, waits for the backoff, and
// starts them again in dependency order, retrying a restart that fails
// to start, until c has failed more than its limit allows or a shutdown
// begins. Restarts run one at a time; one whose instance was already
// replaced by another restart does nothing.
func (a *App) restart(c *component, inst *instance, cause error, delay time.Duration) {
	defer a.busy.Done()
	select {
	case <-a.ready:
	case <-a.life.Done():
		return
	}
	a.restartMu.Lock()
	defer a.restartMu.Unlock()
	if !a.isCurrent(c, inst) {
		return
	}
	set := a.dependentsClosure(c)
	ok := true
	for {
		a.stopMonitors(context.Background(), set)
		a.stopWalk(a.values, set, cause)
		if !a.backoff(c, delay) {
			return
		}
		a.mu.Lock()
		r := a.newRound(a.life, set, func(_ *component, err error) { delay, ok = a.countFailureLocked(c, err) })
		a.unlock()
		if cause = a.startRound(r); cause == nil || !ok || a.life.Err() != nil {
			return
		}
	}
}

// isCurrent reports whether the app runs and inst is c's latest start.
func (a *App) isCurrent(c *component, inst *instance) bool {
	a.mu.Lock()
	defer a.unlock()
	return a.phase == running && c.inst == inst
}

// countFailureLocked counts a failure of c within its restart window.
// Past the limit it shuts the app down and returns false; otherwise it
// returns the backoff before the next start. a.mu is held.
func (a *App) countFailureLocked(c *component, cause error) (time.Duration, bool) {
	if a.phase >= stopping {
		return 0, false
	}
	lim := restartLimits(c.Restart)
	now := time.Now()
	kept := c.failedAt[:0]
	for _, t := range c.failedAt {
		if now.Sub(t) < lim.Within {
			kept = append(kept, t)
		}
	}
	c.failedAt = append(kept, now)
	n := len(c.failedAt)
	if n > lim.Max {
		err := fmt.Errorf("%s %q failed %d times within %s: %w", c.Kind, c.Name, n, lim.Within, cause)
		a.beginShutdownLocked(context.Background(), fmt.Sprintf("%s %q failed too often", c.Kind, c.Name), err)
		return 0, false
	}
	delay := lim.Backoff << (n - 1)
	if delay > lim.MaxBackoff || delay <= 0 {
		delay = lim.MaxBackoff
	}
	return delay, true
}

// backoff waits before a restart, in state restarting; a shutdown ends
// the wait, and then nothing starts again.
func (a *App) backoff(c *component, d time.Duration) bool {
	a.mu.Lock()
	c.restarts++
	a.setStateLocked(c, Restarting, nil)
	a.unlock()
	return sleep(a.life, d) == nil
}

// dependentsClosure returns c and every enabled component that depends on
// it, directly or not, in spec order.
func (a *App) dependentsClosure(c *component) []*component {
	in := make([]bool, len(a.comps))
	var mark func(*component)
	mark = func(d *component) {
		if in[d.index] || !d.enabled {
			return
		}
		in[d.index] = true
		for _, x := range d.dependents {
			mark(x)
		}
	}
	mark(c)
	var set []*component
	for _, d := range a.comps {
		if in[d.index] {
			set = append(set, d)
		}
	}
	return set
}

// restartLimits fills in the defaults of a service's restart limits: a
// field that is not positive takes its default.
func restartLimits(l *RestartLimits) RestartLimits {
	if l == nil {
		l = &RestartLimits{}
	}
	return RestartLimits{
		Max:        cmp.Or(max(l.Max, 0), 5),
		Within:     cmp.Or(max(l.Within, 0), time.Minute),
		Backoff:    cmp.Or(max(l.Backoff, 0), time.Second),
		MaxBackoff: cmp.Or(max(l.MaxBackoff, 0), 30*time.Second),
	}
}
