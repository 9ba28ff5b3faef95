package lifecycle

import (
	"context"
	"errors"
	"fmt"
	"log"
	"log/slog"
	"reflect"
	"runtime"
	"sync"
	"time"
)

// setState records that c entered state s (with err, if any) and queues
// its event. It takes a.mu.
func (a *App) setState(c *component, s State, err error) {
	a.mu.Lock()
	defer a.unlock()
	a.setStateLocked(c, s, err)
}

// setStateLocked is setState with a.mu held. What the change reports
// (its event and log record, a systemd status line) is queued and
// delivered once a.mu is released (App.unlock).
func (a *App) setStateLocked(c *component, s State, err error) {
	now := time.Now()
	if a.cfg.OnEvent != nil || enabled(a.log, eventLevel(s)) {
		ev := &Event{Time: now, Name: c.Name, Kind: c.Kind, State: s, Duration: now.Sub(c.since), Err: err}
		a.out.push(a, note{event: ev})
	}
	c.state, c.since = s, now
	if c.history == nil {
		c.history = make([]stamp, 0, 4) // starting, running, stopping, stopped
	}
	if len(c.history) == maxHistory {
		c.history = append(c.history[:0], c.history[1:]...)
	}
	c.history = append(c.history, stamp{state: s, time: now, err: err})
	if a.notify != nil && (s == Starting || s == Stopping) {
		a.notify.send(fmt.Sprintf("STATUS=%s %s %s", s, c.Kind, c.Name))
	}
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

// outbox holds the notes queued under a.mu until they are delivered, in
// order, one at a time (see the package doc, Design).
type outbox struct {
	mu         sync.Mutex
	cond       sync.Cond
	pending    []note
	queued     int  // notes ever queued
	delivered  int  // notes delivered
	delivering bool // a goroutine is delivering
	closed     bool // the app has stopped: nothing more is queued
	reported   map[string]bool
}

func (o *outbox) init() { o.cond.L = &o.mu }

// push queues n. Once the app has stopped, only log records are queued
// (the events and the systemd status end with the shutdown). a.mu is
// held.
func (o *outbox) push(a *App, n note) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.closed && (n.event != nil || n.notify != "") {
		return
	}
	o.pending = append(o.pending, n)
	o.queued++
	a.queuedSinceLock = true
}

// logLocked queues a log record. a.mu is held.
func (o *outbox) logLocked(a *App, level slog.Level, msg string, attrs ...slog.Attr) {
	if enabled(a.log, level) {
		o.push(a, note{level: level, msg: msg, attrs: attrs})
	}
}

// closeLocked ends the events and systemd notes: from now on push queues
// only log records.
func (o *outbox) closeLocked() {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.closed = true
}

// unlock releases a.mu, then delivers what is pending if this hold of
// a.mu queued anything (what others queued, they deliver).
func (a *App) unlock() {
	if a.release() {
		deliverNotes(a)
	}
}

// release releases a.mu and reports whether this hold of it queued
// anything.
func (a *App) release() bool {
	queued := a.queuedSinceLock
	a.queuedSinceLock = false
	a.mu.Unlock()
	return queued
}

// deliverNotes delivers the pending notes, unless another goroutine is
// already doing so (it will deliver these too).
func deliverNotes(a *App) {
	o := &a.out
	o.mu.Lock()
	if o.delivering {
		o.mu.Unlock()
		return
	}
	o.delivering = true
	for len(o.pending) > 0 {
		n := o.pending[0]
		o.pending = o.pending[1:]
		o.mu.Unlock()
		o.deliverOne(a, n)
		o.mu.Lock()
		o.delivered++
	}
	o.delivering = false
	o.cond.Broadcast()
	o.mu.Unlock()
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
		listen(func() { a.cfg.OnEvent(ev) }, func(err error) { o.contained(a, "OnEvent", err) })
	}
}

func (o *outbox) log(a *App, level slog.Level, msg string, attrs []slog.Attr) {
	listen(func() { a.log.LogAttrs(context.Background(), level, msg, attrs...) },
		func(err error) { o.contained(a, "the Logger", err) })
}

// listen calls a listener (OnEvent or the Logger) on a goroutine of its
// own and waits for it, so that a listener calling runtime.Goexit ends
// only that goroutine, not the one delivering (which may be in the middle
// of a start or a stop). report gets what guard gives.
func listen(f func(), report func(error)) {
	done := make(chan struct{})
	go listener(f, report, done)
	<-done
}

// listener runs f for listen; delivering looks for it on the stack.
func listener(f func(), report func(error), done chan<- struct{}) {
	defer close(done)
	guard(func() error { f(); return nil }, report)
}

// contained reports, once per kind, that a listener panicked or did not
// return; the program carries on.
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
}

// flush waits until everything queued so far has been delivered. Called
// while delivering (OnEvent calling Stop), it returns at once: it would
// wait for itself.
func (a *App) flush() {
	if delivering() {
		return
	}
	o := &a.out
	o.mu.Lock()
	defer o.mu.Unlock()
	for target := o.queued; o.delivered < target; {
		o.cond.Wait()
	}
}

// listenerEntry is the entry address of listener, which delivering
// looks for on the stack.
var listenerEntry = runtime.FuncForPC(reflect.ValueOf(listener).Pointer()).Entry()

// delivering reports whether the calling goroutine is a listener's:
// whether listener is among its callers. Stop, Start and Run use it to
// tell a call from inside OnEvent, which must not wait for deliveries.
func delivering() bool {
	pcs := make([]uintptr, 64)
	n := runtime.Callers(1, pcs)
	for n == len(pcs) {
		pcs = make([]uintptr, 2*len(pcs))
		n = runtime.Callers(1, pcs)
	}
	frames := runtime.CallersFrames(pcs[:n])
	for {
		f, more := frames.Next()
		if f.Entry == listenerEntry {
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

// enabled reports whether l logs records of level. A handler whose
// Enabled panics counts as enabled: the record is then logged through a
// guard, which contains the panic and reports it.
func enabled(l *slog.Logger, level slog.Level) bool {
	on := true
	guard(func() error { on = l.Enabled(context.Background(), level); return nil }, func(error) {})
	return on
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
	defer a.unlock()
	a.out.logLocked(a, slog.LevelError, fmt.Sprintf("%s %s: %s", c.Kind, c.Name, msg), append(componentAttrs(c), errAttr(err)...)...)
}
