package lifecycle

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
)

// errGoexit is the error of a hook that called runtime.Goexit (which is
// what t.FailNow does) instead of returning.
var errGoexit = errors.New("called runtime.Goexit instead of returning")

// panicError is a panic recovered from a hook, with the stack where it
// happened. It unwraps to the panic value when that is an error.
type panicError struct {
	value any
	stack []byte
}

func (e *panicError) Error() string { return fmt.Sprintf("panic: %v", e.value) }

func (e *panicError) Unwrap() error {
	err, _ := e.value.(error)
	return err
}

// guard calls f and hands report what it returned; when f panics, an
// error holding the panic; when f calls runtime.Goexit, errGoexit (and
// the goroutine then ends).
func guard(f func() error, report func(error)) {
	err := errGoexit
	defer func() {
		if p := recover(); p != nil {
			err = &panicError{value: p, stack: debug.Stack()}
		}
		report(err)
	}()
	err = f()
}

// call runs f on a goroutine of its own and waits for it or for ctx to
// end, whichever comes first; ctx's deadline is the only timeout. When
// ctx ends first, call returns ctx.Err() and f is abandoned: late, if not
// nil, receives what f returns in the end.
func call[T any](ctx context.Context, f func(context.Context) (T, error), late func(T, error)) (T, error) {
	type result struct {
		v   T
		err error
	}
	res := make(chan result, 1)
	go func() {
		var v T
		guard(func() (err error) {
			v, err = f(ctx)
			return err
		}, func(err error) { res <- result{v, err} })
	}()
	select {
	case r := <-res:
		return r.v, r.err
	case <-ctx.Done():
		if late != nil {
			go func() {
				r := <-res
				late(r.v, r.err)
			}()
		}
		var zero T
		return zero, ctx.Err()
	}
}

// callErr is call for a hook that returns only an error.
func callErr(ctx context.Context, f func(context.Context) error) error {
	_, err := call(ctx, func(ctx context.Context) (struct{}, error) { return struct{}{}, f(ctx) }, nil)
	return err
}

// hook is a run, stop or check function in the one shape the runtime
// calls; cause is the shutdown cause, for stops that take it.
type hook func(ctx context.Context, cause error) error

// adapt returns f, one of the shapes Hooks documents, as a hook, and
// whether f takes a ctx (a run loop without one is ended by its stop).
// ok is false for any other value; a nil f gives a nil hook.
func adapt(f any) (h hook, withCtx, ok bool) {
	switch f := f.(type) {
	case nil:
		return nil, false, true
	case func(context.Context) error:
		return func(ctx context.Context, _ error) error { return f(ctx) }, true, true
	case func(context.Context):
		return func(ctx context.Context, _ error) error { f(ctx); return nil }, true, true
	case func() error:
		return func(context.Context, error) error { return f() }, false, true
	case func():
		return func(context.Context, error) error { f(); return nil }, false, true
	}
	return adaptCause(f)
}

// adaptCause adapts the stop shapes that take the shutdown cause.
func adaptCause(f any) (h hook, withCtx, ok bool) {
	switch f := f.(type) {
	case func(context.Context, error) error:
		return f, true, true
	case func(context.Context, error):
		return func(ctx context.Context, cause error) error { f(ctx, cause); return nil }, true, true
	case func(error) error:
		return func(_ context.Context, cause error) error { return f(cause) }, false, true
	case func(error):
		return func(_ context.Context, cause error) error { f(cause); return nil }, false, true
	}
	return nil, false, false
}

// checkHooks rejects hooks of a shape the runtime cannot call, before
// anything runs them.
func checkHooks(c *component, h Hooks) error {
	for _, f := range []struct {
		name  string
		fn    any
		cause bool
	}{{"Run", h.Run, false}, {"Stop", h.Stop, true}, {"Check", h.Check, false}} {
		_, _, ok := adapt(f.fn)
		if _, _, isCause := adaptCause(f.fn); !ok || (isCause && !f.cause) {
			return fmt.Errorf("lifecycle: %s hook of type %T is not one of the shapes Hooks accepts", f.name, f.fn)
		}
	}
	if c.Kind == KindWorker && h.Consume == nil {
		return errors.New("lifecycle: a worker's Start must return Hooks.Consume")
	}
	return nil
}

// waitFor waits for wg to reach zero, or for ctx to end.
func waitFor(ctx context.Context, wg interface{ Wait() }) bool {
	done := make(chan struct{})
	go func() {
		wg.Wait()
		close(done)
	}()
	select {
	case <-done:
		return true
	case <-ctx.Done():
		return false
	}
}

func nonNil(errs []error) []error {
	var out []error
	for _, err := range errs {
		if err != nil {
			out = append(out, err)
		}
	}
	return out
}

func errAttr(err error) []slog.Attr {
	if err == nil {
		return nil
	}
	return []slog.Attr{slog.Any("err", err)}
}
