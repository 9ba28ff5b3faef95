package count

import "context"

type DB struct{}
type Cache struct{}
type API struct{}
type Order struct{}
type Config struct{}

func NewDB() *DB { return &DB{} }

func NewCache(ctx context.Context, db *DB) (*Cache, error) { return &Cache{}, nil }

func NewAPI(ctx context.Context, c *Cache, orders chan<- Order) (*API, error) { return &API{}, nil }

func Handle(ctx context.Context, db *DB, o Order) error { return nil }

func HandleMore(db *DB, c *Cache, cfg *Config, o Order) {}
