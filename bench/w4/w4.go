// Package w4 is workload W4: the throughput of a lifegen worker block on a
// no-op handler against hand-written pools of the same shape, and how many
// goroutines a running app keeps per component. The apps are generated at
// benchmark time (bench/internal/programs); their test file hands them to
// the functions here.
package w4

import (
	"context"
	"fmt"
	"reflect"
	"runtime"
	"testing"
	"time"

	"github.com/lifegen/lifegen/bench/internal/sys"
	"github.com/lifegen/lifegen/bench/w4/work"
)

// Capacity is the capacity of the pool's queue.
const Capacity = 1024

// Apps are the generated apps of W4.
type Apps struct {
	// Workers is the pool's worker count (GOMAXPROCS when generated).
	Workers int
	// Pool makes the pool app and returns it with a function that, once
	// the app has started, returns the send side of its queue (held by
	// its feeder service).
	Pool func() (a sys.App, jobs func() chan<- int)
	// Idle are the apps whose goroutines are counted while they run.
	Idle []Idle
}

// Idle is an app whose goroutines are counted, with its number of
// components.
type Idle struct {
	Name       string
	Components int
	New        func() sys.App
}

// TestPool sends items through the pool and checks that stopping drains
// them all.
func TestPool(t *testing.T, apps Apps) {
	ctx := context.Background()
	a, jobs := apps.Pool()
	if err := a.Start(ctx); err != nil {
		t.Fatal(err)
	}
	ch := jobs()
	for i := range 5000 {
		ch <- i
	}
	if err := a.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	if got := processed(a); got != 5000 {
		t.Errorf("processed %d items, want 5000", got)
	}
}

// processed adds up the Processed counts of a's Status (each generated
// package has its own AppStatus type).
func processed(a any) int {
	st := reflect.ValueOf(a).MethodByName("Status").Call(nil)[0]
	n := 0
	for i := range st.Len() {
		n += int(st.Index(i).FieldByName("Processed").Int())
	}
	return n
}

// BenchmarkThroughput sends b.N items through the pool and stops it,
// which waits until every item has been handled; then the same through
// the hand-written pools.
func BenchmarkThroughput(b *testing.B, apps Apps) {
	ctx := context.Background()
	k := apps.Workers
	b.Run(fmt.Sprintf("workers=%d/sys=lifegen", k), func(b *testing.B) {
		b.ReportAllocs()
		a, jobs := apps.Pool()
		if err := a.Start(ctx); err != nil {
			b.Fatal(err)
		}
		ch := jobs()
		b.ResetTimer()
		for i := range b.N {
			ch <- i
		}
		if err := a.Stop(ctx); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "items/s")
	})
	for _, h := range []struct {
		name  string
		start func(ctx context.Context, count, capacity int) *work.Pool
	}{{"hand", work.StartPool}, {"hand-select", work.StartSelectPool}} {
		b.Run(fmt.Sprintf("workers=%d/sys=%s", k, h.name), func(b *testing.B) {
			handPool(b, h.start(ctx, k, Capacity))
		})
	}
}

// handPool measures a hand-written pool as BenchmarkThroughput does.
func handPool(b *testing.B, p *work.Pool) {
	b.ReportAllocs()
	ch := p.Jobs()
	b.ResetTimer()
	for i := range b.N {
		ch <- i
	}
	p.Stop()
	b.StopTimer()
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "items/s")
}

// BenchmarkIdle reports the goroutines a running app adds
// (runtime.NumGoroutine after Start minus before), in total and per
// component, and times a start and stop cycle of it.
func BenchmarkIdle(b *testing.B, apps Apps) {
	ctx := context.Background()
	for _, ia := range apps.Idle {
		b.Run("spec="+ia.Name, func(b *testing.B) {
			b.ReportAllocs()
			added := idleGoroutines(b, ia.New())
			for b.Loop() {
				a := ia.New()
				if err := a.Start(ctx); err != nil {
					b.Fatal(err)
				}
				if err := a.Stop(ctx); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(added), "goroutines")
			b.ReportMetric(float64(added)/float64(ia.Components), "goroutines/component")
		})
	}
}

// idleGoroutines starts a, counts the goroutines it added, and stops it.
func idleGoroutines(b *testing.B, a sys.App) int {
	ctx := context.Background()
	before := settled()
	if err := a.Start(ctx); err != nil {
		b.Fatal(err)
	}
	time.Sleep(10 * time.Millisecond) // let every goroutine of the app reach its wait
	after := runtime.NumGoroutine()
	if err := a.Stop(ctx); err != nil {
		b.Fatal(err)
	}
	return after - before
}

// settled waits until the goroutine count stops changing.
func settled() int {
	n := runtime.NumGoroutine()
	for range 100 {
		time.Sleep(time.Millisecond)
		m := runtime.NumGoroutine()
		if m == n {
			return n
		}
		n = m
	}
	return n
}
