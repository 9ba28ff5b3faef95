package cancel_start

import "context"

// Node is the value of every service.
type Node struct {
	name  string
	probe *Probe
}

func (n *Node) Close() error {
	n.probe.Add("stop " + n.name)
	return nil
}

func NewFirst(ctx context.Context, p *Probe) (*Node, error) {
	p.Add("start first")
	return &Node{name: "first", probe: p}, nil
}

// NewWaiter tells the test it is waiting, then waits for its ctx.
func NewWaiter(ctx context.Context, first *Node) (*Node, error) {
	p := first.probe
	p.Add("start waiter")
	close(p.Waiting)
	<-ctx.Done()
	return nil, ctx.Err()
}

func NewAfter(ctx context.Context, waiter *Node) (*Node, error) {
	waiter.probe.Add("start after")
	return &Node{name: "after", probe: waiter.probe}, nil
}
