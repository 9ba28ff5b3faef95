// Package restart_database restarts a database whose health check fails,
// with everything that holds it.
package restart_database

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"time"
)

// Job is an item of queue "jobs".
type Job int

// Probe records what happened and lets the test break the database.
type Probe struct {
	Down      atomic.Bool  // Ping fails while set; a new connection clears it
	opened    atomic.Int32 // databases opened
	processed sync.Map     // Job → the generation of the database that processed it
	closed    atomic.Int32
}

// Generation is the number of the database a job was processed with.
func (p *Probe) Generation(j Job) (int32, bool) {
	g, ok := p.processed.Load(j)
	if !ok {
		return 0, false
	}
	return g.(int32), true
}

// Database is a connection with a generation number.
type Database struct {
	p      *Probe
	Gen    int32
	closed atomic.Bool
}

// OpenDatabase opens a new connection, which works again.
func OpenDatabase(ctx context.Context, p *Probe) (*Database, error) {
	p.Down.Store(false)
	return &Database{p: p, Gen: p.opened.Add(1)}, nil
}

// Ping fails while the probe says the database is down.
func (d *Database) Ping(ctx context.Context) error {
	if d.p.Down.Load() {
		return errors.New("connection reset by peer")
	}
	return nil
}

func (d *Database) Close() error {
	d.closed.Store(true)
	d.p.closed.Add(1)
	return nil
}

// Cache holds the database it was built with.
type Cache struct{ DB *Database }

func NewCache(db *Database) *Cache { return &Cache{DB: db} }
func (c *Cache) Close()            {}

// API sends jobs.
type API struct {
	Cache *Cache
	Jobs  chan<- Job
}

func NewAPI(c *Cache, jobs chan<- Job) *API { return &API{Cache: c, Jobs: jobs} }

// Process records which database processed the job; it takes a little
// time, so that jobs wait in the queue during a restart. A job processed
// with a closed database would be a bug.
func Process(ctx context.Context, p *Probe, db *Database, j Job) error {
	if db.closed.Load() {
		return errors.New("processed with a closed database")
	}
	time.Sleep(100 * time.Microsecond)
	p.processed.Store(j, db.Gen)
	return nil
}
