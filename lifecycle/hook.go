package lifecycle

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
	"sync"
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
// patient, it keeps waiting after ctx was cancelled (not expired) until
// ctx's deadline: an aborted constructor gets until its start_timeout to
// return. When call stops waiting, it returns ctx.Err() and f is
// abandoned: late, if not nil, receives what f returns in the end.
func call[T any](ctx context.Context, patient bool, f func(context.Context) (T, error), late func(T, error)) (T, error) {
	var v T
	var err error
	done := make(chan struct{})
	go guard(func() (e error) { v, e = f(ctx); return e }, func(e error) { err = e; close(done) })
	if await(ctx, patient, done) {
		return v, err
	}
	if late != nil {
		go func() {
			<-done
			late(v, err)
		}()
	}
	var zero T
	return zero, ctx.Err()
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

// shape reports whether f is nil or one of the shapes Hooks accepts
// (ok), and whether it takes a ctx and the shutdown cause. A run loop
// without a ctx is ended by its stop.
func shape(f any) (ok, takesCtx, takesCause bool) {
	switch f.(type) {
	case nil, func() error, func():
		return true, false, false
	case func(context.Context) error, func(context.Context):
		return true, true, false
	case func(context.Context, error) error, func(context.Context, error):
		return true, true, true
	case func(error) error, func(error):
		return true, false, true
	}
	return false, false, false
}

// checkHooks rejects hooks of a shape the runtime cannot call, before
// anything runs them.
func checkHooks(c *component, h Hooks) error {
	for _, f := range []struct {
		name      string
		fn        any
		withCause bool // the shutdown cause is allowed
	}{{"Run", h.Run, false}, {"Stop", h.Stop, true}, {"Check", h.Check, false}} {
		if ok, _, takesCause := shape(f.fn); !ok || takesCause && !f.withCause {
			return fmt.Errorf("lifecycle: %s hook of type %T is not one of the shapes Hooks accepts", f.name, f.fn)
		}
	}
	if c.Kind == KindWorker && h.Consume == nil {
		return errors.New("lifecycle: a worker's Start must return Hooks.Consume")
	}
	return nil
}

// waitDone returns a channel that closes once wg reaches zero.
func waitDone(wg *sync.WaitGroup) <-chan struct{} {
	done := make(chan struct{})
	go func() {
		wg.Wait()
		close(done)
	}()
	return done
}

func errAttr(err error) []slog.Attr {
	if err == nil {
		return nil
	}
	return []slog.Attr{slog.Any("err", err)}
}
