package branches

import (
	"context"
	"fmt"
	"sync"
)

// Probe records the lifecycle calls of one app; Lines lists ordering
// violations seen by Close.
type Probe struct {
	mu      sync.Mutex
	lines   []string
	nodes   []*Node
	active  int // constructors running now
	maxBusy int // most constructors running at once

	// Barrier, when set, is met by every chain head (a1, b1, c1).
	Barrier *Barrier
}

func (p *Probe) add(s string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.lines = append(p.lines, s)
}

// Lines returns the calls recorded so far.
func (p *Probe) Lines() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.lines...)
}

// Nodes returns every value constructed, in construction order.
func (p *Probe) Nodes() []*Node {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]*Node(nil), p.nodes...)
}

// MaxConcurrent reports the most constructors that ran at once.
func (p *Probe) MaxConcurrent() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.maxBusy
}

func (p *Probe) enter() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.active++
	p.maxBusy = max(p.maxBusy, p.active)
}

func (p *Probe) leave() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.active--
}

// Barrier opens once n parties have arrived.
type Barrier struct {
	mu   sync.Mutex
	n    int
	open chan struct{}
}

func NewBarrier(n int) *Barrier { return &Barrier{n: n, open: make(chan struct{})} }

// Wait arrives at the barrier and waits until it opens or ctx ends.
func (b *Barrier) Wait(ctx context.Context) error {
	b.mu.Lock()
	if b.n--; b.n == 0 {
		close(b.open)
	}
	b.mu.Unlock()
	select {
	case <-b.open:
		return nil
	case <-ctx.Done():
		return fmt.Errorf("barrier: %w", ctx.Err())
	}
}

// Node is the value of every service; Depth is its position in its chain.
type Node struct {
	Depth int
	Prev  *Node
	next  *Node
	probe *Probe
	stops int
}

func (n *Node) Close() error {
	n.probe.mu.Lock()
	defer n.probe.mu.Unlock()
	n.stops++
	if n.next != nil && n.next.stops == 0 {
		n.probe.lines = append(n.probe.lines, fmt.Sprintf("violation: depth %d stopped before its dependent", n.Depth))
	}
	return nil
}

// Stops reports how often Close was called.
func (n *Node) Stops() int {
	n.probe.mu.Lock()
	defer n.probe.mu.Unlock()
	return n.stops
}

func (p *Probe) newNode(prev *Node) *Node {
	n := &Node{Prev: prev, probe: p}
	if prev != nil {
		n.Depth = prev.Depth + 1
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if prev != nil {
		prev.next = n
	}
	p.nodes = append(p.nodes, n)
	return n
}

// NewHead starts a chain.
func NewHead(ctx context.Context, p *Probe) (*Node, error) {
	p.enter()
	defer p.leave()
	if p.Barrier != nil {
		if err := p.Barrier.Wait(ctx); err != nil {
			return nil, err
		}
	}
	return p.newNode(nil), nil
}

// NewNode continues a chain after prev.
func NewNode(ctx context.Context, prev *Node) (*Node, error) {
	prev.probe.enter()
	defer prev.probe.leave()
	if prev.Stops() != 0 {
		return nil, fmt.Errorf("dependency already stopped")
	}
	return prev.probe.newNode(prev), nil
}
