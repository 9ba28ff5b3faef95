// Package store holds a type that package shapes uses only through a
// constructor's result: the spec never names it, so the generated file
// imports this package itself.
package store

import "sync/atomic"

// Store is a stand-in for a storage client.
type Store struct {
	Name   string
	closed atomic.Bool
}

// New returns an open store.
func New(name string) *Store { return &Store{Name: name} }

// Close closes the store.
func (s *Store) Close() error {
	s.closed.Store(true)
	return nil
}

// Closed reports whether Close was called.
func (s *Store) Closed() bool { return s.closed.Load() }
