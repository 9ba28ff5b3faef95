// Package sys is the common shape of the systems the benchmarks compare:
// something that starts a set of components and returns a handle that
// stops them.
package sys

import (
	"context"
	"log/slog"
)

// Stopper stops a started system. *App of lifegen and *fx.App fit.
type Stopper interface {
	Stop(ctx context.Context) error
}

// System is one way of starting the components of a graph.
type System struct {
	Name string
	// Start builds the system (NewApp, fx.New, ...) and starts it.
	Start func(ctx context.Context) (Stopper, error)
}

// Cycle is one benchmark op: build, start and stop.
func (s System) Cycle(ctx context.Context) error {
	st, err := s.Start(ctx)
	if err != nil {
		return err
	}
	return st.Stop(ctx)
}

// App is what the benchmarks use of a generated App: Start and Stop.
type App interface {
	Start(ctx context.Context) error
	Stop(ctx context.Context) error
}

// Lifegen is the system that starts the App newApp returns (a generated
// NewApp with its Logger set).
func Lifegen(name string, newApp func() App) System {
	return System{Name: name, Start: func(ctx context.Context) (Stopper, error) {
		a := newApp()
		if err := a.Start(ctx); err != nil {
			return nil, err
		}
		return a, nil
	}}
}

// Discard is the Logger of every lifegen app measured: logging costs
// nothing.
var Discard = slog.New(slog.DiscardHandler)
