package readiness_gate

import (
	"errors"
	"sync"
	"sync/atomic"
)

// Probe decides when the db's check passes and records what happened.
type Probe struct {
	Open   atomic.Bool  // Ping passes once set
	Pings  atomic.Int32 // checks so far
	Closes atomic.Int32 // calls of DB.Close

	mu    sync.Mutex
	lines []string
}

func (p *Probe) Add(s string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.lines = append(p.lines, s)
}

func (p *Probe) Lines() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.lines...)
}

var ErrNotReady = errors.New("db still replaying its log")

type DB struct{ p *Probe }

func OpenDB(p *Probe) *DB {
	p.Add("open db")
	return &DB{p: p}
}

func (d *DB) Ping() error {
	d.p.Pings.Add(1)
	if !d.p.Open.Load() {
		return ErrNotReady
	}
	d.p.Add("ping ok")
	return nil
}

func (d *DB) Close() { d.p.Closes.Add(1) }

type API struct{ DB *DB }

func NewAPI(p *Probe, db *DB) *API {
	p.Add("new api")
	return &API{DB: db}
}
