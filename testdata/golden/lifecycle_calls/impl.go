package lifecycle_calls

import "context"

type Server struct{ probe *Probe }

func NewServer(ctx context.Context, p *Probe) (*Server, error) {
	p.Add("start")
	return &Server{probe: p}, nil
}

func (s *Server) Serve(ctx context.Context) error {
	<-ctx.Done()
	s.probe.Add("serve returned")
	return nil
}

func (s *Server) Shutdown(ctx context.Context) error {
	s.probe.Add("stop")
	return nil
}
