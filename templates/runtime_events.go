package templates

import (
	"context"
	"errors"
	"log/slog"
	"sync"
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
// them, so that hooks that never wait cost no allocation.
type appDeadlineCtx struct {
	mu       sync.Mutex
	parent   context.Context
	deadline time.Time
	inner    context.Context // made by the first Done
	cancel   context.CancelFunc
	over     bool // the hook has returned
}

// appClosed is a closed channel, the Done of a finished hook ctx.
var appClosed = func() chan struct{} { c := make(chan struct{}); close(c); return c }()

func (c *appDeadlineCtx) reset(parent context.Context, deadline time.Time) {
	c.mu.Lock()
	c.parent, c.deadline, c.inner, c.cancel, c.over = parent, deadline, nil, nil, false
	c.mu.Unlock()
}

func (c *appDeadlineCtx) finish() {
	c.mu.Lock()
	c.over = true
	cancel := c.cancel
	c.mu.Unlock()
	if cancel != nil {
		cancel()
	}
}

func (c *appDeadlineCtx) Deadline() (time.Time, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.deadline, true
}

func (c *appDeadlineCtx) Done() <-chan struct{} {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.inner == nil {
		if c.over {
			return appClosed
		}
		c.inner, c.cancel = context.WithDeadline(c.parent, c.deadline)
	}
	return c.inner.Done()
}

func (c *appDeadlineCtx) Err() error {
	c.mu.Lock()
	inner, over, parent, deadline := c.inner, c.over, c.parent, c.deadline
	c.mu.Unlock()
	switch {
	case inner != nil:
		return inner.Err()
	case over:
		return context.Canceled
	case parent.Err() != nil:
		return parent.Err()
	case !time.Now().Before(deadline):
		return context.DeadlineExceeded
	}
	return nil
}

func (c *appDeadlineCtx) Value(key any) any {
	c.mu.Lock()
	parent := c.parent
	c.mu.Unlock()
	return parent.Value(key)
}

func (c *appDeadlineCtx) String() string { return "lifegen hook context" }
