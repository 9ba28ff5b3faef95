package lifecycle

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

// bound is how long any call may take before a test calls it hung: far
// above every timeout the tests set, so only a hang trips it. No test
// asserts how fast anything is.
const bound = 10 * time.Second

// quiet drops an app's log records.
var quiet = slog.New(slog.DiscardHandler)

// errBoom is the failure the tests inject.
var errBoom = errors.New("boom")

// tally records the calls of hooks, in order, as "start db", "stop db".
type tally struct {
	mu    sync.Mutex
	calls []string
}

func (t *tally) add(s string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.calls = append(t.calls, s)
}

func (t *tally) count(s string) int {
	t.mu.Lock()
	defer t.mu.Unlock()
	n := 0
	for _, c := range t.calls {
		if c == s {
			n++
		}
	}
	return n
}

func (t *tally) list() []string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return slices.Clone(t.calls)
}

// with returns the calls that start with prefix.
func (t *tally) with(prefix string) []string {
	var out []string
	for _, c := range t.list() {
		if strings.HasPrefix(c, prefix) {
			out = append(out, c)
		}
	}
	return out
}

// svc is a service whose constructor returns its name as its value and
// whose stop records itself in tl.
func svc(tl *tally, name string, needs ...string) Component {
	return Component{Name: name, Kind: KindService, Needs: needs,
		Start: func(ctx context.Context) (Hooks, error) {
			tl.add("start " + name)
			return Hooks{Value: name, Stop: func(context.Context) error { tl.add("stop " + name); return nil }}, nil
		}}
}

// failing is a service whose constructor fails with errBoom.
func failing(tl *tally, name string, needs ...string) Component {
	c := svc(tl, name, needs...)
	c.Start = func(context.Context) (Hooks, error) {
		tl.add("start " + name)
		return Hooks{}, errBoom
	}
	return c
}

// recorder collects the events of an app.
type recorder struct {
	mu  sync.Mutex
	evs []Event
}

func (r *recorder) on(e Event) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.evs = append(r.evs, e)
}

func (r *recorder) all() []Event {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.evs)
}

// states returns the states name entered, in order.
func (r *recorder) states(name string) []State {
	var out []State
	for _, e := range r.all() {
		if e.Name == name {
			out = append(out, e.State)
		}
	}
	return out
}

// trace returns every event as "name state".
func (r *recorder) trace() []string {
	var out []string
	for _, e := range r.all() {
		out = append(out, e.Name+" "+string(e.State))
	}
	return out
}

// sink is a slog.Handler that keeps every record.
type sink struct {
	mu   *sync.Mutex
	recs *[]string
}

func newSink() sink { return sink{mu: new(sync.Mutex), recs: new([]string)} }

func (s sink) Enabled(context.Context, slog.Level) bool { return true }
func (s sink) WithAttrs([]slog.Attr) slog.Handler       { return s }
func (s sink) WithGroup(string) slog.Handler            { return s }
func (s sink) Handle(_ context.Context, r slog.Record) error {
	var b strings.Builder
	b.WriteString(r.Message)
	r.Attrs(func(a slog.Attr) bool {
		fmt.Fprintf(&b, " %s=%v", a.Key, a.Value)
		return true
	})
	s.mu.Lock()
	defer s.mu.Unlock()
	*s.recs = append(*s.recs, b.String())
	return nil
}

func (s sink) records() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(*s.recs)
}

// within calls f on a goroutine of its own and fails the test when f has
// not returned within bound.
func within(t testing.TB, what string, f func() error) error {
	t.Helper()
	res := make(chan error, 1)
	go func() { res <- f() }()
	select {
	case err := <-res:
		return err
	case <-time.After(bound):
		t.Fatalf("%s did not return within %v", what, bound)
		return nil
	}
}

// start starts a with cfg (quiet unless cfg has a Logger) and fails the
// test if it does not start. A test that fails before it stops a still
// has it stopped, so that its goroutines do not disturb later tests.
func start(t testing.TB, a *App, cfg Config) {
	t.Helper()
	if cfg.Logger == nil {
		cfg.Logger = quiet
	}
	t.Cleanup(func() { a.Stop(context.Background()) })
	if err := within(t, "Start", func() error { return a.Start(context.Background(), cfg) }); err != nil {
		t.Fatalf("Start = %v", err)
	}
}

// stop stops a and returns Stop's error; it fails the test on a hang.
func stop(t testing.TB, a *App) error {
	t.Helper()
	return within(t, "Stop", func() error { return a.Stop(context.Background()) })
}

// wait fails the test unless ch closes within bound.
func wait(t testing.TB, what string, ch <-chan struct{}) {
	t.Helper()
	select {
	case <-ch:
	case <-time.After(bound):
		t.Fatalf("%s: not within %v", what, bound)
	}
}

// isClosed reports whether ch is closed.
func isClosed(ch <-chan struct{}) bool {
	select {
	case <-ch:
		return true
	default:
		return false
	}
}

// eventually fails the test unless cond holds within bound.
func eventually(t testing.TB, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(bound)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("%s: not within %v", what, bound)
		}
		time.Sleep(100 * time.Microsecond)
	}
}

// wantErr fails the test unless err is non-nil, wraps target (when not
// nil) and contains every one of words.
func wantErr(t testing.TB, what string, err, target error, words ...string) {
	t.Helper()
	if err == nil {
		t.Fatalf("%s = nil, want an error", what)
	}
	if target != nil && !errors.Is(err, target) {
		t.Errorf("%s = %q, does not wrap %q", what, err, target)
	}
	for _, w := range words {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("%s = %q, does not say %q", what, err, w)
		}
	}
}

// modes runs f once in parallel and once in sequential startup.
func modes(t *testing.T, f func(t *testing.T, sequential bool)) {
	for _, seq := range []bool{false, true} {
		name := "parallel"
		if seq {
			name = "sequential"
		}
		t.Run(name, func(t *testing.T) { f(t, seq) })
	}
}

// stateOf returns the state of the component called name.
func stateOf(a *App, name string) State {
	for _, s := range a.Status() {
		if s.Name == name {
			return s.State
		}
	}
	return ""
}

// statusOf returns the status of the component called name.
func statusOf(a *App, name string) Status {
	for _, s := range a.Status() {
		if s.Name == name {
			return s
		}
	}
	return Status{}
}

// slogOf is a logger that writes to s.
func slogOf(s sink) *slog.Logger { return slog.New(s) }
