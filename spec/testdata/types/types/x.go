package types

import "context"

type Config struct{}

type Box[T any] struct{ V T }

type Keyed[K comparable] struct{}

var Default = 1

type Cache struct{}

func NewCache(ctx context.Context) (*Cache, error) { return nil, nil }
