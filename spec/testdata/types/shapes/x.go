// Package shapes has every constructor, handler and method shape lifegen
// accepts.
package shapes

import (
	"context"
	"database/sql"

	"example.com/corpus/lib"
)

type Config struct{ DSN string }

type A struct{}
type B struct{}
type C struct{}
type D struct{}
type E struct{}
type F struct{}
type G struct{}
type H struct{}

type Order struct{ ID int }

// The four result shapes, each with and without ctx.
func NewA(ctx context.Context, cfg *Config) *A                    { return &A{} }
func NewB(cfg *Config) (*B, error)                                { return &B{}, nil }
func NewC(ctx context.Context, a *A) (*C, func())                 { return &C{}, func() {} }
func NewD(a *A, b *B) (*D, func(), error)                         { return &D{}, func() {}, nil }
func newE() E                                                     { return E{} } // unexported: same package
func NewF(ctx context.Context, orders chan<- Order) (F, error)    { return F{}, nil }
func NewG(ctx context.Context, shutdown func(error)) *G           { return &G{} }
func NewH(ctx context.Context, db *sql.DB, boxes lib.Box[int]) *H { return &H{} }

// Methods of every accepted signature. E has value receivers, so both E
// and *E have them.
func (*A) Run(ctx context.Context) error               { return nil }
func (*A) Stop() error                                 { return nil }
func (*A) Check(ctx context.Context)                   {}
func (*B) Run()                                        {}
func (*B) Stop(ctx context.Context, cause error) error { return nil }
func (*B) Check() error                                { return nil }
func (*C) Stop(cause error) error                      { return nil }
func (*D) Stop(ctx context.Context, cause error)       {}
func (E) Stop(cause error)                             {}
func (E) Check(ctx context.Context) error              { return nil }
func (F) Stop(ctx context.Context)                     {}
func (*G) Stop()                                       {}

// Handlers: with and without ctx, error or nothing.
func Handle(ctx context.Context, a *A, o Order) error { return nil }
func HandleQuiet(o Order)                             {}
func HandleAny(b *B, item any) error                  { return nil }
