// Package assign passes dependencies the way Go assigns them.
package assign

import (
	"context"
	"io"
	"log/slog"
)

type Route interface{ Pattern() string }

type Echo struct{}

func (*Echo) Pattern() string { return "/echo" }

type Hello struct{}

func (Hello) Pattern() string { return "/hello" }

type Router struct{}

func NewEcho() *Echo  { return &Echo{} }
func NewHello() Hello { return Hello{} }
func NewRouter(ctx context.Context, log *slog.Logger, routes ...Route) (*Router, error) {
	return &Router{}, nil
}
func NewOne(r Route) *Router { return &Router{} }

// Store is an interface value: its methods are the interface's.
type Store interface {
	io.Closer
	Ping(ctx context.Context) error
}

type store struct{}

func (store) Close() error                   { return nil }
func (store) Ping(ctx context.Context) error { return nil }

func NewStore() Store { return store{} }

type Funcs struct{}

func NewFuncs(f func(int) string, m map[string][]int, c <-chan struct{}, a [4]byte, e interface{}, s struct{}) *Funcs {
	return &Funcs{}
}
