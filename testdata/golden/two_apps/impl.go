package two_apps

import (
	"context"
	"slices"
	"sync"
)

// Log records the calls of both apps.
type Log struct {
	mu    sync.Mutex
	lines []string
}

func (l *Log) Add(s string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.lines = append(l.lines, s)
}

func (l *Log) Lines() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return slices.Clone(l.lines)
}

// Store is a key-value store; a cached store reads through to its backend.
type Store struct {
	name    string
	log     *Log
	backend *Store
	mu      sync.Mutex
	data    map[string]string
}

func NewStore(ctx context.Context, l *Log) (*Store, error) {
	l.Add("open back store")
	return &Store{name: "back store", log: l, data: map[string]string{"greeting": "hello"}}, nil
}

func NewCachedStore(ctx context.Context, l *Log, backend *Store) (*Store, error) {
	l.Add("open front store")
	return &Store{name: "front store", log: l, backend: backend, data: map[string]string{}}, nil
}

func (s *Store) Get(key string) string {
	s.mu.Lock()
	v, ok := s.data[key]
	s.mu.Unlock()
	if !ok && s.backend != nil {
		v = s.backend.Get(key)
		s.mu.Lock()
		s.data[key] = v
		s.mu.Unlock()
	}
	return v
}

func (s *Store) Close() error {
	s.log.Add("close " + s.name)
	return nil
}

type API struct{ store *Store }

func NewAPI(ctx context.Context, s *Store) (*API, error) { return &API{store: s}, nil }

func (a *API) Serve(ctx context.Context) error {
	<-ctx.Done()
	a.store.log.Add("api done")
	return nil
}

// Greet answers a request.
func (a *API) Greet() string { return a.store.Get("greeting") + ", world" }
