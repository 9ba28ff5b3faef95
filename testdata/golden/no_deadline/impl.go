package no_deadline

import (
	"context"
	"time"
)

// Probe controls the constructors and records what their ctx looked like.
type Probe struct {
	Started  chan struct{} // closed when the replay has begun
	Replayed chan struct{} // close to end the replay
	Checked  chan struct{} // close to let the checker start
	Fail     chan error    // the checker fails with what it receives

	// Set by ReplayWAL before Started closes.
	Deadline    time.Time
	HasDeadline bool
	// Ended receives ReplayWAL's ctx error when it gave up.
	Ended chan error
}

func NewProbe() *Probe {
	return &Probe{
		Started:  make(chan struct{}),
		Replayed: make(chan struct{}),
		Checked:  make(chan struct{}),
		Fail:     make(chan error, 1),
		Ended:    make(chan error, 1),
	}
}

type WAL struct{ Retries int }

// ReplayWAL retries until the probe says the replay is done, or its ctx
// ends.
func ReplayWAL(ctx context.Context, p *Probe) (*WAL, error) {
	p.Deadline, p.HasDeadline = ctx.Deadline()
	close(p.Started)
	w := &WAL{}
	for {
		select {
		case <-p.Replayed:
			return w, nil
		case <-ctx.Done():
			p.Ended <- ctx.Err()
			return nil, ctx.Err()
		case <-time.After(5 * time.Millisecond):
			w.Retries++
		}
	}
}

func (w *WAL) Close() error { return nil }

type Checker struct{}

func NewChecker(ctx context.Context, p *Probe) (*Checker, error) {
	select {
	case <-p.Checked:
		return &Checker{}, nil
	case err := <-p.Fail:
		return nil, err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

type API struct{ WAL *WAL }

func NewAPI(w *WAL, c *Checker) *API { return &API{WAL: w} }
