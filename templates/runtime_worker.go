package templates

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"
)

// appWorker wires one worker block consuming a queue of T.
type appWorker[T any] struct {
	queue  func(w *appWiring) chan T
	handle func(w *appWiring, ctx context.Context, item T) error
}

// appWorkerHooks is what the runtime needs of an appWorker.
type appWorkerHooks interface {
	serve(a *App, i int, p *appPool)
	drop(w *appWiring) int
}

// appPool is the runtime state of one worker block.
type appPool struct {
	processed, failed, dropped atomic.Int64

	drain  chan struct{}      // closed when the shutdown reaches the workers
	once   sync.Once          // closes drain
	ctx    context.Context    // the handlers' ctx: cancelled after drain_timeout
	cancel context.CancelFunc //
	active atomic.Int32       // goroutines still serving
	exited chan struct{}      // closed when the last goroutine returns
}

// serve is one worker goroutine: it handles items until the shutdown asks
// it to drain, then handles what is still buffered until the queue is
// empty or the drain time is up.
func (h *appWorker[T]) serve(a *App, i int, p *appPool) {
	defer p.exit()
	ch := h.queue(&a.w)
	// Look at drain before each item: a select with an item ready as well
	// picks at random, and could take items after drain_timeout.
	for !p.draining() {
		select {
		case item := <-ch:
			a.handled(i, h.call(a, p.ctx, item))
		case <-p.drain:
		}
	}
	for p.ctx.Err() == nil {
		select {
		case item := <-ch:
			if p.ctx.Err() != nil {
				p.dropped.Add(1) // taken as the drain time ran out
				return
			}
			a.handled(i, h.call(a, p.ctx, item))
		default:
			return
		}
	}
}

// beginDrain asks the goroutines to drain, once.
func (p *appPool) beginDrain() { p.once.Do(func() { close(p.drain) }) }

// draining reports whether the shutdown has asked the workers to drain.
func (p *appPool) draining() bool {
	select {
	case <-p.drain:
		return true
	default:
		return false
	}
}

// call runs the handler for one item, turning a panic into an error.
func (h *appWorker[T]) call(a *App, ctx context.Context, item T) (err error) {
	defer appCatch(&err)
	return h.handle(&a.w, ctx, item)
}

// drop takes what is left in the queue without blocking and counts it.
func (h *appWorker[T]) drop(w *appWiring) int {
	ch, n := h.queue(w), 0
	for {
		select {
		case <-ch:
			n++
		default:
			return n
		}
	}
}

func (p *appPool) exit() {
	if p.active.Add(-1) == 0 {
		close(p.exited)
	}
}

// startWorkers launches the goroutines of worker block i.
func (a *App) startWorkers(i int) {
	c, p := a.rt.comps[i], a.rt.nodes[i].pool
	p.drain, p.exited = make(chan struct{}), make(chan struct{})
	p.ctx, p.cancel = context.WithCancel(a.rt.base)
	p.active.Store(int32(c.count))
	for range c.count {
		go c.worker.serve(a, i, p)
	}
}

// handled counts the outcome of one item. A failure is logged, and with
// on_error = "shutdown" it shuts the app down.
func (a *App) handled(i int, err error) {
	c, n := a.rt.comps[i], &a.rt.nodes[i]
	if err == nil {
		n.pool.processed.Add(1)
		return
	}
	n.pool.failed.Add(1)
	n.setErr(err)
	a.logError(i, "handler failed", err)
	if c.shutdownOnError {
		a.fail(fmt.Errorf("%s %q: handler: %w", c.kind, c.name, err))
	}
}

// stopWorkers drains worker block i: its goroutines handle what is
// buffered, with their ctx intact, for up to drain_timeout; then their ctx
// is cancelled and what is left in the queue is dropped and counted.
func (a *App) stopWorkers(i int) error {
	c, p := a.rt.comps[i], a.rt.nodes[i].pool
	p.beginDrain()
	t := time.NewTimer(c.drainTimeout)
	defer t.Stop()
	var err error
	select {
	case <-p.exited:
	case <-t.C:
		p.cancel()
		select {
		case <-p.exited:
		case <-a.rt.stopBase.Done():
			err = fmt.Errorf("handlers did not return before the shutdown deadline: %w", context.DeadlineExceeded)
		}
	}
	p.cancel()
	if n := p.dropped.Add(int64(c.worker.drop(&a.w))); n > 0 {
		a.logger().LogAttrs(context.Background(), slog.LevelWarn, c.kind+" "+c.name+": dropped items still queued after drain_timeout",
			slog.String("component", c.name), slog.String("kind", c.kind), slog.Int64("dropped", n))
	}
	return err
}
