package templates

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"slices"
	"sync"
	"testing"
	"time"

	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

// journal records what the hooks of a test app did, in order.
type journal struct {
	mu    sync.Mutex
	lines []string
}

func (j *journal) add(format string, args ...any) {
	j.mu.Lock()
	defer j.mu.Unlock()
	j.lines = append(j.lines, fmt.Sprintf(format, args...))
}

func (j *journal) get() []string {
	j.mu.Lock()
	defer j.mu.Unlock()
	return slices.Clone(j.lines)
}

// count returns how many lines equal line.
func (j *journal) count(line string) int {
	n := 0
	for _, l := range j.get() {
		if l == line {
			n++
		}
	}
	return n
}

// index returns the position of line, or -1.
func (j *journal) index(line string) int { return slices.Index(j.get(), line) }

// svc describes a test service. Its value is its name; start and stop are
// journaled as "start NAME" and "stop NAME".
type svc struct {
	name  string
	deps  []string
	start func(ctx context.Context) error // nil: succeed at once
	stop  func(ctx context.Context) error // nil: no stop hook
	run   func(ctx context.Context) error // nil: no run hook
	check func(ctx context.Context) error // with health
	// runNoCtx makes run a method without ctx (ended by stop).
	runNoCtx     bool
	health       *appHealth
	startTimeout time.Duration
	stopTimeout  time.Duration
}

// builder makes component tables for tests. Dependencies are named and
// resolved by app, so that a queue can depend on workers declared after it.
type builder struct {
	t     *testing.T
	j     *journal
	comps []*appComponent
	deps  [][]string // the names each component depends on
	index map[string]int
	opts  appOptions
	chans map[string]*chan int // the channel of each queue
	links [][2]string          // more dependencies, added by app: [0] depends on [1]
}

func newBuilder(t *testing.T) *builder {
	return &builder{t: t, j: &journal{}, index: map[string]int{}, chans: map[string]*chan int{},
		opts: appOptions{shutdownTimeout: 5 * time.Second}}
}

func (b *builder) add(c *appComponent, deps []string) {
	if _, dup := b.index[c.name]; dup {
		b.t.Fatalf("test spec: %s declared twice", c.name)
	}
	b.index[c.name] = len(b.comps)
	b.comps = append(b.comps, c)
	b.deps = append(b.deps, slices.Clone(deps))
}

// link resolves the named dependencies into indices, as the generator does.
func (b *builder) link() {
	for _, l := range b.links {
		i, ok := b.index[l[0]]
		if !ok {
			b.t.Fatalf("test spec: unknown %s", l[0])
		}
		b.deps[i] = append(b.deps[i], l[1])
	}
	for i, c := range b.comps {
		for _, d := range b.deps[i] {
			di, ok := b.index[d]
			if !ok {
				b.t.Fatalf("test spec: %s depends on unknown %s", c.name, d)
			}
			c.deps = append(c.deps, di)
			b.comps[di].dependents = append(b.comps[di].dependents, i)
		}
	}
}

// queue adds a queue of ints. Every sender (declared before or after)
// depends on it; the queue depends on the workers that consume it (see
// worker).
func (b *builder) queue(name string, capacity int, senders ...string) *builder {
	b.chans[name] = new(chan int)
	b.add(&appComponent{name: name, kind: "queue", queue: &appQueue[int]{capacity: capacity,
		ch: func(w *appWiring) *chan int { return w.queues[name] }}}, nil)
	for _, s := range senders {
		b.links = append(b.links, [2]string{s, name})
	}
	return b
}

// ch returns where the channel of queue name lives once the app is built,
// for the hooks of services that send to it.
func (b *builder) ch(name string) *chan int {
	ch, ok := b.chans[name]
	if !ok {
		b.t.Fatalf("test spec: unknown queue %s", name)
	}
	return ch
}

// worker adds a pool of count goroutines that consume queue with handler.
func (b *builder) worker(name, queue string, count int, deps []string, handler func(ctx context.Context, item int) error,
	drainTimeout time.Duration, shutdownOnError bool) *builder {
	b.add(&appComponent{name: name, kind: "worker", count: count, drainTimeout: drainTimeout, shutdownOnError: shutdownOnError,
		worker: &appWorker[int]{
			queue:  func(w *appWiring) chan int { return *w.queues[queue] },
			handle: func(w *appWiring, ctx context.Context, item int) error { return handler(ctx, item) },
		}}, deps)
	b.links = append(b.links, [2]string{queue, name})
	return b
}

func (b *builder) service(s svc) *builder {
	c := &appComponent{name: s.name, kind: "service", startTimeout: or(s.startTimeout, 2*time.Second),
		stopTimeout: or(s.stopTimeout, 2*time.Second), health: s.health}
	c.service = b.hooks(s)
	b.add(c, s.deps)
	return b
}

