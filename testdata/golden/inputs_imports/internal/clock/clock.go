// Package clock is a tiny dependency in another package, so that a spec
// can name a constructor and a type through an import alias.
package clock

import (
	"context"
	"log"
	"time"
)

// Clock ticks at a fixed interval and logs what happens to it.
type Clock struct {
	Every  time.Duration
	Log    *log.Logger
	closed bool
}

// New returns a clock ticking every d.
func New(ctx context.Context, logger *log.Logger, every time.Duration) (*Clock, error) {
	logger.Printf("clock every %v", every)
	return &Clock{Every: every, Log: logger}, nil
}

// Close stops the clock.
func (c *Clock) Close() error {
	c.Log.Print("clock closed")
	c.closed = true
	return nil
}

// Closed reports whether Close was called.
func (c *Clock) Closed() bool { return c.closed }
