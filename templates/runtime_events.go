package templates

import (
	"context"
	"errors"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"
)

// enter moves component i into state at now (nanoseconds since epoch),
// records err as its last error and reports the change to OnEvent and the
// Logger.
func (a *App) enter(i int, state uint64, now int64, err error) {
	n := &a.rt.nodes[i]
	if err != nil {
		n.setErr(err)
	}
	old := n.word.Swap(state<<60 | uint64(now))
	a.report(i, state, now, now-int64(old&(1<<60-1)), err)
}

// report passes a state change to OnEvent and the Logger. It costs
// nothing more than two checks when neither listens.
func (a *App) report(i int, state uint64, now, spent int64, err error) {
	level := appLevel(state)
	log := a.logger()
	logging := log.Enabled(context.Background(), level)
	if a.OnEvent == nil && !logging {
		return
	}
	c := a.rt.comps[i]
	if a.OnEvent != nil {
		a.rt.eventMu.Lock()
		a.OnEvent(AppEvent{Time: a.rt.at(now), Name: c.name, Kind: c.kind, State: appStates[state], Duration: time.Duration(spent), Err: err})
		a.rt.eventMu.Unlock()
	}
	if logging {
		attrs := []slog.Attr{
			slog.String("component", c.name), slog.String("kind", c.kind),
			slog.String("state", string(appStates[state])), slog.Duration("duration", time.Duration(spent)),
		}
		log.LogAttrs(context.Background(), level, c.kind+" "+c.name+" "+string(appStates[state]), appErrAttrs(attrs, err)...)
	}
}

// appLevel is the log level of entering a state.
func appLevel(state uint64) slog.Level {
	switch state {
	case appFailed:
		return slog.LevelError
	case appUnhealthy:
		return slog.LevelWarn
	}
	return slog.LevelInfo
}

// appErrAttrs adds err (and the stack of a panic) to attrs.
func appErrAttrs(attrs []slog.Attr, err error) []slog.Attr {
	if err == nil {
		return attrs
	}
	attrs = append(attrs, slog.Any("err", err))
	var p *appPanicError
	if errors.As(err, &p) {
		attrs = append(attrs, slog.String("stack", string(p.stack)))
	}
	return attrs
}

// logError logs a problem of component i that is not a state change.
func (a *App) logError(i int, msg string, err error) {
	c := a.rt.comps[i]
	attrs := []slog.Attr{slog.String("component", c.name), slog.String("kind", c.kind)}
	a.logger().LogAttrs(context.Background(), slog.LevelError, c.kind+" "+c.name+": "+msg, appErrAttrs(attrs, err)...)
}

// appDeadlineCtx is the ctx of a start or stop hook: the values and
// cancellation of parent, bounded by deadline, and done once the hook has
// returned. Its Done channel and timer are made only when a hook asks for
// them, so that hooks that never wait cost no allocation and no lock.
type appDeadlineCtx struct {
	rt       *appRuntime
	parent   context.Context
	deadline int64        // nanoseconds since the runtime's epoch
	phase    atomic.Int32 // appCtxLive, appCtxWaited or appCtxOver
	mu       sync.Mutex   // guards inner and cancel
	inner    context.Context
	cancel   context.CancelFunc
}

// The phases of an appDeadlineCtx: live until Done is first called
// (waited) or the hook returns (over); one CAS decides between the two.
const (
	appCtxLive int32 = iota
	appCtxWaited
	appCtxOver
)

// appClosed is a closed channel, the Done of a finished hook ctx.
var appClosed = func() chan struct{} { c := make(chan struct{}); close(c); return c }()

// reset prepares the ctx for a hook; it is called before the hook gets it.
func (c *appDeadlineCtx) reset(rt *appRuntime, parent context.Context, deadline int64) {
	c.rt, c.parent, c.deadline, c.inner, c.cancel = rt, parent, deadline, nil, nil
	c.phase.Store(appCtxLive)
}

// finish ends the ctx once its hook has returned.
func (c *appDeadlineCtx) finish() {
	if c.phase.CompareAndSwap(appCtxLive, appCtxOver) {
		return
	}
	c.mu.Lock()
	c.phase.Store(appCtxOver)
	cancel := c.cancel
	c.mu.Unlock()
	if cancel != nil {
		cancel()
	}
}

func (c *appDeadlineCtx) Deadline() (time.Time, bool) { return c.rt.at(c.deadline), true }

func (c *appDeadlineCtx) Done() <-chan struct{} {
	if c.phase.Load() == appCtxOver {
		return appClosed
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.inner == nil {
		if !c.phase.CompareAndSwap(appCtxLive, appCtxWaited) {
			return appClosed
		}
		c.inner, c.cancel = context.WithDeadline(c.parent, c.rt.at(c.deadline))
	}
	return c.inner.Done()
}

func (c *appDeadlineCtx) Err() error {
	switch c.phase.Load() {
	case appCtxOver:
		return context.Canceled
	case appCtxWaited:
		c.mu.Lock()
		inner := c.inner
		c.mu.Unlock()
		if inner != nil {
			return inner.Err()
		}
	}
	if err := c.parent.Err(); err != nil {
		return err
	}
	if c.rt.now() >= c.deadline {
		return context.DeadlineExceeded
	}
	return nil
}

func (c *appDeadlineCtx) Value(key any) any { return c.parent.Value(key) }

func (c *appDeadlineCtx) String() string { return "lifegen hook context" }
