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
	serve(a *App, i, k int, p *appPool)
	drop(w *appWiring) int
}

// appPool is the runtime state of one worker block.
type appPool struct {
	counts  []appCounts  // one per goroutine, so that they never share a cache line
	dropped atomic.Int64 // items left in the queue when the workers stopped
	halted  atomic.Bool  // drain_timeout is up: take no more items

	drain  chan struct{}      // closed when the shutdown reaches the workers
	once   sync.Once          // closes drain
	ctx    context.Context    // the handlers' ctx: cancelled after drain_timeout
	cancel context.CancelFunc //
	active atomic.Int32       // goroutines still serving
	exited chan struct{}      // closed when the last goroutine returns
}

// appCounts are the outcomes counted by one worker goroutine, padded to a
// cache line of its own.
type appCounts struct {
	processed, failed, dropped atomic.Int64
	_                          [40]byte
}

// totals sums the counts of every goroutine of the pool.
func (p *appPool) totals() (processed, failed, dropped int64) {
	dropped = p.dropped.Load()
	for k := range p.counts {
		c := &p.counts[k]
		processed, failed, dropped = processed+c.processed.Load(), failed+c.failed.Load(), dropped+c.dropped.Load()
	}
	return processed, failed, dropped
}

// serve is worker goroutine k: it handles items until the shutdown asks it
// to drain, then handles what is still buffered until the queue is empty
// or the drain time is up. While items are waiting it takes them with a
// plain receive; only an empty queue costs a select on the drain signal.
func (h *appWorker[T]) serve(a *App, i, k int, p *appPool) {
	defer p.exit()
	counts := &p.counts[k]
	for {
		done, err := h.loop(a, i, p, counts)
		if done {
			return
		}
		a.handled(i, counts, err) // a handler panicked: count it, carry on
	}
}

// loop handles items until the worker is done, or until a handler panics:
// recovering once per loop rather than once per item keeps the per-item
// path as short as a plain receive and a call.
func (h *appWorker[T]) loop(a *App, i int, p *appPool, counts *appCounts) (done bool, err error) {
	defer appCatch(&err)
	ch := h.queue(&a.w)
	for {
		var item T
		select {
		case item = <-ch:
		default:
			if p.draining() {
				return true, nil // drained: the queue is empty
			}
			select {
			case item = <-ch:
			case <-p.drain:
				continue
			}
		}
		if p.halted.Load() {
			counts.dropped.Add(1) // taken as the drain time ran out
			return true, nil
		}
		if err := h.handle(&a.w, p.ctx, item); err != nil {
			a.handled(i, counts, err)
		} else {
			counts.processed.Add(1)
		}
	}
}

// halt ends the drain: goroutines take no more items and their ctx is
// cancelled.
func (p *appPool) halt() {
	p.halted.Store(true)
	p.cancel()
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
	for k := range c.count {
		go c.worker.serve(a, i, k, p)
	}
}

// handled counts the outcome of one item. A failure is logged, and with
// on_error = "shutdown" it shuts the app down.
func (a *App) handled(i int, counts *appCounts, err error) {
	c, n := a.rt.comps[i], &a.rt.nodes[i]
	if err == nil {
		counts.processed.Add(1)
		return
	}
	counts.failed.Add(1)
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
		p.halt()
		select {
		case <-p.exited:
		case <-a.rt.stopBase.Done():
			err = fmt.Errorf("handlers did not return before the shutdown deadline: %w", context.DeadlineExceeded)
		}
	}
	p.cancel()
	p.dropped.Add(int64(c.worker.drop(&a.w)))
	if _, _, n := p.totals(); n > 0 {
		a.logger().LogAttrs(context.Background(), slog.LevelWarn, c.kind+" "+c.name+": dropped items still queued after drain_timeout",
			slog.String("component", c.name), slog.String("kind", c.kind), slog.Int64("dropped", n))
	}
	return err
}
