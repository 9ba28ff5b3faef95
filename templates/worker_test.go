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

// drained is what a drain scenario observed.
type drained struct {
	w          AppStatus
	queued     int   // queue Len when the queue began to stop
	calls      []int // items given to the handler, in order
	live       bool  // item 1's ctx was intact when it was handed over
	cancelled  bool  // and was cancelled later, once drain_timeout passed
	loggedDrop any   // the "dropped" attribute of the worker's log line
}

// drainScenario runs one worker that holds item 0 until it begins to stop,
// with items 1 to 9 buffered behind it by the producer's stop. Item 1 is
// slow: its handler returns only once its ctx is cancelled.
func drainScenario(t *testing.T, drainTimeout time.Duration) drained {
	t.Helper()
	const sent = 10
	var (
		got0 = make(chan struct{}) // the worker holds item 0
		gate = make(chan struct{}) // closed when the worker begins to stop
		mu   sync.Mutex
		d    drained
	)
	handler := func(ctx context.Context, item int) error {
		mu.Lock()
		d.calls = append(d.calls, item)
		mu.Unlock()
		switch item {
		case 0:
			close(got0)
			<-gate
		case 1:
			live := ctx.Err() == nil
			<-ctx.Done()
			mu.Lock()
			d.live, d.cancelled = live, true
			mu.Unlock()
		}
		return nil
	}
	b := newBuilder(t).queue("orders", sent, "producer")
	ch := b.ch("orders")
	b.worker("slow", "orders", 1, nil, handler, drainTimeout, false)
	b.service(svc{name: "producer", stop: func(context.Context) error {
		*ch <- 0
		<-got0
		for i := 1; i < sent; i++ {
			*ch <- i
		}
		return nil
	}})
	a := b.app()
	logs := logTo(a)
	ev := watch(a)
	ev.on("slow", AppStopping, func(AppEvent) { close(gate) })
	d.queued = -1
	ev.on("orders", AppStopping, func(AppEvent) { d.queued = status(a)["orders"].Len })
	startStop(t, a)
	d.w = checkAccounted(t, a, "slow", sent)
	for _, r := range logs.records(t) {
		if r["component"] == "slow" && r["dropped"] != nil {
			d.loggedDrop = r["dropped"]
		}
	}
	lateSend(t, *ch)
	mu.Lock()
	defer mu.Unlock()
	return d
}

func TestWorkerDrainKeepsCtxThenCancelsAndDrops(t *testing.T) {
	// drain_timeout is long enough for the worker to take item 1 however
	// slow the machine; the test waits for all of it.
	d := drainScenario(t, 300*time.Millisecond)
	if d.queued != 9 {
		t.Errorf("queue Len when it began to stop = %d, want 9", d.queued)
	}
	if !slices.Equal(d.calls, []int{0, 1}) {
		t.Errorf("handler calls %v, want [0 1]", d.calls)
	}
	if !d.live || !d.cancelled {
		t.Errorf("item 1: ctx live while draining %v, cancelled after drain_timeout %v; want both", d.live, d.cancelled)
	}
	if d.w.Processed != 2 || d.w.Failed != 0 || d.w.Dropped != 8 {
		t.Errorf("processed %d, failed %d, dropped %d; want 2, 0, 8", d.w.Processed, d.w.Failed, d.w.Dropped)
	}
	if d.loggedDrop != 8.0 {
		t.Errorf("logged dropped = %v, want 8", d.loggedDrop)
	}
}

func TestWorkerDrainTimeoutRace(t *testing.T) {
	// A short drain_timeout: whether item 1 is taken before the time is up
	// depends on scheduling, but nothing is taken after it, and every item
	// is accounted for.
	for iter := range 20 {
		d := drainScenario(t, 2*time.Millisecond)
		if d.queued != 9 {
			t.Errorf("iteration %d: queue Len when it began to stop = %d, want 9", iter, d.queued)
		}
		if !slices.Equal(d.calls, []int{0, 1}) && !slices.Equal(d.calls, []int{0}) {
			t.Errorf("iteration %d: handler calls %v, want [0 1] or [0]: nothing is handled after drain_timeout", iter, d.calls)
		}
		if d.w.Processed != len(d.calls) || d.w.Dropped != 10-len(d.calls) {
			t.Errorf("iteration %d: processed %d, dropped %d after %d handler calls", iter, d.w.Processed, d.w.Dropped, len(d.calls))
		}
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
