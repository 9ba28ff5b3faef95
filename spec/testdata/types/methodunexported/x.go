package methodunexported

import (
	"context"

	"example.com/corpus/lib"
)

type Cache struct {
	Stop func()
}

func (*Cache) Close() error { return nil }

func (Cache) Serve(addr string) error { return nil }

func (Cache) Check() (bool, error) { return false, nil }

func (Cache) Run(cause error) {}

func (Cache) Healthy(ctx context.Context) *MyErr { return nil }

func (Cache) Variadic(ctx context.Context, more ...int) error { return nil }

type MyErr struct{}

func (*MyErr) Error() string { return "" }

func NewCache() Cache { return Cache{} }

func NewPtr() *Cache { return &Cache{} }

func NewThing() *lib.Thing { return nil }
