package stop_hang

import "context"

// Node is the value of every service.
type Node struct {
	name  string
	probe *Probe
}

func NewBase(ctx context.Context, p *Probe) (*Node, error) {
	return &Node{name: "base", probe: p}, nil
}

func NewHanger(ctx context.Context, b *Node) (*Node, error) {
	return &Node{name: "hanger", probe: b.probe}, nil
}

func NewStubborn(ctx context.Context, b *Node) (*Node, error) {
	return &Node{name: "stubborn", probe: b.probe}, nil
}

// Close hangs, ignoring ctx, until the test releases it when the probe
// says this service hangs.
func (n *Node) Close() error {
	p := n.probe
	p.Add("stop " + n.name)
	if p.Hang[n.name] {
		<-p.Release
		p.Add("released " + n.name)
		close(p.Returned)
	}
	return nil
}
