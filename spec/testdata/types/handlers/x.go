package handlers

import "context"

type Order struct{}

type MyErr struct{}

func (*MyErr) Error() string { return "" }

func WrongItem(ctx context.Context, o *Order) error { return nil }

func NoItem(ctx context.Context) error { return nil }

func Results(o Order) (int, error) { return 0, nil }

func Variadic(ctx context.Context, items ...Order) error { return nil }

func BadError(o Order) *MyErr { return nil }

func NewOrders() chan<- Order { return nil }
