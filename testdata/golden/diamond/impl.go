package diamond

import (
	"context"
	"fmt"
	"sync"
)

// Probe records the lifecycle calls of one app and holds the barrier that
// left and right meet at.
type Probe struct {
	mu    sync.Mutex
	lines []string

	// Barrier, when set, is met by the left and right constructors: each
	// waits until both are inside.
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

// Node is the value of every service.
type Node struct {
	Name   string
	Inputs []*Node // what the constructor received, in order
	probe  *Probe
	stops  int
}

func (n *Node) Close() error {
	n.probe.add("stop " + n.Name)
	n.probe.mu.Lock()
	n.stops++
	n.probe.mu.Unlock()
	return nil
}

// Stops reports how often Close was called.
func (n *Node) Stops() int {
	n.probe.mu.Lock()
	defer n.probe.mu.Unlock()
	return n.stops
}

func newNode(ctx context.Context, p *Probe, name string, barrier bool, inputs ...*Node) (*Node, error) {
	p.add("start " + name)
	if barrier && p.Barrier != nil {
		if err := p.Barrier.Wait(ctx); err != nil {
			return nil, err
		}
	}
	return &Node{Name: name, Inputs: inputs, probe: p}, nil
}

func NewRoot(ctx context.Context, p *Probe) (*Node, error) {
	return newNode(ctx, p, "root", false)
}

func NewLeft(ctx context.Context, root *Node) (*Node, error) {
	return newNode(ctx, root.probe, "left", true, root)
}

func NewRight(ctx context.Context, root *Node) (*Node, error) {
	return newNode(ctx, root.probe, "right", true, root)
}

func NewJoin(ctx context.Context, first, second *Node) (*Node, error) {
	return newNode(ctx, first.probe, "join", false, first, second)
}
