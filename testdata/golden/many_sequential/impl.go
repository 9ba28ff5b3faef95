package many_sequential

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
)

// Probe records the values constructed and any ordering violation.
type Probe struct {
	mu         sync.Mutex
	nodes      []*Node
	violations []string
	active     int // constructors running now
	maxActive  int // most constructors running at once
}

func (p *Probe) violate(format string, args ...any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.violations = append(p.violations, fmt.Sprintf(format, args...))
}

// Violations lists the ordering errors seen by constructors and stops.
func (p *Probe) Violations() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.violations...)
}

// Nodes returns the values constructed, in construction order.
func (p *Probe) Nodes() []*Node {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]*Node(nil), p.nodes...)
}

// MaxConcurrent reports the most constructors that ran at once.
func (p *Probe) MaxConcurrent() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.maxActive
}

// Node is the value of every service. Parents are the values its
// constructor received, in order.
type Node struct {
	Parents []*Node
	probe   *Probe
	live    atomic.Int32 // dependents not stopped yet
	stops   atomic.Int32
}

// Stops reports how often Close was called.
func (n *Node) Stops() int { return int(n.stops.Load()) }

func (n *Node) Close() error {
	if n.stops.Add(1) != 1 {
		n.probe.violate("a service stopped twice")
	}
	if live := n.live.Load(); live != 0 {
		n.probe.violate("a service stopped before %d of its dependents", live)
	}
	for _, parent := range n.Parents {
		parent.live.Add(-1)
	}
	return nil
}

func (p *Probe) construct(parents ...*Node) (*Node, error) {
	p.mu.Lock()
	p.active++
	p.maxActive = max(p.maxActive, p.active)
	p.mu.Unlock()
	defer func() {
		p.mu.Lock()
		p.active--
		p.mu.Unlock()
	}()
	n := &Node{Parents: parents, probe: p}
	for _, parent := range parents {
		if parent == nil || parent.Stops() != 0 {
			return nil, fmt.Errorf("a dependency is missing or stopped")
		}
		parent.live.Add(1)
	}
	p.mu.Lock()
	p.nodes = append(p.nodes, n)
	p.mu.Unlock()
	return n, nil
}

func NewRoot(ctx context.Context, p *Probe) (*Node, error) { return p.construct() }

func NewOne(ctx context.Context, a *Node) (*Node, error) { return a.probe.construct(a) }

func NewTwo(ctx context.Context, a, b *Node) (*Node, error) { return a.probe.construct(a, b) }
