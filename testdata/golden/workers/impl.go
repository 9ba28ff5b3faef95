package workers

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
)

// Item is what flows through the queue.
type Item struct{ ID int }

// ErrItem is what the handler returns for the items the probe fails.
var ErrItem = errors.New("bad item")

// Probe drives the producer and the handler and counts what they did.
type Probe struct {
	N        int               // items the producer sends
	PanicOn  func(id int) bool // the handler panics on these items
	Gate     chan struct{}     // if set, handlers wait until it closes
	Entered  chan int          // if set, receives the ID of each handled item
	Sent     chan struct{}     // closed when the producer has sent N items
	sentOnce sync.Once         //
	handled  sync.Map          // ID → number of times handled
	handling atomic.Int32      // handlers running now
}

func NewProbe(n int) *Probe { return &Probe{N: n, Sent: make(chan struct{})} }

// Handled reports how often the item with id reached the handler.
func (p *Probe) Handled(id int) int {
	v, ok := p.handled.Load(id)
	if !ok {
		return 0
	}
	return int(v.(*atomic.Int32).Load())
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
	p := pr.probe
	for i := range p.N {
		select {
		case pr.out <- Item{ID: i}:
		case <-ctx.Done():
			return nil
		}
	}
	p.sentOnce.Do(func() { close(p.Sent) })
	<-ctx.Done()
	return nil
}

// Handle is the worker's handler.
func Handle(ctx context.Context, p *Probe, it Item) error {
	v, _ := p.handled.LoadOrStore(it.ID, new(atomic.Int32))
	v.(*atomic.Int32).Add(1)
	if p.Entered != nil {
		p.Entered <- it.ID
	}
	if p.Gate != nil {
		<-p.Gate
	}
	if p.PanicOn != nil && p.PanicOn(it.ID) {
		panic(ErrItem)
	}
	return nil
}
