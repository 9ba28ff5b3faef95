package lifecycle

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"
)

// A round starts a set of components: Start's round starts every selected
// component, a restart's round the failed service and its dependents.
type round struct {
	a       *App
	ctx     context.Context // ends when the round is aborted
	abort   func()
	members []*component
	member  []bool // by component index
	// fail records a failed member; it is called with a.mu held, before
	// the failure is reported.
	fail func(c *component, err error)
	err  error // the first failure
}

// newRound returns a round over members whose ctx derives from parent.
// a.mu is held.
func (a *App) newRound(parent context.Context, members []*component, fail func(*component, error)) *round {
	ctx, cancel := context.WithCancel(parent)
	r := &round{a: a, ctx: ctx, abort: cancel, members: members, fail: fail, member: make([]bool, len(a.comps))}
	for _, c := range members {
		r.member[c.index] = true
	}
	return r
}

// begin claims the App for Start, applies cfg and selects the components.
// It returns Start's round, or an error when Start may not run.
func (a *App) begin(ctx context.Context, cfg Config) (*round, error) {
	a.mu.Lock()
	defer a.unlock()
	if a.phase != idle {
		return nil, errStartTwice
	}
	enabled, err := a.selectTargets(cfg.Targets)
	if err != nil {
		return nil, err
	}
	a.phase, a.cfg, a.log = starting, cfg, cmp.Or(cfg.Logger, slog.Default())
	a.cfg.ShutdownTimeout = cmp.Or(max(cfg.ShutdownTimeout, 0), a.spec.ShutdownTimeout)
	a.cfg.ShutdownDelay = cmp.Or(cfg.ShutdownDelay, a.spec.ShutdownDelay)
	a.values = context.WithoutCancel(ctx)
	a.life, a.endLife = context.WithCancel(a.values)
	a.notify = newNotifier(a)
	a.busy.Add(1)
	r := a.newRound(ctx, enabled, a.failStart)
	a.abortStart = r.abort
	return r, nil
}

// markRunning records a successful Start, unless a shutdown began first.
func (a *App) markRunning() bool {
	a.mu.Lock()
	defer a.unlock()
	if a.phase != starting {
		return false
	}
	a.phase = running
	close(a.ready) // with the phase: /readyz answers 200 only once Ready is closed
	a.notify.ready()
	return true
}

// failStart is the failure rule of Start's round: a component that fails
// to start begins the shutdown, with its error as the cause. a.mu is held.
func (a *App) failStart(c *component, err error) {
	a.beginShutdownLocked(context.Background(), fmt.Sprintf("%s %q failed to start", c.Kind, c.Name), err)
}

// startRound starts the round's members in dependency order, one at a
// time in sequential mode, and returns the first failure, or why the
// round was aborted. It returns once no member is still being started.
func (a *App) startRound(r *round) error {
	defer r.abort()
	if a.spec.Sequential {
		for _, c := range a.order {
			if r.member[c.index] && !r.startOne(c) {
				break
			}
		}
	} else {
		w := &walk{mu: &a.mu, ctx: r.ctx, visit: r.startOne, next: dependentsOf}
		w.run(a.comps, r.members)
	}
	a.mu.Lock()
	defer a.unlock()
	if r.err == nil && r.ctx.Err() != nil {
		r.err = fmt.Errorf("lifegen: start: %w", context.Cause(r.ctx))
	}
	return r.err
}

func dependentsOf(c *component) []*component { return c.dependents }

// startOne starts c: its Start within start_timeout (and its readiness
// gate), then publishes its value and launches its run loop, health
// monitor or workers. It reports whether c is ready.
func (r *round) startOne(c *component) bool {
	a := r.a
	if r.ctx.Err() != nil {
		return false
	}
	a.setState(c, Starting, nil)
	hooks, err := a.construct(r.ctx, c)
	a.mu.Lock()
	defer a.unlock()
	if err != nil {
		err = fmt.Errorf("%s %q: start: %w", c.Kind, c.Name, err)
		if r.err == nil {
			r.err = err
			r.fail(c, err)
		}
		r.abort()
		c.err = err
		a.setStateLocked(c, Failed, err)
		return false
	}
	inst := &instance{hooks: hooks, ok: true}
	c.inst, c.failures = inst, 0
	a.setStateLocked(c, Running, nil)
	a.launchLocked(c, inst)
	return true
}

// construct calls c's Start within its start_timeout and, for a service
// with a readiness gate, waits for its first passing check within the
// same deadline. A value whose gate never opens is stopped again.
func (a *App) construct(parent context.Context, c *component) (Hooks, error) {
	if c.Start == nil {
		return Hooks{}, nil
	}
	if err := parent.Err(); err != nil {
		return Hooks{}, err // aborted meanwhile, by a listener of its starting event
	}
	ctx, cancel := withTimeout(parent, c.StartTimeout)
	defer cancel()
	late := func(h Hooks, err error) {
		if err == nil {
			a.stopLate(c, h)
		}
	}
	// After an abort, wait for the constructor until its deadline, so
	// that a value it returns promptly is stopped in order by the
	// shutdown; a start without a deadline is abandoned at once.
	hooks, err := call(ctx, c.StartTimeout > 0, c.Start, late)
	if err != nil {
		return Hooks{}, startFailure(parent, ctx, c, err)
	}
	if err := checkHooks(c, hooks); err != nil {
		a.stopLate(c, hooks)
		return Hooks{}, err
	}
	if c.Health == nil || !c.Health.ReadinessGate {
		return hooks, nil
	}
	if err := a.passGate(ctx, c, hooks); err != nil {
		a.stopLate(c, hooks)
		return Hooks{}, startFailure(parent, ctx, c, fmt.Errorf("readiness gate: %w", err))
	}
	return hooks, nil
}

// startFailure words a failed start: when c's own start_timeout passed
// (not an earlier deadline of its parent), it says so.
func startFailure(parent, ctx context.Context, c *component, err error) error {
	if errors.Is(err, context.DeadlineExceeded) && ctx.Err() != nil && parent.Err() == nil {
		return fmt.Errorf("did not start within %s: %w", c.StartTimeout, err)
	}
	return err
}

// stopLate stops a value that its start no longer wants: one whose
// constructor returned after it was abandoned, or whose readiness gate
// never opened. It is stopped as at shutdown, within stop_timeout.
func (a *App) stopLate(c *component, h Hooks) {
	ctx, cancel := withStopTimeout(context.Background(), c)
	defer cancel()
	inst := &instance{hooks: h}
	if err := a.callStop(ctx, c, inst, nil); err != nil {
		a.logError(c, "stop of a value no longer wanted failed", err)
	}
}

// launchLocked starts what runs on behalf of a ready component: its run
// loop, its health monitor, its worker goroutines. a.mu is held.
func (a *App) launchLocked(c *component, inst *instance) {
	if inst.hooks.Run != nil {
		a.startRunLocked(c, inst)
	}
	if c.Health != nil && inst.hooks.Check != nil {
		inst.monitor = a.startMonitorLocked(c, inst)
	}
	if c.Kind == KindWorker {
		inst.pool = a.startPoolLocked(c, inst.hooks.Consume)
	}
}

// withTimeout is context.WithTimeout that takes d <= 0 as no deadline.
func withTimeout(parent context.Context, d time.Duration) (context.Context, context.CancelFunc) {
	if d <= 0 {
		return context.WithCancel(parent)
	}
	return context.WithTimeout(parent, d)
}
