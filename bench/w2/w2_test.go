// Package w2 measures workload W2: how close parallel startup gets to the
// critical path of a 100-node graph whose constructors sleep 0–5 ms.
package w2

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/lifegen/lifegen/bench/internal/sys"
	"github.com/lifegen/lifegen/bench/internal/trace"
	"github.com/lifegen/lifegen/bench/w2/n100/systems"
)

// measured are the systems of W2, in report order.
var measured = []string{"lifegen-par", "hand-dataflow", "hand-par", "oklog-run", "fx"}

func system(tb testing.TB, name string) sys.System {
	i := slices.IndexFunc(systems.All, func(s sys.System) bool { return s.Name == name })
	if i < 0 {
		tb.Fatalf("no system %q", name)
	}
	return systems.All[i]
}

func TestOrder(t *testing.T) {
	g := systems.Graph
	for _, name := range measured {
		t.Run("sys="+name, func(t *testing.T) {
			for _, err := range trace.Record(g.Deps, g.Dependents(), func() error {
				return system(t, name).Cycle(context.Background())
			}) {
				t.Error(err)
			}
		})
	}
}

// BenchmarkW2 reports the start wall time (start-ns: NewApp or its
// equivalent, through Start) and its ratio to the critical path. The
// sleep-floor row sleeps the critical path's delays back to back on one
// goroutine: the best any system can do with time.Sleep on this machine.
func BenchmarkW2(b *testing.B) {
	ctx := context.Background()
	path, critical := systems.Graph.CriticalPath()
	report := func(b *testing.B, start time.Duration) {
		ns := float64(start.Nanoseconds()) / float64(b.N)
		b.ReportMetric(ns, "start-ns")
		b.ReportMetric(ns/float64(critical.Nanoseconds()), "x-critical")
	}
	b.Run("sys=sleep-floor", func(b *testing.B) {
		b.ReportAllocs()
		var total time.Duration
		for b.Loop() {
			t0 := time.Now()
			for _, i := range path {
				if d := systems.Graph.Delays[i]; d > 0 {
					time.Sleep(d)
				}
			}
			total += time.Since(t0)
		}
		report(b, total)
	})
	for _, name := range measured {
		s := system(b, name)
		b.Run("sys="+name, func(b *testing.B) {
			b.ReportAllocs()
			var total time.Duration
			for b.Loop() {
				t0 := time.Now()
				st, err := s.Start(ctx)
				total += time.Since(t0)
				if err != nil {
					b.Fatal(err)
				}
				if err := st.Stop(ctx); err != nil {
					b.Fatal(err)
				}
			}
			report(b, total)
		})
	}
}
