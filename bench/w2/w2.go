// Package w2 is workload W2: how close parallel startup and shutdown get
// to the critical paths of a 100-node graph whose constructors sleep 0–5
// ms and whose stops sleep 0–5 ms. The program is generated at benchmark
// time (bench/internal/programs); its test file hands the graph and the
// systems to TestOrder and Benchmark.
package w2

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/lifegen/lifegen/bench/internal/dag"
	"github.com/lifegen/lifegen/bench/internal/sys"
	"github.com/lifegen/lifegen/bench/internal/trace"
)

// Measured are the systems of W2, in report order.
var Measured = []string{"lifegen-par", "hand-dataflow", "hand-par", "oklog-run", "fx"}

func system(tb testing.TB, all []sys.System, name string) sys.System {
	i := slices.IndexFunc(all, func(s sys.System) bool { return s.Name == name })
	if i < 0 {
		tb.Fatalf("no system %q", name)
	}
	return all[i]
}

// TestOrder checks that every measured system starts each component after
// its dependencies and stops it after its dependents, each exactly once.
func TestOrder(t *testing.T, g dag.Graph, all []sys.System) {
	for _, name := range Measured {
		t.Run("sys="+name, func(t *testing.T) {
			for _, err := range trace.Record(g.Deps, g.Dependents(), func() error {
				return system(t, all, name).Cycle(context.Background())
			}) {
				t.Error(err)
			}
		})
	}
}

// Benchmark reports, per system, the start wall time (start-ns: NewApp or
// its equivalent, through Start returning) and the stop wall time (stop-ns:
// Stop, until it returns), and their ratios to the critical paths. The
// sleep-floor row sleeps the start critical path's delays back to back on
// one goroutine, then the stop critical path's: the best any system can
// do with time.Sleep on this machine.
func Benchmark(b *testing.B, g dag.Graph, all []sys.System) {
	ctx := context.Background()
	startPath, startCritical := g.CriticalPath()
	stopPath, stopCritical := g.StopCriticalPath()
	report := func(b *testing.B, start, stop time.Duration) {
		n := float64(b.N)
		b.ReportMetric(float64(start.Nanoseconds())/n, "start-ns")
		b.ReportMetric(float64(start.Nanoseconds())/n/float64(startCritical.Nanoseconds()), "x-critical")
		b.ReportMetric(float64(stop.Nanoseconds())/n, "stop-ns")
		b.ReportMetric(float64(stop.Nanoseconds())/n/float64(stopCritical.Nanoseconds()), "x-stop-critical")
	}
	b.Run("sys=sleep-floor", func(b *testing.B) {
		b.ReportAllocs()
		var start, stop time.Duration
		for b.Loop() {
			start += sleep(startPath, g.Delays)
			stop += sleep(stopPath, g.StopDelays)
		}
		report(b, start, stop)
	})
	for _, name := range Measured {
		s := system(b, all, name)
		b.Run("sys="+name, func(b *testing.B) {
			b.ReportAllocs()
			var start, stop time.Duration
			for b.Loop() {
				t0 := time.Now()
				st, err := s.Start(ctx)
				t1 := time.Now()
				if err != nil {
					b.Fatal(err)
				}
				err = st.Stop(ctx)
				start, stop = start+t1.Sub(t0), stop+time.Since(t1)
				if err != nil {
					b.Fatal(err)
				}
			}
			report(b, start, stop)
		})
	}
}

// sleep sleeps the delays of the nodes of path back to back and returns
// how long that took.
func sleep(path []int, delays []time.Duration) time.Duration {
	t0 := time.Now()
	for _, i := range path {
		if d := delays[i]; d > 0 {
			time.Sleep(d)
		}
	}
	return time.Since(t0)
}
