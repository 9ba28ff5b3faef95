package lifecycle

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"
)

// Queue is a queue's channel as the runtime sees it; Chan makes one.
type Queue interface {
	// Len returns the number of items waiting.
	Len() int
	drop() int
}

// Chan returns the channel of a queue as a Queue. The runtime never
// closes it, so a late send never panics.
func Chan[T any](ch chan T) Queue { return channel[T](ch) }

type channel[T any] chan T

func (ch channel[T]) Len() int { return len(ch) }

// drop takes out what is still buffered and returns how many items that
// was.
func (ch channel[T]) drop() int {
	for n := 0; ; n++ {
		select {
		case <-ch:
		default:
			return n
		}
	}
}

// Consumer is a worker's handler bound to its queue; Consume makes one.
type Consumer interface {
	serve(p *pool, n *counts)
}

// Consume returns a Consumer that calls handle for each item of ch.
func Consume[T any](ch chan T, handle func(context.Context, T) error) Consumer {
	return &consumer[T]{ch: ch, handle: handle}
}

type consumer[T any] struct {
	ch     chan T
	handle func(context.Context, T) error
}

// serve handles items until the pool says to stop.
func (c *consumer[T]) serve(p *pool, n *counts) {
	for {
		item, ok := c.next(p)
		if !ok {
			return
		}
		if err := c.handle(p.ctx, item); err != nil {
			p.failed(n, err)
		} else {
			n.processed.Add(1)
		}
	}
}

// next returns the next item: at once while items wait, else when one
// comes. It returns false once the pool is told to take no more, or, in
// a drain, once the queue is empty.
func (c *consumer[T]) next(p *pool) (item T, ok bool) {
	select {
	case <-p.quit:
		return item, false
	default:
	}
	select {
	case item = <-c.ch:
		return item, true
	default:
	}
	select {
	case item = <-c.ch:
		return item, true
	case <-p.quit:
		return item, false
	case <-p.drain:
		return item, false
	}
}

// counts are one worker goroutine's counters, which Status reads.
type counts struct {
	processed, failed atomic.Int64
}

// pool is the goroutines of one started worker.
type pool struct {
	a       *App
	c       *component
	consume Consumer
	ctx     context.Context // the handlers' ctx
	cancel  context.CancelFunc
	quit    chan struct{} // closed: take no more items
	drain   chan struct{} // closed: return once the queue is empty
	wg      sync.WaitGroup
	once    sync.Once // closes quit
}

// abandon tells the goroutines to take no more items and cancels their
// ctx, without waiting for them.
func (p *pool) abandon() {
	p.once.Do(func() { close(p.quit) })
	p.cancel()
}

// startPoolLocked launches a worker's goroutines. a.mu is held.
func (a *App) startPoolLocked(c *component, consume Consumer) *pool {
	ctx, cancel := context.WithCancel(a.values)
	p := &pool{a: a, c: c, consume: consume, ctx: ctx, cancel: cancel,
		quit: make(chan struct{}), drain: make(chan struct{})}
	for range max(c.Count, 1) {
		n := new(counts)
		c.counts = append(c.counts, n)
		p.wg.Add(1)
		go p.work(n)
	}
	return p
}

// work serves items until the pool stops.
func (p *pool) work(n *counts) {
	defer p.wg.Done()
	for !p.serve(n) {
	}
}

// serve runs the consumer and reports whether it ended as told (true) or
// because a handler panicked (false: the item is counted as failed, and
// work serves again). A handler that calls runtime.Goexit ends this
// goroutine: serve starts another in its place.
func (p *pool) serve(n *counts) (done bool) {
	guard(func() error {
		p.consume.serve(p, n)
		done = true
		return nil
	}, func(err error) {
		if err == nil {
			return
		}
		p.failed(n, err)
		if errors.Is(err, errGoexit) {
			p.wg.Add(1)
			go p.work(n)
		}
	})
	return done
}

// failed counts and logs a failed item; with on_error = "shutdown" it
// also shuts the app down.
func (p *pool) failed(n *counts, err error) {
	n.failed.Add(1)
	c, a := p.c, p.a
	err = fmt.Errorf("%s %q: handler: %w", c.Kind, c.Name, err)
	a.mu.Lock()
	defer a.unlock()
	c.err = err
	if c.OnError == PolicyShutdown {
		a.beginShutdownLocked(context.Background(), fmt.Sprintf("%s %q: a handler failed", c.Kind, c.Name), err)
	}
	a.out.logLocked(a, slog.LevelError, fmt.Sprintf("%s %s: handler failed", c.Kind, c.Name), append(componentAttrs(c), errAttr(err)...)...)
}

// stop ends the pool. At shutdown it drains: the goroutines handle what
// is buffered, with their ctx alive, for up to drain_timeout. In a
// restart they finish the items in hand and take no more. Either way,
// past drain_timeout their ctx is cancelled and they are waited for until
// ctx ends.
func (p *pool) stop(ctx context.Context, restart bool) error {
	idle := waitDone(&p.wg)
	if restart {
		p.once.Do(func() { close(p.quit) })
	} else {
		close(p.drain)
	}
	dctx, cancel := withTimeout(ctx, p.c.DrainTimeout)
	defer cancel()
	select {
	case <-idle:
		return nil
	case <-dctx.Done():
	}
	p.abandon()
	select {
	case <-idle:
		return nil
	case <-ctx.Done():
		return fmt.Errorf("handlers did not return before the shutdown deadline: %w", ctx.Err())
	}
}

// dropLeftovers takes out what is still buffered in each queue whose
// workers have all stopped, counts it as dropped by the queue's first
// worker, and returns an error wrapping ErrDropped per queue that had any.
func (a *App) dropLeftovers() []error {
	a.mu.Lock()
	defer a.unlock()
	var errs []error
	for _, q := range a.comps {
		workers := q.needs
		if q.Kind != KindQueue || len(workers) == 0 || !stoppedAll(workers) {
			continue
		}
		if n := q.Queue.drop(); n > 0 {
			workers[0].dropped += n
			err := fmt.Errorf("queue %q: %d items dropped after drain_timeout: %w", q.Name, n, ErrDropped)
			a.out.logLocked(a, slog.LevelWarn, fmt.Sprintf("queue %s: items dropped", q.Name), slog.Int("dropped", n), slog.String("component", q.Name))
			errs = append(errs, err)
		}
	}
	return errs
}

// stoppedAll reports whether every one of workers has run and stopped.
func stoppedAll(workers []*component) bool {
	started := false
	for _, w := range workers {
		if w.inst != nil && w.inst.ok {
			return false
		}
		started = started || w.inst != nil
	}
	return started
}
