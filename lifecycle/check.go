package lifecycle

import "context"

// HookMethod is the set of method expressions of a type T that can be a
// run loop or a health check.
type HookMethod[T any] interface {
	~func(T, context.Context) error | ~func(T) error | ~func(T, context.Context) | ~func(T)
}

// StopMethod is the set of method expressions of a type T that can be a
// stop: a HookMethod, or one that also takes the shutdown cause.
type StopMethod[T any] interface {
	~func(T, context.Context) error | ~func(T) error | ~func(T, context.Context) | ~func(T) |
		~func(T, context.Context, error) error | ~func(T, error) error | ~func(T, context.Context, error) | ~func(T, error)
}

// IsHookMethod and IsStopMethod compile only for a method of an accepted
// shape. lifegen writes them, as `var _ = lifecycle.IsStopMethod[*Cache]((*Cache).Close)`,
// when it could not read the package's types, so that a method of another
// shape fails to compile on a line that names it.
func IsHookMethod[T any, M HookMethod[T]](M) bool { return true }

// IsStopMethod: see IsHookMethod.
func IsStopMethod[T any, M StopMethod[T]](M) bool { return true }
