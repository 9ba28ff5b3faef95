package workers_drain

import (
	"context"
	"sync/atomic"
)

// Item is what flows through the queue.
type Item struct{ ID int }

// Probe drives the producer and the handler and counts what they did.
type Probe struct {
	N         int           // items the producer sends
	Sent      chan struct{} // closed when the producer has sent N items
	Entered   chan int      // receives the ID of each item a handler takes
	Cancelled atomic.Int32  // handlers that saw their ctx cancelled
}

func NewProbe(n int) *Probe {
	return &Probe{N: n, Sent: make(chan struct{}), Entered: make(chan int, n)}
}

// Producer sends N items from its run loop, then waits for shutdown.
type Producer struct {
	probe *Probe
	out   chan<- Item
}

func NewProducer(ctx context.Context, p *Probe, out chan<- Item) (*Producer, error) {
	return &Producer{probe: p, out: out}, nil
}

func (pr *Producer) Run(ctx context.Context) error {
	for i := range pr.probe.N {
		select {
		case pr.out <- Item{ID: i}:
		case <-ctx.Done():
			return nil
		}
	}
	close(pr.probe.Sent)
	<-ctx.Done()
	return nil
}

// Handle is very slow: it finishes only when its ctx is cancelled, which
// happens when drain_timeout runs out.
func Handle(ctx context.Context, p *Probe, it Item) error {
	p.Entered <- it.ID
	<-ctx.Done()
	p.Cancelled.Add(1)
	return ctx.Err()
}
