package workers_shutdown

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"
)

// Item is what flows through the queue.
type Item struct{ ID int }

// ErrPoison is what the handler returns for the poison item.
var ErrPoison = errors.New("poison item")

// Probe drives the producer and the handler and counts what they did.
type Probe struct {
	N       int          // items the producer tries to send
	Poison  int          // the ID the handler fails on
	Sent    atomic.Int32 // items the producer did send
	Handled atomic.Int32 // handler calls
}

// Producer sends up to N items from its run loop until shutdown.
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
			pr.probe.Sent.Add(1)
		case <-ctx.Done():
			return nil
		}
	}
	<-ctx.Done()
	return nil
}

func Handle(ctx context.Context, p *Probe, it Item) error {
	p.Handled.Add(1)
	if it.ID == p.Poison {
		return fmt.Errorf("item %d: %w", it.ID, ErrPoison)
	}
	return nil
}
