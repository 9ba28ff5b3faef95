package ifacevalue

import "context"

// Store is an interface: a service of this type has its methods only.
type Store interface {
	Close() error
}

type store struct{}

func (store) Close() error                   { return nil }
func (store) Ping(ctx context.Context) error { return nil }

func NewStore() Store { return store{} }
