// Package backref declares the domain types; its sub-package workers
// imports it, and the spec here uses both.
package backref

import "context"

type Order struct{ ID int }

type Store struct{}

func NewStore(ctx context.Context) (*Store, error) { return &Store{}, nil }

func NewOrders() chan<- Order { return nil }
