// Package w4 measures workload W4: the throughput of a lifegen worker
// block on a no-op handler against a hand-written pool of the same shape,
// and how many goroutines a running app keeps per component.
package w4

import (
	"context"
	"fmt"
	"log/slog"
	"reflect"
	"runtime"
	"testing"
	"time"

	"github.com/lifegen/lifegen/bench/internal/specs"
	"github.com/lifegen/lifegen/bench/w4/health"
	"github.com/lifegen/lifegen/bench/w4/pool1"
	"github.com/lifegen/lifegen/bench/w4/pool16"
	"github.com/lifegen/lifegen/bench/w4/pool2"
	"github.com/lifegen/lifegen/bench/w4/pool32"
	"github.com/lifegen/lifegen/bench/w4/pool4"
	"github.com/lifegen/lifegen/bench/w4/pool64"
	"github.com/lifegen/lifegen/bench/w4/pool8"
	"github.com/lifegen/lifegen/bench/w4/services"
	"github.com/lifegen/lifegen/bench/w4/work"
	"github.com/lifegen/lifegen/bench/w4/workers"
)

const capacity = 1024

var discard = slog.New(slog.DiscardHandler)

// app is what the benchmarks need of a generated App.
type app interface {
	Start(ctx context.Context) error
	Stop(ctx context.Context) error
}

type poolApp interface {
	app
	Jobs() chan<- int
}

// pools makes the lifegen pool app with each worker count.
var pools = map[int]func() poolApp{
	1:  func() poolApp { a := pool1.NewApp(); a.Logger = discard; return a },
	2:  func() poolApp { a := pool2.NewApp(); a.Logger = discard; return a },
	4:  func() poolApp { a := pool4.NewApp(); a.Logger = discard; return a },
	8:  func() poolApp { a := pool8.NewApp(); a.Logger = discard; return a },
	16: func() poolApp { a := pool16.NewApp(); a.Logger = discard; return a },
	32: func() poolApp { a := pool32.NewApp(); a.Logger = discard; return a },
	64: func() poolApp { a := pool64.NewApp(); a.Logger = discard; return a },
}

// workerCount is GOMAXPROCS, or the largest pool size below it.
func workerCount() int {
	k := 1
	for _, c := range specs.PoolCounts {
		if c <= runtime.GOMAXPROCS(0) {
			k = c
		}
	}
	return k
}

func TestPoolsMatchSpecs(t *testing.T) {
	for _, k := range specs.PoolCounts {
		if pools[k] == nil {
			t.Errorf("no pool app for count %d", k)
		}
	}
}

// TestPoolsHandleEverything sends items through each pool and checks
// that stopping drains them all.
func TestPoolsHandleEverything(t *testing.T) {
	ctx := context.Background()
	a := pools[workerCount()]()
	if err := a.Start(ctx); err != nil {
		t.Fatal(err)
	}
	for i := range 5000 {
		a.Jobs() <- i
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

// BenchmarkW4Throughput sends b.N items through a pool of GOMAXPROCS
// workers with a 1024-item queue and stops it, which waits until every
// item has been handled.
func BenchmarkW4Throughput(b *testing.B) {
	ctx := context.Background()
	k := workerCount()
	b.Run(fmt.Sprintf("workers=%d/sys=lifegen", k), func(b *testing.B) {
		b.ReportAllocs()
		a := pools[k]()
		if err := a.Start(ctx); err != nil {
			b.Fatal(err)
		}
		ch := a.Jobs()
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
			handPool(b, h.start(ctx, k, capacity))
		})
	}
}

// handPool measures a hand-written pool as BenchmarkW4Throughput does.
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

// idleApps are the apps whose goroutines are counted while they run, with
// their number of components.
var idleApps = []struct {
	name  string
	comps int
	new   func() app
}{
	{"services", specs.IdleServices, func() app { a := services.NewApp(); a.Logger = discard; return a }},
	{"workers", specs.IdleServices + 2, func() app { a := workers.NewApp(); a.Logger = discard; return a }},
	{"health", specs.IdleServices, func() app { a := health.NewApp(); a.Logger = discard; return a }},
}

// BenchmarkW4Idle reports the goroutines a running app adds
// (runtime.NumGoroutine after Start minus before), in total and per
// component, and times a start and stop cycle of it.
func BenchmarkW4Idle(b *testing.B) {
	ctx := context.Background()
	for _, ia := range idleApps {
		b.Run("spec="+ia.name, func(b *testing.B) {
			b.ReportAllocs()
			added := idleGoroutines(b, ia.new())
			for b.Loop() {
				a := ia.new()
				if err := a.Start(ctx); err != nil {
					b.Fatal(err)
				}
				if err := a.Stop(ctx); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(added), "goroutines")
			b.ReportMetric(float64(added)/float64(ia.comps), "goroutines/component")
		})
	}
}

// idleGoroutines starts a, counts the goroutines it added, and stops it.
func idleGoroutines(b *testing.B, a app) int {
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
