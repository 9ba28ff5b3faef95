package templates

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// checkAccounted fails unless every item sent was processed, failed or
// dropped, and every component ended stopped.
func checkAccounted(t *testing.T, a *App, worker string, sent int) AppStatus {
	t.Helper()
	st := status(a)
	w := st[worker]
	if got := w.Processed + w.Failed + w.Dropped; got != sent {
		t.Errorf("processed %d + failed %d + dropped %d = %d, want %d sent", w.Processed, w.Failed, w.Dropped, got, sent)
	}
	for name, s := range st {
		if s.State != AppStopped {
			t.Errorf("%s ended %s, want stopped", name, s.State)
		}
	}
	return w
}

func TestWorkersHandleEverythingSentBeforeProducerStops(t *testing.T) {
	const sent = 200
	var handled, cancelled atomic.Int64
	b := newBuilder(t).queue("orders", 8, "producer")
	ch := b.ch("orders")
	b.worker("fulfil", "orders", 3, nil, func(ctx context.Context, item int) error {
		if ctx.Err() != nil {
			cancelled.Add(1)
		}
		handled.Add(1)
		return nil
	}, time.Second, false)
	// Half the items are sent while starting, half while stopping: those
	// are still buffered when the workers begin to drain.
	send := func(ctx context.Context) error {
		for i := range sent / 2 {
			select {
			case *ch <- i:
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		return nil
	}
	b.service(svc{name: "producer", start: send, stop: send})
	a := b.app()
	startStop(t, a)
	w := checkAccounted(t, a, "fulfil", sent)
	if w.Processed != sent || w.Failed != 0 || w.Dropped != 0 || handled.Load() != sent {
		t.Errorf("processed %d, failed %d, dropped %d, handler calls %d; want all %d processed",
			w.Processed, w.Failed, w.Dropped, handled.Load(), sent)
	}
	if cancelled.Load() != 0 {
		t.Errorf("%d handlers saw a cancelled ctx while draining within drain_timeout", cancelled.Load())
	}
	if n := status(a)["orders"].Len; n != 0 {
		t.Errorf("queue Len after Stop = %d, want 0", n)
	}
	lateSend(t, *ch)
	if n := status(a)["orders"].Len; n != 1 {
		t.Errorf("queue Len after a late send = %d, want 1", n)
	}
}

func TestWorkerDrainTimeoutDropsWhatIsLeft(t *testing.T) {
	for iter := range 20 {
		const sent = 10
		var (
			got0 = make(chan struct{}) // the worker holds item 0
			gate = make(chan struct{}) // closed when the worker begins to stop

			mu          sync.Mutex
			calls       []int
			liveAtEntry bool // item 1's ctx was intact when the drain began
			sawCancel   bool // and was cancelled once drain_timeout passed
		)
		handler := func(ctx context.Context, item int) error {
			mu.Lock()
			calls = append(calls, item)
			mu.Unlock()
			switch item {
			case 0:
				close(got0)
				<-gate
			case 1: // slow: it finishes only after the drain time is up
				live := ctx.Err() == nil
				<-ctx.Done()
				mu.Lock()
				liveAtEntry, sawCancel = live, true
				mu.Unlock()
			}
			return nil
		}
		b := newBuilder(t).queue("orders", sent, "producer")
		ch := b.ch("orders")
		b.worker("slow", "orders", 1, nil, handler, 20*time.Millisecond, false)
		b.service(svc{name: "producer", stop: func(context.Context) error {
			*ch <- 0
			<-got0
			for i := 1; i < sent; i++ {
				*ch <- i
			}
			return nil
		}})
		a := b.app()
		ev := watch(a)
		ev.on("slow", AppStopping, func(AppEvent) { close(gate) })
		queued := -1
		ev.on("orders", AppStopping, func(AppEvent) { queued = status(a)["orders"].Len })
		startStop(t, a)

		w := checkAccounted(t, a, "slow", sent)
		if queued != sent-1 {
			t.Errorf("iteration %d: queue Len when it began to stop = %d, want %d", iter, queued, sent-1)
		}
		mu.Lock()
		if !slices.Equal(calls, []int{0, 1}) {
			t.Errorf("iteration %d: handler calls %v, want [0 1]: nothing is handled after drain_timeout", iter, calls)
		}
		if !liveAtEntry || !sawCancel {
			t.Errorf("iteration %d: handler ctx live at drain start %v, cancelled after drain_timeout %v; want both", iter, liveAtEntry, sawCancel)
		}
		mu.Unlock()
		if w.Processed != 2 || w.Failed != 0 || w.Dropped != sent-2 {
			t.Errorf("iteration %d: processed %d, failed %d, dropped %d; want 2, 0, %d", iter, w.Processed, w.Failed, w.Dropped, sent-2)
		}
		lateSend(t, *ch)
		if t.Failed() {
			return
		}
	}
}

func TestWorkerHandlerPanicIsCountedAndLogged(t *testing.T) {
	const sent = 20
	b := newBuilder(t).queue("orders", 4, "producer")
	ch := b.ch("orders")
	b.worker("fulfil", "orders", 2, nil, func(ctx context.Context, item int) error {
		if item%4 == 0 {
			panic(fmt.Sprintf("bad item %d", item))
		}
		return nil
	}, time.Second, false)
	b.service(svc{name: "producer", start: func(ctx context.Context) error {
		for i := range sent {
			*ch <- i
		}
		return nil
	}})
	a := b.app()
	logs := logTo(a)
	if err := a.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	waitFor(t, func() bool { s := status(a)["fulfil"]; return s.Processed+s.Failed == sent })
	if closed(a.Done()) || a.Err() != nil {
		t.Fatalf("a panicking handler with on_error=log shut the app down: %v", a.Err())
	}
	var p *appPanicError
	if err := status(a)["fulfil"].Err; !errors.As(err, &p) || !strings.Contains(err.Error(), "panic: bad item") {
		t.Errorf("worker Err = %v, want the panic", err)
	}
	if err := a.Stop(context.Background()); err != nil {
		t.Fatalf("Stop = %v", err)
	}
	w := checkAccounted(t, a, "fulfil", sent)
	if w.Failed != sent/4 || w.Processed != sent-sent/4 {
		t.Errorf("processed %d, failed %d; want %d, %d", w.Processed, w.Failed, sent-sent/4, sent/4)
	}
	logged := 0
	for _, r := range logs.records(t) {
		if r["component"] == "fulfil" && r["level"] == "ERROR" && strings.Contains(fmt.Sprint(r["err"]), "panic: bad item") {
			logged++
		}
	}
	if logged != sent/4 {
		t.Errorf("%d handler panics logged with component and err, want %d", logged, sent/4)
	}
}

func TestWorkerErrorWithShutdownPolicyStopsApp(t *testing.T) {
	boom := errors.New("boom")
	for iter := range 20 {
		var sent atomic.Int64
		b := newBuilder(t).queue("orders", 4, "producer")
		ch := b.ch("orders")
		b.worker("fulfil", "orders", 2, nil, func(ctx context.Context, item int) error {
			if item == 5 {
				return boom
			}
			return nil
		}, time.Second, true)
		var a *App
		b.service(svc{name: "producer", run: func(ctx context.Context) error {
			select { // a failure during Start is another test
			case <-a.Ready():
			case <-ctx.Done():
				return nil
			}
			for i := 0; ; i++ {
				select {
				case *ch <- i:
					sent.Add(1)
				case <-ctx.Done():
					return nil
				}
			}
		}})
		a = b.app()
		if err := a.Start(context.Background()); err != nil {
			t.Fatal(err)
		}
		recv(t, a.Done(), "shutdown after a handler error")
		if err := a.Err(); !errors.Is(err, boom) || !strings.Contains(err.Error(), `worker "fulfil": handler: boom`) {
			t.Fatalf("iteration %d: Err = %v, want it to name the worker and wrap boom", iter, err)
		}
		if err := a.Stop(context.Background()); !errors.Is(err, boom) {
			t.Fatalf("iteration %d: Stop = %v, want boom", iter, err)
		}
		w := checkAccounted(t, a, "fulfil", int(sent.Load()))
		if w.Failed != 1 || w.Dropped != 0 {
			t.Errorf("iteration %d: failed %d, dropped %d; want 1, 0", iter, w.Failed, w.Dropped)
		}
		lateSend(t, *ch)
		if t.Failed() {
			return
		}
	}
}

func TestWorkerCountGoroutinesRunConcurrently(t *testing.T) {
	const count = 4
	var arrived atomic.Int32
	all := make(chan struct{})
	b := newBuilder(t).queue("jobs", 0, "producer")
	ch := b.ch("jobs")
	b.worker("pool", "jobs", count, nil, func(ctx context.Context, item int) error {
		// Only returns once every goroutine of the pool holds an item.
		if arrived.Add(1) == count {
			close(all)
		}
		select {
		case <-all:
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	}, time.Second, false)
	b.service(svc{name: "producer", start: func(ctx context.Context) error {
		for i := range count {
			select {
			case *ch <- i:
			case <-ctx.Done():
				return fmt.Errorf("sent %d items: %w", i, ctx.Err())
			}
		}
		return nil
	}})
	a := b.app()
	if err := a.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	recv(t, all, fmt.Sprintf("%d handlers at once", count))
	if err := a.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	if w := checkAccounted(t, a, "pool", count); w.Processed != count {
		t.Errorf("processed %d, want %d", w.Processed, count)
	}
}
