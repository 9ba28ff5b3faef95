package mismatch

import "context"

type Cache struct{}
type Order struct{}
type API struct{}

type Route interface{ Pattern() string }

type Echo struct{}

func NewCache() Cache { return Cache{} }

func NewEcho() *Echo { return &Echo{} }

func NewAPI(ctx context.Context, c *Cache, orders chan Order) *API { return nil }

func NewRouter(r Route) *API { return nil }

func NewPtr(c Cache, name string) *API { return nil }

func Handle(o Order) {}
