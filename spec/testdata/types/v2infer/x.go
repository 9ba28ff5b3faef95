package v2infer

import (
	"context"

	"example.com/corpus/lib"
)

type Cache struct{}

func (*Cache) Close() error { return nil }

func NewCache(ctx context.Context) (*Cache, func(), error) { return &Cache{}, func() {}, nil }

type API struct{}

func NewAPI(c *Cache) *API { return &API{} }

// NewThing returns a type of a package the spec does not import.
func NewThing() *lib.Thing { return nil }
