package health

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"
)

// ErrDown is what a failing check returns.
var ErrDown = errors.New("down")

// Probe lets the tests make a backend's check fail and counts calls.
type Probe struct {
	DBFailing, CacheFailing atomic.Bool
	DBChecks, CacheChecks   atomic.Int32
	DBStops, CacheStops     atomic.Int32
}

// Backend is the value of both services.
type Backend struct {
	name    string
	probe   *Probe
	failing *atomic.Bool
	checks  *atomic.Int32
	stops   *atomic.Int32
}

func NewDB(ctx context.Context, p *Probe) (*Backend, error) {
	return &Backend{name: "db", probe: p, failing: &p.DBFailing, checks: &p.DBChecks, stops: &p.DBStops}, nil
}

func NewCache(ctx context.Context, db *Backend) (*Backend, error) {
	p := db.probe
	return &Backend{name: "cache", probe: p, failing: &p.CacheFailing, checks: &p.CacheChecks, stops: &p.CacheStops}, nil
}

func (b *Backend) Check(ctx context.Context) error {
	b.checks.Add(1)
	if b.failing.Load() {
		return fmt.Errorf("%s: %w", b.name, ErrDown)
	}
	return nil
}

func (b *Backend) Close() error {
	b.stops.Add(1)
	return nil
}
