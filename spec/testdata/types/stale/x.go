package stale

import "context"

type Cache struct{}

func NewCache(ctx context.Context) (*Cache, error) { return &Cache{}, nil }
