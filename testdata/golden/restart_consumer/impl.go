// Package restart_consumer is a consumer restarted in place when its run
// loop fails, with its dependents rebuilt and everything else untouched.
package restart_consumer

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
)

// Order is an item of queue "orders".
type Order int

// ErrDropped is what a consumer's run loop returns when the probe says to
// fail.
var ErrDropped = errors.New("broker connection dropped")

// Probe counts every call and decides which consumer runs fail.
type Probe struct {
	mu     sync.Mutex
	counts map[string]int
	// Fail is how many of the next consumer runs return ErrDropped
	// after sending their orders.
	Fail atomic.Int32
	// FailStarts is how many of the next consumer constructions fail.
	FailStarts atomic.Int32
	// Per is how many orders each consumer run sends.
	Per       int
	sent      atomic.Int64
	fulfilled atomic.Int64
	release   chan struct{} // closed: runs that do not fail may return
}

// NewProbe returns a probe whose consumer runs send per orders each.
func NewProbe(per int) *Probe {
	return &Probe{counts: map[string]int{}, Per: per, release: make(chan struct{})}
}

func (p *Probe) add(what string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.counts[what]++
}

// Count returns how often what happened.
func (p *Probe) Count(what string) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.counts[what]
}

// Sent and Fulfilled count the orders.
func (p *Probe) Sent() int64      { return p.sent.Load() }
func (p *Probe) Fulfilled() int64 { return p.fulfilled.Load() }

// Broker is the connection the consumer reads from.
type Broker struct{ p *Probe }

func NewBroker(p *Probe) *Broker { p.add("start broker"); return &Broker{p} }
func (b *Broker) Close() error   { b.p.add("stop broker"); return nil }

// Fulfil handles one order.
func Fulfil(ctx context.Context, p *Probe, o Order) error {
	p.fulfilled.Add(1)
	return nil
}

// Consumer reads from the broker and queues orders.
type Consumer struct {
	p      *Probe
	orders chan<- Order
	N      int // which construction this is, from 1
}

// NewConsumer has no ctx and a cleanup: the shapes of a real client.
func NewConsumer(p *Probe, b *Broker, orders chan<- Order) (*Consumer, func(), error) {
	if p.FailStarts.Load() > 0 {
		p.FailStarts.Add(-1)
		p.add("consumer start failed")
		return nil, nil, errors.New("broker refused the connection")
	}
	p.add("start consumer")
	n := p.Count("start consumer")
	return &Consumer{p: p, orders: orders, N: n}, func() { p.add("cleanup consumer") }, nil
}

// Consume sends its orders, then fails if the probe says so, else waits
// for its ctx.
func (c *Consumer) Consume(ctx context.Context) error {
	for i := range c.p.Per {
		select {
		case c.orders <- Order(c.N*1000 + i):
			c.p.sent.Add(1)
		case <-ctx.Done():
			return nil
		}
	}
	if c.p.Fail.Load() > 0 {
		c.p.Fail.Add(-1)
		return fmt.Errorf("consumer %d: %w", c.N, ErrDropped)
	}
	<-ctx.Done()
	return nil
}

func (c *Consumer) Close() error { c.p.add("stop consumer"); return nil }

// API serves what the consumer gathered.
type API struct {
	p        *Probe
	Consumer *Consumer
}

func NewAPI(p *Probe, c *Consumer) *API { p.add("start api"); return &API{p, c} }
func (a *API) Close()                   { a.p.add("stop api") }

// Metrics is unrelated to the consumer.
type Metrics struct{ p *Probe }

func NewMetrics(p *Probe) *Metrics { p.add("start metrics"); return &Metrics{p} }
func (m *Metrics) Close()          { m.p.add("stop metrics") }
