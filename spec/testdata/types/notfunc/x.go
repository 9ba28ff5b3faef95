package notfunc

import "context"

type Cache struct{}

func NewCache(ctx context.Context) (*Cache, error) { return &Cache{}, nil }

var Default = &Cache{}

const Answer = 42

type Order struct{}

func Fulfil(ctx context.Context, o Order) error { return nil }
