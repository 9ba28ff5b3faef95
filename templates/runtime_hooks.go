package templates

import (
	"context"
	"fmt"
	"runtime/debug"
)

// appService wires one service whose value has type V: its constructor,
// where its value goes, and its optional run, stop and health check
// methods.
type appService[V any] struct {
	start func(w *appWiring, ctx context.Context) (V, error)
	set   func(w *appWiring, v V)
	run   appHook[V]
	stop  appHook[V]
	check appHook[V]
}

// appServiceHooks is what the scheduler needs of an appService, whatever
// its value type.
type appServiceHooks interface {
	construct(w *appWiring, ctx context.Context) (any, error)
	publish(w *appWiring, v any)
	hasRun() bool
	runTakesCtx() bool
	hasStop() bool
	callRun(v any, ctx context.Context) error
	callStop(v any, ctx context.Context) error
	callCheck(v any, ctx context.Context) error
}

func (s *appService[V]) construct(w *appWiring, ctx context.Context) (any, error) {
	return s.start(w, ctx)
}

func (s *appService[V]) publish(w *appWiring, v any) { s.set(w, v.(V)) }
func (s *appService[V]) hasRun() bool                { return s.run.call != nil }
func (s *appService[V]) runTakesCtx() bool           { return s.run.ctx }
func (s *appService[V]) hasStop() bool               { return s.stop.call != nil }

func (s *appService[V]) callRun(v any, ctx context.Context) error {
	return s.run.call(v.(V), ctx)
}

func (s *appService[V]) callStop(v any, ctx context.Context) error { return s.stop.call(v.(V), ctx) }

func (s *appService[V]) callCheck(v any, ctx context.Context) error {
	return s.check.call(v.(V), ctx)
}

// appHookFunc lists the method signatures that run, stop and health.check
// may have, as method expressions on the service's type R. Any other
// signature fails to compile at the appMethod call that names the method.
type appHookFunc[R any] interface {
	func(R, context.Context) error | func(R) error | func(R, context.Context) | func(R)
}

// appHook is a run, stop or check method adapted to one signature.
type appHook[R any] struct {
	call func(R, context.Context) error
	ctx  bool // the method takes a ctx, so it can observe cancellation
}

// appMethod adapts a method expression such as (*sql.DB).Close.
func appMethod[R any, F appHookFunc[R]](f F) appHook[R] {
	switch f := any(f).(type) {
	case func(R, context.Context) error:
		return appHook[R]{call: f, ctx: true}
	case func(R) error:
		return appHook[R]{call: func(r R, _ context.Context) error { return f(r) }}
	case func(R, context.Context):
		return appHook[R]{call: func(r R, ctx context.Context) error { f(r, ctx); return nil }, ctx: true}
	case func(R):
		return appHook[R]{call: func(r R, _ context.Context) error { f(r); return nil }}
	}
	panic("unreachable: a run, stop or check method has one of four signatures")
}

// appQueue is the channel of one queue.
type appQueue[T any] struct {
	capacity int
	ch       func(w *appWiring) *chan T
}

// appQueueHooks is what the runtime needs of an appQueue.
type appQueueHooks interface {
	open(w *appWiring)
	len(w *appWiring) int
}

func (q *appQueue[T]) open(w *appWiring)    { *q.ch(w) = make(chan T, q.capacity) }
func (q *appQueue[T]) len(w *appWiring) int { return len(*q.ch(w)) }

// appPanicError is a recovered panic: the value and where it happened.
type appPanicError struct {
	value any
	stack []byte
}

func (p *appPanicError) Error() string { return fmt.Sprintf("panic: %v", p.value) }

// Unwrap returns the panic value when it is an error.
func (p *appPanicError) Unwrap() error {
	err, _ := p.value.(error)
	return err
}

// appCatch turns a panic into an error; use it as `defer appCatch(&err)`.
func appCatch(err *error) {
	if r := recover(); r != nil {
		*err = &appPanicError{value: r, stack: debug.Stack()}
	}
}

// appCall calls f, turning a panic into an error.
func appCall(f func() error) (err error) {
	defer appCatch(&err)
	return f()
}
