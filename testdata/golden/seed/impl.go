package seed

import (
	"context"
	"errors"
	"sync"
)

// Config is the input of the app.
type Config struct{ DSN string }

// Journal records the lifecycle calls in order, for the tests.
type Journal struct {
	mu    sync.Mutex
	Lines []string
}

func (j *Journal) Add(s string) {
	j.mu.Lock()
	defer j.mu.Unlock()
	j.Lines = append(j.Lines, s)
}

func (j *Journal) Get() []string {
	j.mu.Lock()
	defer j.mu.Unlock()
	return append([]string(nil), j.Lines...)
}

var journal = &Journal{}

type Database struct {
	dsn    string
	closed bool
	pings  int
	mu     sync.Mutex
}

func OpenDatabase(ctx context.Context, cfg *Config) (*Database, error) {
	journal.Add("open database " + cfg.DSN)
	return &Database{dsn: cfg.DSN}, nil
}

func (d *Database) Ping() error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.closed {
		return errors.New("database closed")
	}
	d.pings++
	return nil
}

func (d *Database) Close() error {
	d.mu.Lock()
	defer d.mu.Unlock()
	journal.Add("close database")
	d.closed = true
	return nil
}

type Cache struct{ db *Database }

func NewCache(ctx context.Context, db *Database) (*Cache, error) {
	if db == nil {
		return nil, errors.New("cache needs the database")
	}
	journal.Add("open cache")
	return &Cache{db: db}, nil
}

func (c *Cache) Close() { journal.Add("close cache") }

type Job struct{ ID int }

type API struct {
	cache *Cache
	jobs  chan<- Job
}

func NewAPI(ctx context.Context, c *Cache, jobs chan<- Job) (*API, error) {
	journal.Add("open api")
	return &API{cache: c, jobs: jobs}, nil
}

// Serve accepts "requests": it enqueues one job per request until ctx ends.
func (a *API) Serve(ctx context.Context) error {
	<-ctx.Done()
	return nil
}

// Enqueue is how a request hands work to the background workers.
func (a *API) Enqueue(ctx context.Context, j Job) error {
	select {
	case a.jobs <- j:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (a *API) Shutdown(ctx context.Context) error {
	journal.Add("shutdown api")
	return nil
}

var processed sync.Map

func ProcessJob(ctx context.Context, db *Database, j Job) error {
	if err := db.Ping(); err != nil {
		return err
	}
	processed.Store(j.ID, true)
	return nil
}
