package lifecycle

// Queues and workers (docs/semantics.md: Queues and workers).

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"
	"testing"
	"time"
)

// workerPool returns a queue q of capacity n and a worker "work" consuming it
// with handle; the queue comes after the worker, as generated code has it.
func workerPool(ch chan int, count int, drain time.Duration, onError Policy, handle func(context.Context, int) error) []Component {
	return []Component{
		{Name: "work", Kind: KindWorker, Count: count, DrainTimeout: drain, OnError: onError,
			Start: func(context.Context) (Hooks, error) { return Hooks{Consume: Consume(ch, handle)}, nil }},
		{Name: "q", Kind: KindQueue, Needs: []string{"work"}, Queue: Chan(ch)},
	}
}

// TestWorkerDrain: at shutdown, the workers handle what is buffered with
// their ctx alive, once every sender has stopped (a sender's stop may
// still send).
func TestWorkerDrain(t *testing.T) {
	for i := range rounds / 3 {
		const n = 20
		ch := make(chan int, n+1)
		gate := make(chan struct{})
		var late atomic.Int32
		comps := workerPool(ch, 3, bound, PolicyLog, func(ctx context.Context, _ int) error {
			<-gate
			if ctx.Err() != nil {
				late.Add(1)
			}
			return nil
		})
		comps = append(comps, Component{Name: "sender", Kind: KindService, Needs: []string{"q"},
			Start: func(context.Context) (Hooks, error) {
				return Hooks{Stop: func() { ch <- -1 }}, nil // a last item, sent while stopping
			}})
		a := New(Spec{ShutdownTimeout: bound, Components: comps})
		start(t, a, Config{})
		for j := range n {
			ch <- j
		}
		stopped := make(chan error)
		go func() { stopped <- a.Stop(context.Background()) }()
		wait(t, "Done", a.Done())
		close(gate)
		if err := <-stopped; err != nil {
			t.Fatalf("round %d: Stop = %v", i, err)
		}
		if s := statusOf(a, "work"); s.Processed != n+1 || s.Failed+s.Dropped != 0 || late.Load() != 0 {
			t.Fatalf("round %d: worker %+v, %d handled with a cancelled ctx", i, s, late.Load())
		}
	}
}

// TestWorkerDropped: items still buffered after drain_timeout are
// dropped, counted, and reported by Stop (ErrDropped, how many, which
// queue); the handlers in hand see their ctx cancelled.
func TestWorkerDropped(t *testing.T) {
	const n = 10
	ch := make(chan int, n)
	started := make(chan struct{}, n)
	a := New(Spec{ShutdownTimeout: bound, Components: workerPool(ch, 1, 2*time.Millisecond, PolicyLog, func(ctx context.Context, _ int) error {
		started <- struct{}{}
		<-ctx.Done()
		return ctx.Err()
	})})
	start(t, a, Config{})
	for j := range n {
		ch <- j
	}
	<-started // one item in hand, n-1 buffered
	err := stop(t, a)
	wantErr(t, "Stop", err, ErrDropped, fmt.Sprintf(`queue "q": %d items dropped`, n-1))
	if s := statusOf(a, "work"); s.Processed != 0 || s.Failed != 1 || s.Dropped != n-1 {
		t.Fatalf("worker %+v; want 1 failed (cancelled), %d dropped", s, n-1)
	}
	if a.Err() != nil {
		t.Fatalf("Err() = %v: dropping is a stop error, not a cause", a.Err())
	}
	if s := statusOf(a, "q"); s.Len != 0 {
		t.Fatalf("queue %+v", s)
	}
}

// TestWorkerAccounting: whatever the handlers do (succeed, fail, panic,
// call runtime.Goexit, outlast drain_timeout), processed + failed +
// dropped = sent, and Stop reports ErrDropped exactly when something was
// dropped.
func TestWorkerAccounting(t *testing.T) {
	for i := range rounds {
		n := 5 + i%20
		ch := make(chan int, n)
		comps := workerPool(ch, 1+i%3, time.Duration(i%4)*100*time.Microsecond, PolicyLog, func(ctx context.Context, item int) error {
			switch item % 5 {
			case 1:
				return errBoom
			case 2:
				panic("handler")
			case 3:
				select {
				case <-ctx.Done():
				case <-time.After(200 * time.Microsecond):
				}
			}
			return nil
		})
		a := New(Spec{ShutdownTimeout: bound, Components: comps})
		start(t, a, Config{})
		for j := range n {
			ch <- j
		}
		time.Sleep(time.Duration(i%3) * 100 * time.Microsecond)
		err := stop(t, a)
		s := statusOf(a, "work")
		if s.Processed+s.Failed+s.Dropped != n || (s.Dropped > 0) != errors.Is(err, ErrDropped) {
			t.Fatalf("round %d: %d sent; worker %+v; Stop = %v", i, n, s, err)
		}
		if s.Dropped == 0 && err != nil {
			t.Fatalf("round %d: Stop = %v with nothing dropped", i, err)
		}
	}
}

// TestWorkerOnError: a failing or panicking handler is counted and
// logged; with on_error = "shutdown" it shuts the app down with its error.
func TestWorkerOnError(t *testing.T) {
	for _, fault := range []func() error{func() error { return errBoom }, func() error { panic(errBoom) }} {
		ch := make(chan int, 3)
		a := New(Spec{ShutdownTimeout: bound, Components: workerPool(ch, 2, bound, PolicyShutdown, func(context.Context, int) error { return fault() })})
		start(t, a, Config{})
		ch <- 1
		wait(t, "Done", a.Done())
		wantErr(t, "Err()", a.Err(), errBoom, `worker "work": handler`)
		wantErr(t, "Stop", stop(t, a), errBoom)
		if s := statusOf(a, "work"); s.Failed != 1 || s.Processed != 0 || s.State != Stopped {
			t.Fatalf("worker %+v", s)
		}
	}
	ch := make(chan int, 3)
	a := New(Spec{ShutdownTimeout: bound, Components: workerPool(ch, 1, bound, PolicyLog, func(_ context.Context, i int) error {
		if i == 0 {
			panic("once")
		}
		return nil
	})})
	start(t, a, Config{})
	ch <- 0
	ch <- 1
	ch <- 2
	if err := stop(t, a); err != nil {
		t.Fatal(err)
	}
	if s := statusOf(a, "work"); s.Failed != 1 || s.Processed != 2 || !errorsIs(s.Err, errors.New("panic: once")) {
		t.Fatalf("worker %+v; want the panic counted and the rest handled", s)
	}
}
