package templates

import (
	"context"
	"errors"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"
)

// App starts, monitors and stops the components of a lifecycle spec. Make
// one with NewApp, set the exported fields before Start, then call Run (or
// Start and Stop). An App runs once: it cannot be restarted after Stop.
type App struct {
	// Logger receives every state change (attributes component, kind,
	// state, duration, err). nil: slog.Default().
	Logger *slog.Logger
	// ShutdownTimeout bounds the whole shutdown. 0: the spec's
	// shutdown_timeout.
	ShutdownTimeout time.Duration
	// OnEvent, if set, is called for every state change, one call at a
	// time, on the goroutine that made the change. It must return quickly
	// and must not call Stop or Run (call them from another goroutine).
	OnEvent func(AppEvent)

	w  appWiring
	rt appRuntime
}

// AppState is the lifecycle state of one component.
type AppState string

// The states a component goes through. A service goes pending → starting →
// running (⇄ unhealthy) → stopping → stopped; a failed start, run, stop or
// a stop that missed the shutdown deadline ends in failed.
const (
	AppPending   AppState = "pending"
	AppStarting  AppState = "starting"
	AppRunning   AppState = "running"
	AppUnhealthy AppState = "unhealthy"
	AppStopping  AppState = "stopping"
	AppStopped   AppState = "stopped"
	AppFailed    AppState = "failed"
)

// appStates maps the runtime's state numbers to states.
var appStates = [...]AppState{AppPending, AppStarting, AppRunning, AppUnhealthy, AppStopping, AppStopped, AppFailed}

// The state numbers stored in appNode.word, in the order of appStates.
const (
	appPending uint64 = iota
	appStarting
	appRunning
	appUnhealthy
	appStopping
	appStopped
	appFailed
)

// AppStatus is a snapshot of one component, as returned by Status.
type AppStatus struct {
	Name  string // the spec's name, e.g. "database"
	Kind  string // "service", "queue" or "worker"
	State AppState
	Since time.Time // when State was entered
	Err   error     // the last start, run, health or stop error, if any
	// ConsecutiveFailures counts failed health checks in a row (services
	// with a health block).
	ConsecutiveFailures int
	// Len is the number of items waiting (queues). Processed, Failed and
	// Dropped count the items a worker handled, whose handler failed, and
	// that were still buffered when it stopped (workers).
	Len, Processed, Failed, Dropped int
}

// AppEvent reports one state change of one component.
type AppEvent struct {
	Time     time.Time
	Name     string        // component
	Kind     string        // "service", "queue" or "worker"
	State    AppState      // the state entered
	Duration time.Duration // time spent in the previous state
	Err      error
}

// appOptions are the spec-wide settings of the generated code.
type appOptions struct {
	shutdownTimeout time.Duration
	sequential      bool
	// order is the sequential startup order (a topological order with ties
	// broken by spec order).
	order []int
}

// appNew makes an App for the component table of a spec. It is called by
// the generated NewApp.
func appNew(w appWiring, comps []*appComponent, opts appOptions) *App {
	a := &App{w: w}
	rt := &a.rt
	rt.comps = comps
	rt.opts = opts
	rt.nodes = make([]appNode, len(comps))
	rt.epoch = time.Now()
	rt.ready = make(chan struct{})
	rt.done = make(chan struct{})
	rt.finished = make(chan struct{})
	rt.wake = make(chan struct{}, 1)
	for i, c := range comps {
		if c.queue != nil {
			c.queue.open(&a.w)
		}
		if c.kind == "worker" {
			rt.nodes[i].pool = &appPool{counts: make([]appCounts, c.count)}
		}
		if c.health != nil {
			rt.nodes[i].monitor = new(appMonitor)
		}
	}
	return a
}

// Start starts every component in dependency order and returns once all
// are ready, or with an error that names the component that failed and
// wraps the cause. After a failure every component that did start has
// been stopped. Start may be called once.
func (a *App) Start(ctx context.Context) error {
	if err := a.rt.claimStart(); err != nil {
		return err
	}
	return a.start(ctx)
}

// Stop shuts the app down gracefully: health monitors first, then each
// component after everything that depends on it, within ShutdownTimeout
// and ctx. It returns nil when shutdown was requested and every stop
// succeeded, else the failure that began the shutdown joined with every
// stop error. Calling Stop again, or before Start, does nothing and
// returns nil.
func (a *App) Stop(ctx context.Context) error {
	rt := &a.rt
	rt.mu.Lock()
	first := rt.phase != appIdle && !rt.stopCalled
	rt.stopCalled = rt.stopCalled || rt.phase != appIdle
	rt.mu.Unlock()
	if !first {
		return nil
	}
	a.beginShutdown(nil, a.shutdownDeadline(ctx))
	select {
	case <-rt.finished:
		return rt.result
	case <-ctx.Done():
		return errors.Join(rt.cause, appDeadlineError(ctx.Err(), a.unfinished()))
	}
}

