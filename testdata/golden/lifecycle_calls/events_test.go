package lifecycle_calls

import (
	"sync"
	"testing"
	"time"
)

// eventLog records the events of an app; OnEvent may be called from any
// goroutine.
type eventLog struct {
	mu      sync.Mutex
	events  []AppEvent
	changed chan struct{}
}

func recordEvents(app *App) *eventLog {
	l := &eventLog{changed: make(chan struct{})}
	app.OnEvent = l.record
	return l
}

func (l *eventLog) record(e AppEvent) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.events = append(l.events, e)
	close(l.changed)
	l.changed = make(chan struct{})
}

// find returns the first event of name entering state, or the channel
// that closes on the next event.
func (l *eventLog) find(name string, state AppState) (AppEvent, bool, chan struct{}) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, e := range l.events {
		if e.Name == name && e.State == state {
			return e, true, nil
		}
	}
	return AppEvent{}, false, l.changed
}

// waitFor waits up to 5s for component name to enter state.
func (l *eventLog) waitFor(t *testing.T, name string, state AppState) AppEvent {
	t.Helper()
	deadline := time.After(5 * time.Second)
	for {
		e, ok, changed := l.find(name, state)
		if ok {
			return e
		}
		select {
		case <-changed:
		case <-deadline:
			t.Fatalf("%s never entered %s", name, state)
		}
	}
}

// states lists the events as "name state", in order.
func (l *eventLog) states() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []string
	for _, e := range l.events {
		out = append(out, e.Name+" "+string(e.State))
	}
	return out
}

// closedWithin waits up to d for ch to close.
func closedWithin(ch <-chan struct{}, d time.Duration) bool {
	select {
	case <-ch:
		return true
	case <-time.After(d):
		return false
	}
}

// isClosed reports whether ch is closed now.
func isClosed(ch <-chan struct{}) bool {
	select {
	case <-ch:
		return true
	default:
		return false
	}
}

// stateOf returns the state of component name in app.Status().
func stateOf(t *testing.T, app *App, name string) AppStatus {
	t.Helper()
	for _, s := range app.Status() {
		if s.Name == name {
			return s
		}
	}
	t.Fatalf("no component %q in Status", name)
	return AppStatus{}
}
