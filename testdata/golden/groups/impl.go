package groups

import (
	"context"
	"sync"
)

// Log records the lifecycle calls in order, for the tests.
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
	return append([]string(nil), l.lines...)
}

// Route is one handler a router serves.
type Route interface{ Pattern() string }

// patterns lists the patterns of routes, in order.
func patterns(routes []Route) []string {
	var out []string
	for _, r := range routes {
		out = append(out, r.Pattern())
	}
	return out
}

type Echo struct{ log *Log }

func NewEcho(ctx context.Context, log *Log) (*Echo, error) {
	log.Add("new echo")
	return &Echo{log: log}, nil
}

func (*Echo) Pattern() string { return "/echo" }
func (e *Echo) Close()        { e.log.Add("close echo") }

// Hello is a value type: a Route of another kind than *Echo.
type Hello struct{ log *Log }

func NewHello(log *Log) Hello {
	log.Add("new hello")
	return Hello{log: log}
}

func (Hello) Pattern() string { return "/hello" }
func (h Hello) Close()        { h.log.Add("close hello") }

// Static is an input that is also a Route.
type Static struct{ Path string }

func (s *Static) Pattern() string { return s.Path }

type Router struct {
	log    *Log
	Routes []Route
}

func NewRouter(log *Log, routes []Route) *Router {
	log.Add("new router")
	return &Router{log: log, Routes: routes}
}

func (r *Router) Patterns() []string { return patterns(r.Routes) }
func (r *Router) Close()             { r.log.Add("close router") }

type Mux struct {
	Prefix string
	Routes []Route
}

func NewMux(log *Log, prefix string, routes ...Route) *Mux {
	return &Mux{Prefix: prefix, Routes: routes}
}

func (m *Mux) Patterns() []string { return patterns(m.Routes) }

type Chain struct{ Routes []Route }

func NewChain(routes ...Route) *Chain { return &Chain{Routes: routes} }

func (c *Chain) Patterns() []string { return patterns(c.Routes) }
