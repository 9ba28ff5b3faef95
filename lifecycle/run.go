package lifecycle

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
)

// errRunReturned is the failure of a run loop that returned nil before
// the shutdown.
var errRunReturned = errors.New("run returned before shutdown")

// startRunLocked calls a ready service's run loop on a goroutine of its
// own. Its ctx carries Start's ctx values and is cancelled when the
// service begins to stop. a.mu is held.
func (a *App) startRunLocked(c *component, inst *instance) {
	ctx, cancel := context.WithCancel(a.values)
	inst.endRun, inst.runDone = cancel, make(chan struct{})
	run := inst.hooks.Run
	go guard(func() error { return invoke(ctx, run, nil) }, func(err error) {
		a.runEnded(c, inst, err)
		close(inst.runDone)
	})
}

// runEnded applies the service's on_exit policy to a run loop that
// returned (or panicked, or called runtime.Goexit) before its stop: a
// restart, nothing for on_exit = "ignore" and a nil error, else a
// shutdown with the failure as its cause.
func (a *App) runEnded(c *component, inst *instance, err error) {
	a.mu.Lock()
	defer a.unlock()
	if inst.claimed || inst.failed || a.phase >= stopping {
		return
	}
	if err == nil && c.OnExit == PolicyIgnore {
		a.out.logLocked(a, slog.LevelInfo, fmt.Sprintf("%s %s: run finished", c.Kind, c.Name), componentAttrs(c)...)
		return
	}
	if err == nil {
		err = errRunReturned
	}
	err = fmt.Errorf("%s %q: run: %w", c.Kind, c.Name, err)
	if c.OnExit == PolicyRestart {
		a.restartLocked(c, inst, err, Failed)
		return
	}
	inst.failed = true
	c.err = err
	a.beginShutdownLocked(context.Background(), fmt.Sprintf("the run loop of %s %q ended", c.Kind, c.Name), err)
	a.setStateLocked(c, Failed, err)
}