// Run starts the app, waits until ctx is done or a failure begins a
// shutdown, then stops it within ShutdownTimeout. It returns nil when ctx
// ended the app and every stop succeeded.
func (a *App) Run(ctx context.Context) error {
	if err := a.Start(ctx); err != nil {
		return err
	}
	select {
	case <-ctx.Done():
	case <-a.rt.done:
	}
	// The shutdown itself ends by ShutdownTimeout (Stop takes the earlier
	// deadline). Stop's ctx lasts a little longer, so that when a
	// component misses that deadline Run reports the stop errors that
	// name it, rather than racing the shutdown to its end.
	stopCtx, cancel := context.WithTimeout(context.Background(), a.shutdownTimeout()+appReportGrace)
	defer cancel()
	if err := a.Stop(stopCtx); err != nil {
		return err
	}
	// Stop returns nil at once when it was already called elsewhere: wait
	// for that shutdown and report it.
	select {
	case <-a.rt.finished:
		return a.rt.result
	case <-stopCtx.Done():
		return errors.Join(a.Err(), appDeadlineError(stopCtx.Err(), a.unfinished()))
	}
}

// appReportGrace is how long Run waits past ShutdownTimeout for the
// shutdown to record its outcome.
const appReportGrace = time.Second

// Ready is closed once every component is ready. It never closes if Start
// fails.
func (a *App) Ready() <-chan struct{} { return a.rt.ready }

// Done is closed once shutdown has begun, for any reason.
func (a *App) Done() <-chan struct{} { return a.rt.done }

// Err reports why shutdown began: nil when it was requested (Stop or the
// ctx of Run) or has not begun.
func (a *App) Err() error {
	a.rt.mu.Lock()
	defer a.rt.mu.Unlock()
	return a.rt.cause
}

// Status returns one entry per service, queue and worker, in spec order.
func (a *App) Status() []AppStatus {
	out := make([]AppStatus, len(a.rt.comps))
	for i, c := range a.rt.comps {
		n := &a.rt.nodes[i]
		state, since := n.load()
		s := AppStatus{Name: c.name, Kind: c.kind, State: appStates[state], Since: a.rt.at(since), Err: n.lastErr()}
		if c.queue != nil {
			s.Len = c.queue.len(&a.w)
		}
		if p := n.pool; p != nil {
			processed, failed, dropped := p.totals()
			s.Processed, s.Failed, s.Dropped = int(processed), int(failed), int(dropped)
		}
		if m := n.monitor; m != nil {
			s.ConsecutiveFailures = int(m.failures.Load())
		}
		out[i] = s
	}
	return out
}

// appValue returns a started service's value, or the zero value before it
// has started. The generated accessors call it.
func appValue[V any](a *App, i int, v *V) V {
	if !a.rt.nodes[i].published.Load() {
		var zero V
		return zero
	}
	return *v
}

// The phases of an App as a whole.
const (
	appIdle = iota
	appBooting
	appUp
)

// appRuntime is the state of the scheduler behind an App.
type appRuntime struct {
	comps []*appComponent
	opts  appOptions
	nodes []appNode
	epoch time.Time // state times are nanoseconds since epoch

	ready    chan struct{} // closed when every component is ready
	done     chan struct{} // closed when shutdown begins
	finished chan struct{} // closed when shutdown has finished
	wake     chan struct{} // nudges the watchdog (capacity 1)

	readyCount atomic.Int32 // components ready
	stopCount  atomic.Int32 // components done stopping
	inflight   atomic.Int32 // start or stop hooks running and not abandoned
	aborting   atomic.Bool  // Start failed: start nothing more
	expired    atomic.Bool  // the shutdown deadline has passed: stop nothing more
	chains     sync.WaitGroup
	monitors   sync.WaitGroup

	health       context.Context // health monitors' parent: cancelled first at shutdown
	cancelHealth context.CancelFunc
	startCtx     context.Context // constructors' parent: cancelled on failure
	cancelStart  context.CancelCauseFunc
	base         context.Context // run, worker and health parent: never cancelled by Start's ctx
	stopBase     context.Context // stop hooks' parent: ends at the shutdown deadline
	stopBy       int64           // the shutdown deadline in nanoseconds since epoch
	cancelBase   context.CancelFunc

	mu         sync.Mutex // guards the fields below
	phase      int        // appIdle, appBooting or appUp
	begun      bool       // shutdown has begun
	stopCalled bool
	cause      error // why shutdown began
	shutdownAt time.Time
	result     error // what the shutdown returned
	eventMu    sync.Mutex
}

func (rt *appRuntime) claimStart() error {
	rt.mu.Lock()
	defer rt.mu.Unlock()
	if rt.phase != appIdle || rt.begun {
		return errors.New("lifegen: Start called more than once")
	}
	rt.phase = appBooting
	return nil
}

// now returns the time since epoch in nanoseconds.
func (rt *appRuntime) now() int64 { return int64(time.Since(rt.epoch)) }

// at converts nanoseconds since epoch back to a time.
func (rt *appRuntime) at(ns int64) time.Time { return rt.epoch.Add(time.Duration(ns)) }

func (a *App) shutdownTimeout() time.Duration {
	if a.ShutdownTimeout > 0 {
		return a.ShutdownTimeout
	}
	return a.rt.opts.shutdownTimeout
}

// shutdownDeadline is the earlier of ctx's deadline and now plus
// ShutdownTimeout.
func (a *App) shutdownDeadline(ctx context.Context) time.Time {
	d := time.Now().Add(a.shutdownTimeout())
	if cd, ok := ctx.Deadline(); ok && cd.Before(d) {
		return cd
	}
	return d
}

func (a *App) logger() *slog.Logger {
	if a.Logger != nil {
		return a.Logger
	}
	return slog.Default()
}
