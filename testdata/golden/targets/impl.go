package targets

import (
	"sync"
)

// Journal records the constructor calls and processed jobs, for the tests.
type Journal struct {
	mu    sync.Mutex
	lines []string
}

func (j *Journal) Add(s string) {
	j.mu.Lock()
	defer j.mu.Unlock()
	j.lines = append(j.lines, s)
}

func (j *Journal) Lines() []string {
	j.mu.Lock()
	defer j.mu.Unlock()
	return append([]string(nil), j.lines...)
}

type DB struct{ j *Journal }

func OpenDB(j *Journal) (*DB, error) {
	j.Add("db")
	return &DB{j: j}, nil
}

func (d *DB) Close() error { return nil }

type Cache struct{}

func NewCache(j *Journal, db *DB) *Cache {
	j.Add("cache")
	return &Cache{}
}

type API struct{}

func NewAPI(j *Journal, c *Cache) *API {
	j.Add("api")
	return &API{}
}

type Admin struct{}

func NewAdmin(j *Journal, db *DB) *Admin {
	j.Add("admin")
	return &Admin{}
}

type Job struct{ ID int }

func Process(j *Journal, db *DB, job Job) { j.Add("processed a job") }

type Scheduler struct{ Jobs chan<- Job }

func NewScheduler(j *Journal, jobs chan<- Job) *Scheduler {
	j.Add("scheduler")
	return &Scheduler{Jobs: jobs}
}
