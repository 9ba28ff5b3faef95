package start_timeout

import "context"

// Node is the value of every service.
type Node struct {
	name  string
	probe *Probe
}

func (n *Node) Close() error {
	n.probe.Add("stop " + n.name)
	if n.name == "slow" {
		close(n.probe.slowStopped)
	}
	return nil
}

func NewBase(ctx context.Context, p *Probe) (*Node, error) {
	p.Add("start base")
	return &Node{name: "base", probe: p}, nil
}

// NewSlow ignores ctx: it returns only once the test releases it.
func NewSlow(ctx context.Context, base *Node) (*Node, error) {
	p := base.probe
	p.Add("start slow")
	<-p.release
	p.Add("slow returned")
	return &Node{name: "slow", probe: p}, nil
}
