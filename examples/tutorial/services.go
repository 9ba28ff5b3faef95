package main

// The components of lifecycle.hcl. Each one is ordinary Go: a constructor
// that returns a value once it is ready, and methods to run, check and
// stop it. None of them knows about lifegen, the others' lifecycles or
// the order things start in: lifecycle_gen.go does that wiring.

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

// Database simulates a connection pool.
type Database struct {
	log *Log

	mu     sync.Mutex
	closed bool
	pings  int
}

// ConnectDatabase "opens the connection pool", which takes 200ms. It
// honours ctx, which carries the start_timeout of the spec.
func ConnectDatabase(ctx context.Context, log *Log) (*Database, error) {
	log.Printf("database", "connecting...")
	if err := sleep(ctx, 200*time.Millisecond); err != nil {
		return nil, fmt.Errorf("connect: %w", err)
	}
	return &Database{log: log}, nil
}

// Ping is the health check: lifegen calls it every interval while the
// database runs; three failures in a row would shut the app down.
func (d *Database) Ping(ctx context.Context) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.closed {
		return errors.New("database is closed")
	}
	d.pings++
	d.log.Printf("database", "health check #%d: ok", d.pings)
	return nil
}

// Query simulates a query that takes took.
func (d *Database) Query(ctx context.Context, took time.Duration) error {
	d.mu.Lock()
	closed := d.closed
	d.mu.Unlock()
	if closed {
		return errors.New("database is closed")
	}
	return sleep(ctx, took)
}

// Close closes the pool. lifegen calls it once the cache and the workers,
// which use the database, have stopped.
func (d *Database) Close() error {
	d.mu.Lock()
	d.closed = true
	d.mu.Unlock()
	time.Sleep(100 * time.Millisecond) // simulate closing the connections
	d.log.Printf("database", "connections closed")
	return nil
}

// Cache is a cache in front of the database.
type Cache struct {
	log *Log
	db  *Database
}

// NewCache receives the database: lifegen calls it only once the database
// is ready, and passes its value.
func NewCache(ctx context.Context, log *Log, db *Database) (*Cache, error) {
	log.Printf("cache", "warming up from the database...")
	if err := db.Query(ctx, 100*time.Millisecond); err != nil {
		return nil, fmt.Errorf("warm up: %w", err)
	}
	return &Cache{log: log, db: db}, nil
}

// Close flushes the cache.
func (c *Cache) Close() {
	time.Sleep(20 * time.Millisecond) // simulate the flush
	c.log.Printf("cache", "flushed")
}

// Job is one unit of background work.
type Job struct {
	ID      int
	Request string
}

// API simulates a server: it turns requests into jobs for the workers.
type API struct {
	log      *Log
	cache    *Cache
	jobs     chan<- Job
	requests int
}

// NewAPI receives the cache and the send side of the job queue. By the
// time it is called the three workers are already consuming the queue.
func NewAPI(ctx context.Context, log *Log, cache *Cache, jobs chan<- Job) (*API, error) {
	log.Printf("api", "listening on :8000 (simulated)")
	return &API{log: log, cache: cache, jobs: jobs, requests: 6}, nil
}

// Serve is the API's run loop: lifegen calls it once the API is ready and
// cancels ctx when the API begins to stop. It simulates a few requests,
// each of which enqueues a job, then waits for the shutdown.
func (a *API) Serve(ctx context.Context) error {
	for id := 1; id <= a.requests; id++ {
		if sleep(ctx, 100*time.Millisecond) != nil {
			return nil
		}
		job := Job{ID: id, Request: fmt.Sprintf("GET /report/%d", id)}
		select {
		case a.jobs <- job:
			a.log.Printf("api", "%s: enqueued job %d", job.Request, job.ID)
		case <-ctx.Done():
			return nil
		}
	}
	<-ctx.Done()
	return nil
}

// Shutdown stops accepting requests. lifegen calls it first, after Serve
// has returned, so no job is sent once the workers start draining.
func (a *API) Shutdown(ctx context.Context) error {
	if err := sleep(ctx, 50*time.Millisecond); err != nil { // simulate closing connections
		return err
	}
	a.log.Printf("api", "no longer accepting requests")
	return nil
}

// ProcessJob is the workers' handler: three goroutines call it, one job
// at a time each.
func ProcessJob(ctx context.Context, log *Log, db *Database, job Job) error {
	log.Printf("background", "job %d: processing", job.ID)
	if err := db.Query(ctx, 300*time.Millisecond); err != nil {
		return fmt.Errorf("job %d: %w", job.ID, err)
	}
	log.Printf("background", "job %d: completed", job.ID)
	return nil
}

// sleep waits for d, or returns ctx's error if ctx ends first.
func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
