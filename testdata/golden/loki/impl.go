package loki

import (
	"context"
	"slices"
	"sync"
	"time"
)

// Config is Loki's configuration, with a journal for the tests.
type Config struct {
	mu      sync.Mutex
	journal []string
}

func (c *Config) Log(s string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.journal = append(c.journal, s)
}

func (c *Config) Journal() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return slices.Clone(c.journal)
}

// Server is the HTTP router the modules register their routes on.
type Server struct {
	mu     sync.Mutex
	routes []string
}

func NewServer(cfg *Config) *Server { return &Server{} }

func (s *Server) Handle(path string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.routes = append(s.routes, path)
}

func (s *Server) Routes() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := slices.Clone(s.routes)
	slices.Sort(out)
	return out
}

// KV is the memberlist key-value store the ring lives in.
type KV struct{}

func NewMemberlistKV(cfg *Config) (*KV, func()) {
	cfg.Log("memberlist: join")
	return &KV{}, func() { cfg.Log("memberlist: leave") }
}

type Ring struct{ cfg *Config }

func NewRing(cfg *Config, kv *KV) (*Ring, error) { return &Ring{cfg: cfg}, nil }

func (r *Ring) Stop() { r.cfg.Log("ring: stop") }

// join stands for the time a module takes to set itself up.
func join() { time.Sleep(20 * time.Millisecond) }

type Ingester struct{ cfg *Config }

func NewIngester(cfg *Config, s *Server, r *Ring) (*Ingester, error) {
	join()
	s.Handle("/ingester/shutdown")
	cfg.Log("ingester")
	return &Ingester{cfg: cfg}, nil
}

func (i *Ingester) Shutdown(ctx context.Context) error {
	i.cfg.Log("ingester: flush")
	return nil
}

type Distributor struct{}

func NewDistributor(s *Server, r *Ring) (*Distributor, error) {
	join()
	s.Handle("/loki/api/v1/push")
	return &Distributor{}, nil
}

type Querier struct{}

func NewQuerier(s *Server, r *Ring) (*Querier, error) {
	join()
	s.Handle("/loki/api/v1/tail")
	return &Querier{}, nil
}

type QueryFrontend struct{}

func NewQueryFrontend(s *Server) (*QueryFrontend, error) {
	join()
	s.Handle("/loki/api/v1/query_range")
	return &QueryFrontend{}, nil
}

// HTTPServer serves the router.
type HTTPServer struct {
	cfg    *Config
	server *Server
	served chan []string
	stop   chan struct{}
}

func Listen(cfg *Config, s *Server) (*HTTPServer, error) {
	return &HTTPServer{cfg: cfg, server: s, served: make(chan []string, 1), stop: make(chan struct{})}, nil
}

// Serve takes no ctx, as http.Server.Serve; Shutdown ends it.
func (h *HTTPServer) Serve() error {
	h.served <- h.server.Routes()
	<-h.stop
	return nil
}

func (h *HTTPServer) Shutdown(ctx context.Context) error {
	close(h.stop)
	h.cfg.Log("http: shutdown")
	return nil
}

// Served returns the routes the server had when it began to serve.
func (h *HTTPServer) Served() []string { return <-h.served }
