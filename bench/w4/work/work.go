// Package work holds what the W4 apps run: a no-op handler, a trivial
// service, the service that feeds a queue, and the hand-written worker
// pool lifegen's is compared with.
package work

import (
	"context"
	"sync"
	"sync/atomic"
)

// Handle is the no-op handler of every pool.
func Handle(ctx context.Context, item int) error { return nil }

// Svc is a service that does nothing.
type Svc struct{ id int }

// NewSvc starts the first service.
func NewSvc(ctx context.Context) (*Svc, error) { return &Svc{}, nil }

// NewSvcAfter starts a service after another.
func NewSvcAfter(ctx context.Context, prev *Svc) (*Svc, error) { return &Svc{id: prev.id + 1}, nil }

// Feeder is the service that sends to a W4 queue: the benchmarks send
// through its Jobs.
type Feeder struct{ Jobs chan<- int }

// NewFeeder starts the feeder of the queue jobs.
func NewFeeder(ctx context.Context, jobs chan<- int) (*Feeder, error) {
	return &Feeder{Jobs: jobs}, nil
}

// Ping is the health check.
func (s *Svc) Ping() error { return nil }

// Stop stops the service.
func (s *Svc) Stop() {}

// Pool is the hand-written peer of a lifegen worker block: a buffered
// channel and count goroutines that range over it until it is closed.
type Pool struct {
	ch      chan int
	quit    chan struct{} // nil: Stop closes ch instead
	handled atomic.Int64
	wg      sync.WaitGroup
}

// StartPool starts count goroutines that call Handle for every item sent
// to a channel of the given capacity.
func StartPool(ctx context.Context, count, capacity int) *Pool {
	p := &Pool{ch: make(chan int, capacity)}
	p.wg.Add(count)
	for range count {
		go func() {
			defer p.wg.Done()
			for item := range p.ch {
				_ = Handle(ctx, item)
			}
		}()
	}
	return p
}

// StartSelectPool is a hand-written pool that, like lifegen's, never
// closes its channel: each goroutine selects between an item and a quit
// channel, counts what it handled, and drains the buffer after quit.
func StartSelectPool(ctx context.Context, count, capacity int) *Pool {
	p := &Pool{ch: make(chan int, capacity), quit: make(chan struct{})}
	p.wg.Add(count)
	for range count {
		go func() {
			defer p.wg.Done()
			for {
				select {
				case item := <-p.ch:
					_ = Handle(ctx, item)
					p.handled.Add(1)
				case <-p.quit:
					for {
						select {
						case item := <-p.ch:
							_ = Handle(ctx, item)
							p.handled.Add(1)
						default:
							return
						}
					}
				}
			}
		}()
	}
	return p
}

// Jobs is the send side of the queue.
func (p *Pool) Jobs() chan<- int { return p.ch }

// Stop closes the queue and waits until the workers have handled every
// item sent before.
func (p *Pool) Stop() {
	if p.quit != nil {
		close(p.quit)
	} else {
		close(p.ch)
	}
	p.wg.Wait()
}
