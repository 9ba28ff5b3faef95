package shutdown_delay

import (
	"errors"
	"sync"
	"time"
)

// Probe makes the checker fail and records the server's stops.
type Probe struct {
	FailChecker bool

	mu    sync.Mutex
	stops []time.Time
}

// Stops returns when the server was stopped.
func (p *Probe) Stops() []time.Time {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]time.Time(nil), p.stops...)
}

type Server struct{ p *Probe }

func NewServer(p *Probe) *Server { return &Server{p: p} }

func (s *Server) Shutdown() {
	s.p.mu.Lock()
	defer s.p.mu.Unlock()
	s.p.stops = append(s.p.stops, time.Now())
}

var ErrChecker = errors.New("checker failed")

type Checker struct{}

func NewChecker(p *Probe, s *Server) (*Checker, error) {
	if p.FailChecker {
		return nil, ErrChecker
	}
	return &Checker{}, nil
}
