package lifecycle

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
	"time"
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

// call runs f(ctx) on a goroutine of its own and waits for it or for ctx
// to end, whichever comes first; ctx's deadline is the only timeout. When
// ctx ends first, call returns ctx.Err() and f is abandoned: late, if not
// nil, receives what f returns in the end.
func call[T any](ctx context.Context, f func(context.Context) (T, error), late func(T, error)) (T, error) {
	return callPatiently(ctx, false, f, late)
}

// callPatiently is call that, when patient, keeps waiting after ctx was
// cancelled (not expired) until ctx's deadline: an aborted constructor
// gets until its start_timeout to return.
func callPatiently[T any](ctx context.Context, patient bool, f func(context.Context) (T, error), late func(T, error)) (T, error) {
	h := &hookCall[T]{ctx: ctx, f: f, done: make(chan struct{})}
	go h.run()
	if await(ctx, patient, h.done) {
		return h.v, h.err
	}
	if late != nil {
		go func() {
			<-h.done
			late(h.v, h.err)
		}()
	}
	var zero T
	return zero, ctx.Err()
}

// hookCall is one call of a hook on its own goroutine: run stores what
// the hook returned, or the panic or runtime.Goexit that ended it, and
// closes done.
type hookCall[T any] struct {
	ctx  context.Context
	f    func(context.Context) (T, error)
	v    T
	err  error
	done chan struct{}
}

func (h *hookCall[T]) run() {
	h.err = errGoexit
	defer h.finish()
	h.v, h.err = h.f(h.ctx)
}

func (h *hookCall[T]) finish() {
	if p := recover(); p != nil {
		h.err = &panicError{value: p, stack: debug.Stack()}
	}
	close(h.done)
}

// await waits for done until ctx ends; when patient and ctx was cancelled
// rather than expired, until ctx's deadline. It reports whether done
// closed.
func await(ctx context.Context, patient bool, done <-chan struct{}) bool {
	select {
	case <-done:
		return true
	case <-ctx.Done():
	}
	d, ok := ctx.Deadline()
	if !patient || !ok || ctx.Err() != context.Canceled {
		return false
	}
	t := time.NewTimer(time.Until(d))
	defer t.Stop()
	select {
	case <-done:
		return true
	case <-t.C:
		return false
	}
}

// invoke calls f, one of the shapes Hooks documents, with what it takes
// of ctx and the shutdown cause. A nil f does nothing.
func invoke(ctx context.Context, f any, cause error) error {
	switch f := f.(type) {
	case func(context.Context) error:
		return f(ctx)
	case func(context.Context):
		f(ctx)
	case func() error:
		return f()
	case func():
		f()
	case func(context.Context, error) error:
		return f(ctx, cause)
	case func(context.Context, error):
		f(ctx, cause)
	case func(error) error:
		return f(cause)
	case func(error):
		f(cause)
	}
	return nil
}

// takesCtx reports whether f observes a ctx: a run loop without one is
// ended by its stop.
func takesCtx(f any) bool {
	switch f.(type) {
	case func(context.Context) error, func(context.Context), func(context.Context, error) error, func(context.Context, error):
		return true
	}
	return false
}

// shapeOK reports whether f is nil or one of the shapes Hooks accepts;
// withCause allows the stop shapes that take the shutdown cause.
func shapeOK(f any, withCause bool) bool {
	switch f.(type) {
	case nil, func(context.Context) error, func(context.Context), func() error, func():
		return true
	case func(context.Context, error) error, func(context.Context, error), func(error) error, func(error):
		return withCause
	}
	return false
}

// checkHooks rejects hooks of a shape the runtime cannot call, before
// anything runs them.
func checkHooks(c *component, h Hooks) error {
	for _, f := range []struct {
		name  string
		fn    any
		cause bool
	}{{"Run", h.Run, false}, {"Stop", h.Stop, true}, {"Check", h.Check, false}} {
		if !shapeOK(f.fn, f.cause) {
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
