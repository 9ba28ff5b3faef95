package signatures

import (
	"context"
	"net/http"
	"sync/atomic"
)

// Probe records calls and counts health checks per service.
type Probe struct {
	Journal
	ServerChecks, CloserChecks, PlainChecks, BareChecks atomic.Int32
	Running                                             chan string // each run loop sends its name once it runs
}

func NewProbe() *Probe { return &Probe{Running: make(chan string, 4)} }

// Server: run func() error ended by stop func(ctx) error; check func(ctx).
type Server struct {
	p    *Probe
	quit chan struct{}
}

func NewServer(ctx context.Context, p *Probe) (*Server, error) {
	return &Server{p: p, quit: make(chan struct{})}, nil
}

func (s *Server) Serve() error {
	s.p.Running <- "server"
	<-s.quit
	s.p.Add("run server returned")
	return nil
}

func (s *Server) Shutdown(ctx context.Context) error {
	s.p.Add("stop server")
	close(s.quit)
	return nil
}

func (s *Server) Check(ctx context.Context) { s.p.ServerChecks.Add(1) }

// Closer: run func(ctx); stop func() error; check func().
type Closer struct{ p *Probe }

func NewCloser(ctx context.Context, p *Probe) (*Closer, error) { return &Closer{p: p}, nil }

func (c *Closer) Loop(ctx context.Context) {
	c.p.Running <- "closer"
	<-ctx.Done()
	c.p.Add("run closer returned")
}

func (c *Closer) Close() error {
	c.p.Add("stop closer")
	return nil
}

func (c *Closer) Ping() { c.p.CloserChecks.Add(1) }

// Plain: run func(ctx) error; stop func(); check func() error.
type Plain struct{ p *Probe }

func NewPlain(ctx context.Context, p *Probe) (*Plain, error) { return &Plain{p: p}, nil }

func (pl *Plain) Work(ctx context.Context) error {
	pl.p.Running <- "plain"
	<-ctx.Done()
	pl.p.Add("run plain returned")
	return ctx.Err()
}

func (pl *Plain) Halt() { pl.p.Add("stop plain") }

func (pl *Plain) Probe() error {
	pl.p.PlainChecks.Add(1)
	return nil
}

// Bare: run func() ended by stop func(ctx); check func(ctx) error.
type Bare struct {
	p    *Probe
	quit chan struct{}
}

func NewBare(ctx context.Context, p *Probe) (*Bare, error) {
	return &Bare{p: p, quit: make(chan struct{})}, nil
}

func (b *Bare) Spin() {
	b.p.Running <- "bare"
	<-b.quit
	b.p.Add("run bare returned")
}

func (b *Bare) Stop(ctx context.Context) {
	b.p.Add("stop bare")
	close(b.quit)
}

func (b *Bare) Healthy(ctx context.Context) error {
	b.p.BareChecks.Add(1)
	return ctx.Err()
}

// NewWeb returns an HTTP server on a free local port; its run is
// ListenAndServe and its stop Shutdown, unchanged.
func NewWeb(ctx context.Context, p *Probe) (*http.Server, error) {
	return &http.Server{Addr: "127.0.0.1:0", Handler: http.NotFoundHandler()}, nil
}
