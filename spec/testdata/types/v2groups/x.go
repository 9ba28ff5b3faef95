package v2groups

import (
	"context"
	"log/slog"
)

type Route interface{ Pattern() string }

type Echo struct{}

func (*Echo) Pattern() string { return "/echo" }

type Hello struct{}

func (Hello) Pattern() string { return "/hello" }

type Other struct{}

type Router struct{}

func NewEcho() *Echo  { return &Echo{} }
func NewHello() Hello { return Hello{} }
func NewOther() Other { return Other{} }

func NewSliceRouter(ctx context.Context, log *slog.Logger, routes []Route) *Router { return nil }

func NewVariadicRouter(log *slog.Logger, routes ...Route) *Router { return nil }

func NewPlain(ctx context.Context, log *slog.Logger, r Route) *Router { return nil }

type Shutdown struct{}

func NewShutdown(ctx context.Context, shutdown func(error)) *Shutdown { return nil }

func NewBadShutdown(shutdown func()) *Shutdown { return nil }
