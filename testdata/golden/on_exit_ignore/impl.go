package on_exit_ignore

import (
	"context"
	"errors"
	"sync/atomic"
)

// Probe tells the syncer how to end and records the migrator's calls.
type Probe struct {
	Migrated chan struct{} // closed when the migration's run loop returns
	Sync     chan string   // "panic" makes the syncer panic; else it fails with that text
	Closes   atomic.Int32
}

func NewProbe() *Probe {
	return &Probe{Migrated: make(chan struct{}), Sync: make(chan string, 1)}
}

type Migrator struct{ p *Probe }

func NewMigrator(p *Probe) *Migrator { return &Migrator{p: p} }

// Run applies the migrations and returns: its work is done.
func (m *Migrator) Run() error {
	defer close(m.p.Migrated)
	return nil
}

func (m *Migrator) Close() { m.p.Closes.Add(1) }

type Syncer struct{ p *Probe }

func NewSyncer(p *Probe) *Syncer { return &Syncer{p: p} }

func (s *Syncer) Run(ctx context.Context) error {
	select {
	case <-ctx.Done():
		return nil
	case what := <-s.p.Sync:
		if what == "panic" {
			panic("syncer lost its state")
		}
		return errors.New(what)
	}
}

type API struct{}

func NewAPI(m *Migrator, s *Syncer) *API { return &API{} }
