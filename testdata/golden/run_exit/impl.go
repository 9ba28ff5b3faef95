package run_exit

import (
	"context"
	"errors"
)

// ErrCrash is what crasher's run returns when the probe ends it.
var ErrCrash = errors.New("crashed")

type Base struct{ probe *Probe }

func NewBase(ctx context.Context, p *Probe) (*Base, error) {
	return &Base{probe: p}, nil
}

func (b *Base) Close() error {
	b.probe.Add("stop base")
	return nil
}

// Looper runs until its ctx ends, or until end closes: then it returns
// result.
type Looper struct {
	name   string
	probe  *Probe
	end    chan struct{}
	result error
}

func NewQuitter(ctx context.Context, b *Base) (*Looper, error) {
	return &Looper{name: "quitter", probe: b.probe, end: b.probe.EndQuitter}, nil
}

func NewCrasher(ctx context.Context, b *Base) (*Looper, error) {
	return &Looper{name: "crasher", probe: b.probe, end: b.probe.EndCrasher, result: ErrCrash}, nil
}

func (l *Looper) Run(ctx context.Context) error {
	select {
	case <-l.end:
		l.probe.Add("run returned " + l.name)
		return l.result
	case <-ctx.Done():
		return nil
	}
}

func (l *Looper) Stop(ctx context.Context) error {
	l.probe.Add("stop " + l.name)
	return nil
}
