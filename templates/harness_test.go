package templates

import (
	"context"
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

// builder makes component tables for tests.
type builder struct {
	t     *testing.T
	j     *journal
	comps []*appComponent
	index map[string]int
	opts  appOptions
}

func newBuilder(t *testing.T) *builder {
	return &builder{t: t, j: &journal{}, index: map[string]int{}, opts: appOptions{shutdownTimeout: 5 * time.Second}}
}

func (b *builder) add(c *appComponent, deps []string) {
	for _, d := range deps {
		di, ok := b.index[d]
		if !ok {
			b.t.Fatalf("test spec: %s depends on unknown %s", c.name, d)
		}
		c.deps = append(c.deps, di)
		b.comps[di].dependents = append(b.comps[di].dependents, len(b.comps))
	}
	b.index[c.name] = len(b.comps)
	b.comps = append(b.comps, c)
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
	b.opts.order = b.order()
	a := appNew(appWiring{values: map[string]any{}}, b.comps, b.opts)
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
