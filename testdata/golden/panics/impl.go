package panics

import (
	"context"
	"errors"
)

// ErrRunPanic is the value alpha's run panics with.
var ErrRunPanic = errors.New("run exploded")

type Base struct{ probe *Probe }

func NewBase(ctx context.Context, p *Probe) (*Base, error) {
	p.Add("start base")
	return &Base{probe: p}, nil
}

func (b *Base) Close() error {
	b.probe.Add("stop base")
	return nil
}

type Alpha struct{ probe *Probe }

func NewAlpha(ctx context.Context, p *Probe, _ *Base) (*Alpha, error) {
	p.Add("start alpha")
	if p.PanicStart {
		panic("alpha cannot start")
	}
	return &Alpha{probe: p}, nil
}

// Run panics with ErrRunPanic when the probe's trigger closes, else it
// waits for ctx.
func (a *Alpha) Run(ctx context.Context) error {
	select {
	case <-a.probe.trigger:
		panic(ErrRunPanic)
	case <-ctx.Done():
		return nil
	}
}

func (a *Alpha) Stop(ctx context.Context) error {
	a.probe.Add("stop alpha")
	if a.probe.PanicStop {
		panic("alpha cannot stop")
	}
	return nil
}
