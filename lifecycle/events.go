package lifecycle

import (
	"context"
	"errors"
	"fmt"
	"log"
	"log/slog"
	"runtime"
	"sync"
	"time"
)

// setState records that c entered state s (with err, if any) and queues
// its event. It takes a.mu.
func (a *App) setState(c *component, s State, err error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.setStateLocked(c, s, err)
}

// setStateLocked is setState with a.mu held. Everything a state change
// reports (the event, its log record, a systemd status line) is queued
// here and delivered later, in order, by the outbox's goroutine: so a
// failure is always recorded before anything reports it, and no listener
// runs with a.mu held.
func (a *App) setStateLocked(c *component, s State, err error) {
	now := time.Now()
	ev := Event{Time: now, Name: c.Name, Kind: c.Kind, State: s, Duration: now.Sub(c.since), Err: err}
	c.state, c.since = s, now
	if len(c.history) == maxHistory {
		c.history = append(c.history[:0], c.history[1:]...)
	}
	c.history = append(c.history, stamp{state: s, time: now, err: err})
	if s == Starting || s == Stopping {
		a.notify.send(fmt.Sprintf("STATUS=%s %s %s", s, c.Kind, c.Name))
	}
	a.out.push(a, note{event: &ev})
}

// note is one thing to deliver: an event (logged and passed to OnEvent),
// a log record, or a systemd notification.
type note struct {
	event  *Event
	level  slog.Level
	msg    string
	attrs  []slog.Attr
	notify string
}

// outbox delivers events, log records and notifications in the order they
// were queued, one at a time, on a goroutine of its own. Nothing waits for
// a delivery except Start, Stop and Run before they return, so a listener
// may call any method of the App, Stop included.
type outbox struct {
	mu        sync.Mutex
	cond      sync.Cond
	pending   []note
	queued    int  // notes ever queued
	delivered int  // notes delivered
	closed    bool // no notes will follow the pending ones
	exited    bool // the goroutine has returned
	entry     uintptr
	reported  map[string]bool // the kinds of listener panic already reported
}

func (o *outbox) init() { o.cond.L = &o.mu }

