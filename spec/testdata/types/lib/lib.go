// Package lib is imported by the corpus specs through an alias.
package lib

import (
	"context"

	"example.com/corpus/lib/internal/secret"
)

// Thing is an exported service value.
type Thing struct{}

// Close stops a Thing.
func (*Thing) Close() error { return nil }

func (*Thing) close() {}

// New returns a Thing.
func New(ctx context.Context) (*Thing, error) { return &Thing{}, nil }

func newThing() *Thing { return nil }

type hidden struct{}

// Wrap takes an unexported type.
func Wrap(h *hidden) *Thing { return nil }

// NewHidden returns an unexported type.
func NewHidden() *hidden { return nil }

// NewSecret returns a type of an internal package.
func NewSecret() *secret.Key { return nil }

// Box is a generic type.
type Box[T any] struct{ V T }

// Pair is a generic type with two parameters.
type Pair[K comparable, V any] struct {
	K K
	V V
}

var _ = newThing
