package main

import (
	"context"
	"errors"
	"net"
	"net/http"
	"time"
)

// Config is what main passes to NewApp: the flags.
type Config struct {
	Addr         string        // the API's host:port; port 0 picks a free port
	AdminAddr    string        // the admin server's host:port
	DataDir      string        // the directory of the database file
	PollInterval time.Duration // how often the poller looks for pending rows
}

// Server is an *http.Server together with the listener it serves on.
type Server struct {
	http *http.Server
	ln   net.Listener
}

// listen binds addr, so that a port in use fails the start of the service
// that calls it, and returns a server for h that is not serving yet.
func listen(ctx context.Context, addr string, h http.Handler) (*Server, error) {
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", addr)
	if err != nil {
		return nil, err
	}
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
	}
	return &Server{http: srv, ln: ln}, nil
}

// ListenAdmin binds the admin address for probes, the handler main mounts
// app.Handler() on: GET /livez, /readyz and /debug/lifecycle.
func ListenAdmin(ctx context.Context, cfg *Config, probes http.Handler) (*Server, error) {
	return listen(ctx, cfg.AdminAddr, probes)
}

// URL is the server's base URL, with the port the kernel chose for port 0.
func (s *Server) URL() string { return "http://" + s.ln.Addr().String() }

// Serve serves HTTP until Shutdown is called. It takes no ctx, so lifegen
// ends it by calling Shutdown, then waits for it to return.
func (s *Server) Serve() error {
	err := s.http.Serve(s.ln)
	if errors.Is(err, http.ErrServerClosed) {
		return nil // Shutdown was called: the normal end
	}
	return err
}

// Shutdown closes the listener, then waits for the requests in flight to
// finish, or for ctx to end.
func (s *Server) Shutdown(ctx context.Context) error {
	return s.http.Shutdown(ctx)
}
