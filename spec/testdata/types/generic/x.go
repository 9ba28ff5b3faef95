package generic

type Box[T any] struct{ V T }

func NewBox[T any]() (*Box[T], error) { return &Box[T]{}, nil }

type Order struct{}

func Handle[T any](item T) error { return nil }
