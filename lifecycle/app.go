package lifecycle

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"
)

// App runs the components of one Spec: it starts them in dependency
// order, watches them while they run and stops them in reverse order.
// An App runs once: after Stop it cannot be started again. mu guards
// everything it changes after New; no hook is called with mu held.
type App struct {
	spec  Spec
	comps []*component // in spec order
	order []*component // sequential startup order

	ready   chan struct{} // closed once every component is ready
	done    chan struct{} // closed once a shutdown has begun
	stopped chan struct{} // closed once the shutdown has finished
	out     outbox        // events and log records, delivered in order

	mu          sync.Mutex
	phase       phase
	cfg         Config
	log         *slog.Logger
	values      context.Context    // Start's ctx values, never cancelled
	life        context.Context    // values, cancelled when a shutdown begins
	endLife     context.CancelFunc // cancels life
	abortStart  func()             // cancels the ctx of Start's round
	reason      string             // why the shutdown began, in words
	cause       error              // the failure that began it; nil if requested
	startErr    error              // why app.shutdown(nil) aborted the start
	stopCalled  bool
	startFailed bool          // the shutdown began during Start
	cutDelay    chan struct{} // closed by a second Stop: ends the readiness drain
	result      error         // the shutdown's outcome
	deadline    time.Time     // the shutdown's deadline
	busy        sync.WaitGroup
	// queuedSinceLock says that this hold of mu queued a note (unlock).
	queuedSinceLock bool
	restartMu       sync.Mutex // restarts run one at a time
	notify          *notifier  // systemd, when $NOTIFY_SOCKET is set
}

// phase is where an App is in its life.
type phase int

const (
	idle     phase = iota // before Start
	starting              // Start is running
	running               // Start succeeded
	stopping              // a shutdown has begun
	finished              // the shutdown has finished
)

// Errors an App returns from Start and Stop.
var (
	errStartTwice      = errors.New("lifegen: Start was already called; an App runs once")
	errStopDuringStart = errors.New("lifegen: Stop was called during Start")
)

// New returns an App for spec. It panics when a component names another
// that the spec does not have: generated code never does.
func New(spec Spec) *App {
	a := &App{
		spec:    spec,
		ready:   make(chan struct{}),
		done:    make(chan struct{}),
		stopped: make(chan struct{}),
	}
	a.out.init()
	a.comps = newComponents(spec.Components, time.Now())
	if spec.Sequential {
		a.order = topoOrder(a.comps)
	}
	return a
}

// Start starts every selected component in dependency order and returns
// once all are ready, or an error that names the component that failed
// and wraps the cause, after everything that had started was stopped.
// Start may be called once.
func (a *App) Start(ctx context.Context, cfg Config) error {
	round, err := a.begin(ctx, cfg)
	if err != nil {
		return err
	}
	err = a.startRound(round)
	a.busy.Done()
	if err == nil && a.markRunning() {
		a.flush()
		return nil
	}
	a.mu.Lock()
	a.beginShutdownLocked(context.Background(), "the ctx of Start ended", err)
	a.unlock()
	<-a.stopped
	a.mu.Lock()
	defer a.unlock()
	return a.startErrorLocked()
}

// Stop shuts the app down gracefully and waits for the shutdown to finish
// or for ctx to end. It returns nil when the shutdown was requested, every
// stop succeeded and no queued item was dropped. Before Start, once a
// start has failed (from the moment it fails, while it is rolled back),
// and the second time, it does nothing and returns nil (a second Stop
// also ends the readiness drain at once; the end of Run's ctx does not).
// Called from OnEvent, it begins the shutdown and returns nil at once:
// the shutdown waits for that listener to return, so Stop cannot wait for
// it there; Stopped and Err tell how it ends.
func (a *App) Stop(ctx context.Context) error {
	if !a.requestStop(ctx, "Stop was called", true) || delivering() {
		return nil
	}
	return a.wait(ctx)
}

// Run starts the app, waits until ctx is done or a shutdown begins, then
// stops it within ShutdownTimeout. It returns nil when the shutdown was
// requested and every stop succeeded; otherwise an error that wraps the
// failure and every stop error.
func (a *App) Run(ctx context.Context, cfg Config) error {
	if err := a.Start(ctx, cfg); err != nil {
		if a.requestedDuringStart() {
			return nil
		}
		return err
	}
	select {
	case <-ctx.Done():
	case <-a.done:
	}
	reason := "the ctx of Run ended"
	if ctx.Err() != nil {
		reason += ": " + context.Cause(ctx).Error()
	}
	ctx = context.WithoutCancel(ctx)
	a.requestStop(ctx, reason, false)
	return a.wait(ctx)
}