func (b *builder) hooks(s svc) *appService[string] {
	j, name := b.j, s.name
	h := &appService[string]{
		start: func(w *appWiring, ctx context.Context) (string, error) {
			j.add("start %s", name)
			if s.start != nil {
				if err := s.start(ctx); err != nil {
					return "", err
				}
			}
			return name, nil
		},
		set: func(w *appWiring, v string) {},
	}
	if s.stop != nil {
		h.stop = appMethod[string](func(v string, ctx context.Context) error { j.add("stop %s", v); return s.stop(ctx) })
	}
	if s.run != nil && s.runNoCtx {
		h.run = appMethod[string](func(v string) error { return s.run(context.Background()) })
	} else if s.run != nil {
		h.run = appMethod[string](func(v string, ctx context.Context) error { return s.run(ctx) })
	}
	if s.check != nil {
		h.check = appMethod[string](func(v string, ctx context.Context) error { return s.check(ctx) })
	}
	return h
}

func or(d, def time.Duration) time.Duration {
	if d == 0 {
		return def
	}
	return d
}

// order computes the sequential startup order like the generator does.
func (b *builder) order() []int {
	var order []int
	done := make([]bool, len(b.comps))
	for len(order) < len(b.comps) {
		for i, c := range b.comps {
			if !done[i] && !slices.ContainsFunc(c.deps, func(d int) bool { return !done[d] }) {
				done[i] = true
				order = append(order, i)
				break
			}
		}
	}
	return order
}

func (b *builder) app() *App {
	b.link()
	b.opts.order = b.order()
	a := appNew(appWiring{values: map[string]any{}, queues: b.chans}, b.comps, b.opts)
	a.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	return a
}

func (b *builder) sequential() *builder {
	b.opts.sequential = true
	return b
}

// stopOK is a stop hook that succeeds.
func stopOK(context.Context) error { return nil }

// startStop starts and stops a, failing the test on errors.
func startStop(t *testing.T, a *App) {
	t.Helper()
	if err := a.Start(context.Background()); err != nil {
		t.Fatalf("Start: %v", err)
	}
	if err := a.Stop(context.Background()); err != nil {
		t.Fatalf("Stop: %v", err)
	}
}

// states returns the states of a's components by name.
func states(a *App) map[string]AppState {
	m := map[string]AppState{}
	for _, s := range a.Status() {
		m[s.Name] = s.State
	}
	return m
}

// status returns a's status entries by name.
func status(a *App) map[string]AppStatus {
	m := map[string]AppStatus{}
	for _, s := range a.Status() {
		m[s.Name] = s
	}
	return m
}

// recv waits up to five seconds for c to be closed or to deliver.
func recv[T any](t *testing.T, c <-chan T, what string) T {
	t.Helper()
	timer := time.NewTimer(5 * time.Second)
	defer timer.Stop()
	select {
	case v := <-c:
		return v
	case <-timer.C:
		t.Fatalf("%s: not within 5s", what)
		panic("unreachable")
	}
}

// closed reports whether c is closed, without waiting.
func closed(c <-chan struct{}) bool {
	select {
	case <-c:
		return true
	default:
		return false
	}
}

// events records what OnEvent reports and lets tests wait for an event or
// act on one as it happens.
type events struct {
	mu    sync.Mutex
	list  []AppEvent
	hooks map[string][]func(AppEvent)
}

// watch installs an event recorder as a's OnEvent.
func watch(a *App) *events {
	e := &events{hooks: map[string][]func(AppEvent){}}
	a.OnEvent = e.add
	return e
}

func (e *events) add(ev AppEvent) {
	e.mu.Lock()
	e.list = append(e.list, ev)
	hooks := e.hooks[ev.Name+" "+string(ev.State)]
	e.mu.Unlock()
	for _, h := range hooks {
		h(ev)
	}
}

// on calls f, on the goroutine of the change, each time name enters state.
func (e *events) on(name string, state AppState, f func(AppEvent)) {
	e.mu.Lock()
	defer e.mu.Unlock()
	key := name + " " + string(state)
	e.hooks[key] = append(e.hooks[key], f)
}

// next returns a channel that delivers the next time name enters state.
func (e *events) next(name string, state AppState) <-chan AppEvent {
	c := make(chan AppEvent, 1)
	var once sync.Once
	e.on(name, state, func(ev AppEvent) { once.Do(func() { c <- ev }) })
	return c
}

func (e *events) get() []AppEvent {
	e.mu.Lock()
	defer e.mu.Unlock()
	return slices.Clone(e.list)
}

// logBuffer is an io.Writer safe for concurrent use that collects JSON log
// lines.
type logBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.Write(p)
}

// logTo makes a log JSON lines into a buffer.
func logTo(a *App) *logBuffer {
	l := &logBuffer{}
	a.Logger = slog.New(slog.NewJSONHandler(l, &slog.HandlerOptions{Level: slog.LevelDebug}))
	return l
}

// records decodes the log lines.
func (l *logBuffer) records(t *testing.T) []map[string]any {
	t.Helper()
	l.mu.Lock()
	data := slices.Clone(l.buf.Bytes())
	l.mu.Unlock()
	var out []map[string]any
	for line := range bytes.Lines(data) {
		var m map[string]any
		if err := json.Unmarshal(line, &m); err != nil {
			t.Fatalf("log line %q: %v", line, err)
		}
		out = append(out, m)
	}
	return out
}

// lateSend sends to ch without blocking after the app has stopped: the
// channel is never closed, so this must not panic.
func lateSend(t *testing.T, ch chan int) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			t.Errorf("send after Stop panicked: %v", r)
		}
	}()
	select {
	case ch <- -1:
	default:
	}
}
