package ctxlast

import "context"

type DB struct{}

type Cache struct{}

func NewDB() *DB { return &DB{} }

// NewCache takes its ctx last: only a first context.Context is the ctx.
func NewCache(db *DB, ctx context.Context) (*Cache, error) { return &Cache{}, nil }