// push queues n, unless nobody would see it.
func (o *outbox) push(a *App, n note) {
	if n.event != nil && a.cfg.OnEvent == nil && !a.log.Enabled(context.Background(), eventLevel(n.event.State)) {
		return
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.closed {
		return
	}
	o.pending = append(o.pending, n)
	o.queued++
	o.cond.Broadcast()
}

// logLocked queues a log record. a.mu is held.
func (o *outbox) logLocked(a *App, level slog.Level, msg string, attrs ...slog.Attr) {
	if a.log.Enabled(context.Background(), level) {
		o.push(a, note{level: level, msg: msg, attrs: attrs})
	}
}

// closeLocked says that nothing follows what is pending: the goroutine
// returns once it is delivered.
func (o *outbox) closeLocked() {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.closed = true
	o.cond.Broadcast()
}

// deliver is the outbox's goroutine. It delivers one note at a time, so
// that a listener that calls runtime.Goexit loses nothing: contained
// starts another goroutine, which goes on with the next note.
func (o *outbox) deliver(a *App) {
	pc, _, _, _ := runtime.Caller(0)
	o.mu.Lock()
	o.entry = runtime.FuncForPC(pc).Entry()
	for {
		for len(o.pending) == 0 && !o.closed {
			o.cond.Wait()
		}
		if len(o.pending) == 0 {
			o.exited = true
			o.cond.Broadcast()
			o.mu.Unlock()
			a.notify.close()
			return
		}
		n := o.pending[0]
		o.pending = o.pending[1:]
		o.mu.Unlock()
		o.deliverOne(a, n)
		o.mu.Lock()
		o.delivered++
		o.cond.Broadcast()
	}
}

// deliverOne logs a note, passes its event to OnEvent, or sends it to
// systemd. A panic in OnEvent or in the logger is reported once and never
// crashes the program.
func (o *outbox) deliverOne(a *App, n note) {
	if n.notify != "" {
		a.notify.write(n.notify)
		return
	}
	if n.event == nil {
		o.log(a, n.level, n.msg, n.attrs)
		return
	}
	ev := *n.event
	o.log(a, eventLevel(ev.State), fmt.Sprintf("%s %s %s", ev.Kind, ev.Name, ev.State), eventAttrs(ev))
	if a.cfg.OnEvent != nil {
		guard(func() error { a.cfg.OnEvent(ev); return nil }, func(err error) { o.contained(a, "OnEvent", err) })
	}
}

func (o *outbox) log(a *App, level slog.Level, msg string, attrs []slog.Attr) {
	guard(func() error {
		a.log.LogAttrs(context.Background(), level, msg, attrs...)
		return nil
	}, func(err error) { o.contained(a, "the Logger", err) })
}

// contained reports, once per kind, that a listener panicked or did not
// return; the program carries on. When the listener called
// runtime.Goexit, this goroutine is ending: another takes over.
func (o *outbox) contained(a *App, who string, err error) {
	if err != nil && !o.reported[who] {
		if o.reported == nil {
			o.reported = map[string]bool{}
		}
		o.reported[who] = true
		msg := fmt.Sprintf("lifegen: %s failed and was contained; further failures are not reported: %v", who, err)
		if who == "the Logger" || !safeLog(a.log, slog.LevelError, msg) {
			log.Print(msg)
		}
	}
	if errors.Is(err, errGoexit) {
		o.mu.Lock()
		o.delivered++
		o.mu.Unlock()
		go o.deliver(a)
	}
}

// flush waits until everything queued so far has been delivered, and,
// once the app has stopped, for the outbox's goroutine to return. Called
// from a listener (OnEvent calling Stop), it returns at once: it would
// wait for itself.
func (a *App) flush() {
	o := &a.out
	if o.onDeliverer() {
		return
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	target := o.queued
	for o.delivered < target || (o.closed && !o.exited) {
		o.cond.Wait()
	}
}

// onDeliverer reports whether the calling goroutine is the outbox's: it
// looks for deliver among the callers.
func (o *outbox) onDeliverer() bool {
	o.mu.Lock()
	entry := o.entry
	o.mu.Unlock()
	pcs := make([]uintptr, 64)
	n := runtime.Callers(1, pcs)
	for n == len(pcs) {
		pcs = make([]uintptr, 2*len(pcs))
		n = runtime.Callers(1, pcs)
	}
	frames := runtime.CallersFrames(pcs[:n])
	for {
		f, more := frames.Next()
		if f.Entry == entry && entry != 0 {
			return true
		}
		if !more {
			return false
		}
	}
}

// eventLevel is the log level of entering state s.
func eventLevel(s State) slog.Level {
	switch s {
	case Failed:
		return slog.LevelError
	case Unhealthy:
		return slog.LevelWarn
	}
	return slog.LevelInfo
}

// eventAttrs are the log attributes of an event.
func eventAttrs(ev Event) []slog.Attr {
	attrs := []slog.Attr{slog.String("component", ev.Name), slog.String("kind", ev.Kind),
		slog.String("state", string(ev.State)), slog.Duration("duration", ev.Duration)}
	if ev.Err != nil {
		attrs = append(attrs, slog.Any("err", ev.Err))
		var p *panicError
		if errors.As(ev.Err, &p) {
			attrs = append(attrs, slog.String("stack", string(p.stack)))
		}
	}
	return attrs
}

func componentAttrs(c *component) []slog.Attr {
	return []slog.Attr{slog.String("component", c.Name), slog.String("kind", c.Kind)}
}

// safeLog logs a record on the caller's goroutine, containing a panic in
// the logger; it reports whether the record was logged.
func safeLog(l *slog.Logger, level slog.Level, msg string, attrs ...slog.Attr) (ok bool) {
	guard(func() error {
		l.LogAttrs(context.Background(), level, msg, attrs...)
		return nil
	}, func(err error) { ok = err == nil })
	return ok
}

// logError logs a failure that is not a state change.
func (a *App) logError(c *component, msg string, err error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.out.logLocked(a, slog.LevelError, fmt.Sprintf("%s %s: %s", c.Kind, c.Name, msg), append(componentAttrs(c), errAttr(err)...)...)
}
