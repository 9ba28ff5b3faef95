package ctorcleanup

import "context"

type Cache struct{}

type MyErr struct{}

func (*MyErr) Error() string { return "" }

type Cleanup func()

func Init(ctx context.Context) error { return nil }

func Nothing() {}

func BadError() (*Cache, *MyErr) { return nil, nil }

func BadCleanup() (*Cache, func() error) { return nil, nil }

func NamedCleanup() (*Cache, Cleanup, error) { return nil, nil, nil }

func ErrorFirst() (error, *Cache) { return nil, nil }

func TooMany() (*Cache, func(), error, int) { return nil, nil, nil, 0 }

func Swapped() (*Cache, error, func()) { return nil, nil, nil }

func TwoValues() (*Cache, int) { return nil, 0 }

func BadErrorAfterCleanup() (*Cache, func(), *MyErr) { return nil, nil, nil }
