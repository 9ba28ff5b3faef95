package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"sync/atomic"
	"time"
)

// Config is what main passes to NewApp.
type Config struct {
	Addr string // host:port to listen on; port 0 picks a free port
}

// Store stands for whatever the handlers need: a database, a cache.
type Store struct {
	visits atomic.Int64
}

// OpenStore takes 100ms, so that /readyz has something to wait for.
func OpenStore(ctx context.Context) (*Store, error) {
	select {
	case <-time.After(100 * time.Millisecond):
		return &Store{}, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// Server is an *http.Server together with the listener it serves on. Its
// Shutdown is the *http.Server's own.
type Server struct {
	*http.Server
	ln net.Listener
}

// Listen binds cfg.Addr and builds the server, with the app's routes
// added to mux. Binding here, not in Serve, means the service is ready
// only once connections can be accepted, and a port in use fails Start.
func Listen(ctx context.Context, cfg *Config, mux *http.ServeMux, store *Store) (*Server, error) {
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", cfg.Addr)
	if err != nil {
		return nil, err
	}
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "hello from lifegen (visit #%d)\n", store.visits.Add(1))
	})
	srv := &http.Server{
		Handler:           mux,
		ReadHeaderTimeout: 5 * time.Second,
	}
	return &Server{Server: srv, ln: ln}, nil
}

// URL is the server's base URL, with the port the kernel chose for :0.
func (s *Server) URL() string { return "http://" + s.ln.Addr().String() }

// Serve serves HTTP until Shutdown is called. Like (*http.Server).ListenAndServe
// it takes no ctx: a run method without ctx cannot see the shutdown begin,
// so lifegen ends it by calling the stop method, Shutdown, then waits for
// it to return.
func (s *Server) Serve() error {
	err := s.Server.Serve(s.ln)
	if errors.Is(err, http.ErrServerClosed) {
		return nil // Shutdown was called: the normal end
	}
	return err
}