// Shutdown begins a shutdown whose cause is err (nil: a requested one)
// and returns at once. It never blocks (not even on a slow OnEvent or
// Logger: a goroutine of its own delivers what it reports) and may be
// called from anywhere, hooks included; during Start it aborts the start.
// It is what app.shutdown passes to constructors.
func (a *App) Shutdown(err error) {
	a.mu.Lock()
	defer func() {
		if a.release() {
			go deliverNotes(a)
		}
	}()
	reason := "app.shutdown was called"
	if err != nil {
		reason = "app.shutdown was called: " + err.Error()
	}
	if a.phase == starting && err == nil && a.beginShutdownLocked(context.Background(), reason, nil) {
		a.startErr = fmt.Errorf("lifegen: start aborted: app.shutdown was called: %w", context.Canceled)
		return
	}
	a.beginShutdownLocked(context.Background(), reason, err)
}

// Ready is closed once every component is ready. It never closes if Start
// fails.
func (a *App) Ready() <-chan struct{} { return a.ready }

// Done is closed once a shutdown has begun, for any reason.
func (a *App) Done() <-chan struct{} { return a.done }

// Stopped is closed once the shutdown has finished.
func (a *App) Stopped() <-chan struct{} { return a.stopped }

// Err reports why the shutdown began: nil when it was requested (Stop, the
// ctx of Run, app.shutdown with a nil cause) or has not begun.
func (a *App) Err() error {
	a.mu.Lock()
	defer a.unlock()
	return a.cause
}

// Value returns the value of the component at index i (in spec order)
// once it has started, also after it stopped; nil before.
func (a *App) Value(i int) any {
	a.mu.Lock()
	defer a.unlock()
	if inst := a.comps[i].inst; inst != nil {
		return inst.hooks.Value
	}
	return nil
}

// startErrorLocked is what Start returns once its failed start has been
// rolled back: the outcome of the shutdown, which holds the cause, or why
// the start was aborted joined with every stop error. a.mu is held.
func (a *App) startErrorLocked() error {
	switch {
	case a.cause != nil:
		return a.result
	case a.startErr != nil:
		return errors.Join(a.startErr, a.result)
	}
	return errors.Join(errStopDuringStart, a.result)
}

// requestedDuringStart reports whether Start failed only because
// app.shutdown(nil) asked for a shutdown and every stop succeeded: Run
// then returns nil.
func (a *App) requestedDuringStart() bool {
	a.mu.Lock()
	defer a.unlock()
	return a.cause == nil && a.result == nil && a.startErr != nil && !a.stopCalled
}

// requestStop begins a shutdown for Stop or Run, or joins the one under
// way. It reports whether the caller should wait for it: false before
// Start, after a failed Start, and for a second request, which ends the
// readiness drain when it comes from Stop (byStop).
func (a *App) requestStop(ctx context.Context, reason string, byStop bool) bool {
	a.mu.Lock()
	defer a.unlock()
	switch {
	case a.phase == idle || a.startFailed:
		return false
	case a.stopCalled:
		if byStop && a.cutDelay != nil {
			close(a.cutDelay)
			a.cutDelay = nil
		}
		return false
	}
	a.stopCalled = true
	a.beginShutdownLocked(ctx, reason, nil)
	return true
}

// wait waits for the shutdown to finish, or for ctx to end first. When
// ctx reached a deadline that the shutdown shares, the shutdown is ending
// at the same moment: wait takes its outcome, which names every component
// that did not stop and keeps every stop error.
func (a *App) wait(ctx context.Context) error {
	select {
	case <-a.stopped:
	case <-ctx.Done():
		if !a.endsBy(ctx) {
			a.mu.Lock()
			defer a.unlock()
			return errors.Join(a.cause, fmt.Errorf("lifegen: shutdown did not finish (still stopping: %s): %w",
				a.unfinishedLocked(), context.Cause(ctx)))
		}
		<-a.stopped
	}
	a.flush()
	a.mu.Lock()
	defer a.unlock()
	return a.result
}

// endsBy reports whether ctx reached its deadline and the shutdown's
// deadline is not later: then the shutdown's own waits end too.
func (a *App) endsBy(ctx context.Context) bool {
	d, ok := ctx.Deadline()
	if !ok || !errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return false
	}
	a.mu.Lock()
	defer a.unlock()
	return !a.deadline.IsZero() && !a.deadline.After(d)
}
