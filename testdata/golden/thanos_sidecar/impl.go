package thanos_sidecar

import (
	"context"
	"errors"
	"maps"
	"slices"
	"sync"
	"sync/atomic"
	"time"
)

// Prometheus stands for the Prometheus server beside the sidecar.
type Prometheus struct {
	AnswerAfter int32       // calls that fail before it answers
	Ready       atomic.Bool // its /-/ready: false while it replays its WAL
	Labels      map[string]string
	calls       atomic.Int32
}

var ErrUnreachable = errors.New("connection refused")

// externalLabels is GET /api/v1/status/config.
func (p *Prometheus) externalLabels() (map[string]string, error) {
	if p.calls.Add(1) <= p.AnswerAfter {
		return nil, ErrUnreachable
	}
	return maps.Clone(p.Labels), nil
}

// Calls counts the requests Prometheus received.
func (p *Prometheus) Calls() int32 { return p.calls.Load() }

// Config holds the sidecar's flags, with a journal for the tests.
type Config struct {
	Prometheus *Prometheus
	Bucket     string // the objstore config; empty: no uploads

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

// PromMetadata is the sidecar's view of its Prometheus.
type PromMetadata struct {
	prom *Prometheus
	Up   atomic.Bool
}

func NewPromMetadata(cfg *Config) *PromMetadata { return &PromMetadata{prom: cfg.Prometheus} }

func (m *PromMetadata) Heartbeat() error {
	_, err := m.prom.externalLabels()
	m.Up.Store(err == nil)
	return err
}

// Labels are Prometheus's external labels.
type Labels map[string]string

// FetchExternalLabels retries until Prometheus answers, or ctx ends.
func FetchExternalLabels(ctx context.Context, m *PromMetadata) (Labels, error) {
	if _, ok := ctx.Deadline(); ok {
		return nil, errors.New("the retry has a deadline")
	}
	for {
		l, err := m.prom.externalLabels()
		if err == nil {
			return l, nil
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(5 * time.Millisecond):
		}
	}
}

// StoreServer serves the StoreAPI over gRPC.
type StoreServer struct {
	m      *PromMetadata
	Labels Labels
	stop   chan struct{}
}

func NewStoreServer(m *PromMetadata, l Labels) *StoreServer {
	return &StoreServer{m: m, Labels: l, stop: make(chan struct{})}
}

var ErrPrometheusNotReady = errors.New("prometheus is not ready")

func (s *StoreServer) Ready() error {
	if !s.m.prom.Ready.Load() {
		return ErrPrometheusNotReady
	}
	return nil
}

// Serve takes no ctx, as grpc.Server.Serve; GracefulStop ends it.
func (s *StoreServer) Serve() error {
	<-s.stop
	return nil
}

func (s *StoreServer) GracefulStop() { close(s.stop) }

// HTTPServer serves /metrics and the probes.
type HTTPServer struct{ stop chan struct{} }

func NewHTTPServer(cfg *Config) *HTTPServer { return &HTTPServer{stop: make(chan struct{})} }

func (h *HTTPServer) Serve() error {
	<-h.stop
	return nil
}

func (h *HTTPServer) Shutdown(ctx context.Context) error {
	close(h.stop)
	return nil
}

// Shipper uploads blocks to the bucket.
type Shipper struct {
	cfg      *Config
	Labels   Labels
	uploaded chan string
}

// NewShipper opens the bucket client, which its cleanup closes.
func NewShipper(cfg *Config, l Labels) (*Shipper, func(), error) {
	if cfg.Bucket == "" {
		return nil, nil, errors.New("no bucket configured")
	}
	cfg.Log("bucket: open " + cfg.Bucket)
	s := &Shipper{cfg: cfg, Labels: l, uploaded: make(chan string, 1)}
	return s, func() { cfg.Log("bucket: close") }, nil
}

func (s *Shipper) Run(ctx context.Context) error {
	s.uploaded <- "01HBLOCK"
	<-ctx.Done()
	s.cfg.Log("shipper: stop")
	return nil
}

// Uploaded returns the first block uploaded.
func (s *Shipper) Uploaded() <-chan string { return s.uploaded }
