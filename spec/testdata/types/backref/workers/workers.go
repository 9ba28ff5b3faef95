// Package workers imports the output package for its types.
package workers

import (
	"context"

	"example.com/corpus/backref"
)

// Fulfil handles one order.
func Fulfil(ctx context.Context, s *backref.Store, o backref.Order) error { return nil }

// NewAudit takes the output package's store.
func NewAudit(s *backref.Store, orders chan<- backref.Order) *Audit { return &Audit{} }

// Audit is a service value.
type Audit struct{}
