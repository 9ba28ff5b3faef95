package templates

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync/atomic"
	"time"
)

// appHealth is the health block of a service.
type appHealth struct {
	interval, timeout, initialDelay time.Duration
	threshold                       int
	shutdown                        bool // on_failure = "shutdown"
}

// appMonitor is the runtime state of one health monitor.
type appMonitor struct {
	failures atomic.Int32 // consecutive failed checks
}

// appRun is a running run loop.
type appRun struct {
	cancel context.CancelFunc
	done   chan struct{} // closed when run has returned
}

// launchRun calls the run method of service i on a goroutine of its own.
func (a *App) launchRun(i int) {
	ctx, cancel := context.WithCancel(a.rt.base)
	r := &appRun{cancel: cancel, done: make(chan struct{})}
	a.rt.nodes[i].run = r
	go a.runLoop(ctx, i, r)
}

// runLoop runs service i until its run method returns. A return before
// the shutdown began, with an error or not, shuts the app down.
func (a *App) runLoop(ctx context.Context, i int, r *appRun) {
	c, n := a.rt.comps[i], &a.rt.nodes[i]
	err := appCall(func() error { return c.service.callRun(n.value, ctx) })
	close(r.done)
	select {
	case <-a.rt.done:
		return
	default:
	}
	if err == nil {
		err = errors.New("run returned before shutdown")
	}
	n.runFailed.Store(true)
	a.enter(i, appFailed, a.rt.now(), err)
	a.fail(fmt.Errorf("%s %q: run: %w", c.kind, c.name, err))
}

// launchMonitor starts the health monitor of service i.
func (a *App) launchMonitor(i int) {
	a.rt.monitors.Add(1)
	go a.monitor(i)
}

// monitor checks service i after initial_delay and then every interval
// until the shutdown begins.
func (a *App) monitor(i int) {
	defer a.rt.monitors.Done()
	h, ctx := a.rt.comps[i].health, a.rt.health
	t := time.NewTimer(h.initialDelay)
	defer t.Stop()
	var pending chan error // a check that outlived its timeout
	for {
		select {
		case <-ctx.Done():
			appAwait(pending, h.timeout)
			return
		case <-t.C:
		}
		err := a.check(ctx, i, &pending)
		if ctx.Err() != nil {
			continue
		}
		a.checked(i, err)
		t.Reset(h.interval)
	}
}

// check runs one health check of service i on its own goroutine, so that
// a check that ignores its ctx cannot block the monitor. While such a
// check is still running no other is started; that counts as a failure.
func (a *App) check(ctx context.Context, i int, pending *chan error) error {
	c, n := a.rt.comps[i], &a.rt.nodes[i]
	if *pending != nil {
		select {
		case <-*pending:
			*pending = nil
		default:
			return fmt.Errorf("the previous health check has not returned yet: %w", context.DeadlineExceeded)
		}
	}
	res := make(chan error, 1)
	cctx, cancel := context.WithTimeout(ctx, c.health.timeout)
	defer cancel() // here, not in the check's goroutine: cctx must not end before its result is seen
	go func() {
		res <- appCall(func() error { return c.service.callCheck(n.value, cctx) })
	}()
	select {
	case err := <-res:
		return err
	case <-cctx.Done():
		select {
		case err := <-res: // returned as the timeout expired
			return err
		default:
		}
		*pending = res
		return fmt.Errorf("health check did not return within %v: %w", c.health.timeout, context.DeadlineExceeded)
	}
}

// appAwait waits up to d for a check still running.
func appAwait(pending chan error, d time.Duration) {
	if pending == nil {
		return
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-pending:
	case <-t.C:
	}
}

// checked records the outcome of one check of service i: failure_threshold
// failures in a row make it unhealthy, one success makes it running again.
func (a *App) checked(i int, err error) {
	c, n := a.rt.comps[i], &a.rt.nodes[i]
	m, h := n.monitor, c.health
	state, _ := n.load()
	if err == nil {
		m.failures.Store(0)
		if state == appUnhealthy {
			a.enter(i, appRunning, a.rt.now(), nil)
		}
		return
	}
	failures := int(m.failures.Add(1))
	n.setErr(err)
	a.logger().LogAttrs(context.Background(), slog.LevelWarn, c.kind+" "+c.name+": health check failed",
		slog.String("component", c.name), slog.String("kind", c.kind), slog.Int("consecutive", failures), slog.Any("err", err))
	if failures < h.threshold || state != appRunning {
		return
	}
	a.enter(i, appUnhealthy, a.rt.now(), err)
	if h.shutdown {
		a.fail(fmt.Errorf("%s %q: health: %d consecutive failed checks: %w", c.kind, c.name, failures, err))
	}
}

// stopMonitors cancels every health monitor and waits for them, up to the
// shutdown deadline.
func (a *App) stopMonitors() {
	rt := &a.rt
	if rt.cancelHealth == nil {
		return
	}
	rt.cancelHealth()
	done := make(chan struct{})
	go func() {
		rt.monitors.Wait()
		close(done)
	}()
	select {
	case <-done:
	case <-rt.stopBase.Done():
	}
}
