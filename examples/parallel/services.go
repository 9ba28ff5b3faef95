package main

import (
	"context"
	"time"
)

// Delays is how long each service takes to start, in spec order.
var Delays = []struct {
	Name  string
	Delay time.Duration
}{
	{"db", 400 * time.Millisecond},
	{"metrics", 300 * time.Millisecond},
	{"logs", 200 * time.Millisecond},
}

// Conn simulates a connection to some backend.
type Conn struct{ name string }

// ConnectDB, ConnectMetrics and ConnectLogs are the constructors of the
// three services. None needs another, so lifegen may call them at once.
func ConnectDB(ctx context.Context) (*Conn, error)      { return connect(ctx, 0) }
func ConnectMetrics(ctx context.Context) (*Conn, error) { return connect(ctx, 1) }
func ConnectLogs(ctx context.Context) (*Conn, error)    { return connect(ctx, 2) }

// connect takes as long as Delays[i] says, or until ctx ends.
func connect(ctx context.Context, i int) (*Conn, error) {
	t := time.NewTimer(Delays[i].Delay)
	defer t.Stop()
	select {
	case <-t.C:
		return &Conn{name: Delays[i].Name}, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// Close closes the connection.
func (c *Conn) Close() error { return nil }
