package start_error

import (
	"context"
	"errors"
	"fmt"
)

// ErrBoom is what the constructor of three returns.
var ErrBoom = errors.New("boom")

// Node is the value of every service.
type Node struct {
	name  string
	probe *Probe
}

func (n *Node) Close() error {
	n.probe.Add("stop " + n.name)
	return nil
}

// names lists the services of the chain in order.
var names = []string{"one", "two", "three", "four", "five"}

func NewOne(ctx context.Context, p *Probe) (*Node, error) {
	p.Add("start one")
	return &Node{name: "one", probe: p}, nil
}

// NewNext starts the service after prev in the chain.
func NewNext(ctx context.Context, prev *Node) (*Node, error) {
	for i, name := range names[:len(names)-1] {
		if name == prev.name {
			prev.probe.Add("start " + names[i+1])
			return &Node{name: names[i+1], probe: prev.probe}, nil
		}
	}
	return nil, fmt.Errorf("no service after %s", prev.name)
}

// NewThree fails, once the bystander is starting too.
func NewThree(ctx context.Context, two *Node) (*Node, error) {
	p := two.probe
	p.Add("start three")
	select {
	case <-p.bystanderIn:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	return nil, fmt.Errorf("cannot open three: %w", ErrBoom)
}

// NewBystander waits for its ctx: the failure of three must cancel it.
func NewBystander(ctx context.Context, p *Probe) (*Node, error) {
	p.Add("start bystander")
	close(p.bystanderIn)
	<-ctx.Done()
	p.Add("bystander cancelled")
	return nil, ctx.Err()
}
