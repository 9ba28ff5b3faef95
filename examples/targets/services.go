package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"sync"
	"time"
)

// Log writes one line per call, prefixed with the name of the component
// that wrote it. It is safe for concurrent use.
type Log struct {
	mu sync.Mutex
	w  io.Writer
}

func NewLog(w io.Writer) *Log { return &Log{w: w} }

func (l *Log) Printf(who, format string, args ...any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	fmt.Fprintf(l.w, "%-8s %s\n", who, fmt.Sprintf(format, args...))
}

// Config is what main passes to NewApp.
type Config struct {
	Addr string // where the API listens; port 0 picks a free port
}

// Job is one unit of background work.
type Job struct {
	ID   int
	Name string
}

// Store stands for the database both deployments share. In this example
// it lives in memory, seeded with the jobs an earlier frontend recorded,
// so that a workers-only process has something to do.
type Store struct {
	log     *Log
	mu      sync.Mutex
	pending []Job
	done    []Job
	nextID  int
}

func OpenStore(log *Log) (*Store, error) {
	s := &Store{log: log}
	for _, name := range []string{"resize photo", "send invoice", "rebuild index"} {
		s.Add(name)
	}
	log.Printf("store", "open (%d jobs pending)", len(s.pending))
	return s, nil
}

// Add records a pending job.
func (s *Store) Add(name string) Job {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.nextID++
	j := Job{ID: s.nextID, Name: name}
	s.pending = append(s.pending, j)
	return j
}

// TakePending returns the pending jobs and marks them taken.
func (s *Store) TakePending() []Job {
	s.mu.Lock()
	defer s.mu.Unlock()
	jobs := s.pending
	s.pending = nil
	return jobs
}

// Done records a finished job.
func (s *Store) Done(j Job) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.done = append(s.done, j)
}

func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.log.Printf("store", "close (%d jobs done, %d pending)", len(s.done), len(s.pending))
	return nil
}

// API is the frontend: POST /jobs?name=... records a job.
type API struct {
	log *Log
	srv *http.Server
	ln  net.Listener
}

// Listen binds the address, so that a port in use fails Start.
func Listen(ctx context.Context, log *Log, cfg *Config, store *Store) (*API, error) {
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", cfg.Addr)
	if err != nil {
		return nil, err
	}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /jobs", func(w http.ResponseWriter, r *http.Request) {
		j := store.Add(r.FormValue("name"))
		json.NewEncoder(w).Encode(j)
	})
	log.Printf("api", "listening on http://%s", ln.Addr())
	return &API{log: log, srv: &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}, ln: ln}, nil
}

// Serve serves until Shutdown.
func (a *API) Serve() error {
	if err := a.srv.Serve(a.ln); !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

func (a *API) Shutdown(ctx context.Context) error {
	a.log.Printf("api", "shutting down")
	return a.srv.Shutdown(ctx)
}

// Poller hands the store's pending jobs to the workers.
type Poller struct {
	log   *Log
	store *Store
	jobs  chan<- Job
}

func NewPoller(log *Log, store *Store, jobs chan<- Job) *Poller {
	return &Poller{log: log, store: store, jobs: jobs}
}

// Poll checks the store at once, then every 100ms, until ctx ends.
func (p *Poller) Poll(ctx context.Context) error {
	p.log.Printf("poller", "watching the store for jobs")
	for {
		for _, j := range p.store.TakePending() {
			select {
			case p.jobs <- j:
			case <-ctx.Done():
				return nil
			}
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// Process does one job.
func Process(log *Log, store *Store, j Job) error {
	store.Done(j)
	log.Printf("process", "job %d (%s) done", j.ID, j.Name)
	return nil
}
