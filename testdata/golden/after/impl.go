package after

import (
	"context"
	"sync"
	"time"
)

// Journal records the lifecycle calls in order, for the tests.
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

// OpenDB takes a while, as opening a database does.
func OpenDB(ctx context.Context, j *Journal) (*DB, error) {
	select {
	case <-time.After(30 * time.Millisecond):
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	j.Add("open db")
	return &DB{j: j}, nil
}

func (d *DB) Close() error {
	d.j.Add("close db")
	return nil
}

type Event struct{ ID int }

func Index(j *Journal, e Event) { j.Add("index event") }

type Producer struct{ Events chan<- Event }

func NewProducer(events chan<- Event) *Producer { return &Producer{Events: events} }

type API struct{ j *Journal }

func NewAPI(j *Journal) *API {
	j.Add("new api")
	return &API{j: j}
}

func (a *API) Serve(ctx context.Context) error {
	<-ctx.Done()
	return nil
}

func (a *API) Shutdown() { a.j.Add("shutdown api") }
