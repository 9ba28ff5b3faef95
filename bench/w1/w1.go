// Package w1 is workload W1: a full start and stop cycle of N no-op
// components (component i depends on i-1 and i/2) with every system. The
// programs are generated at benchmark time (bench/internal/programs); their
// test file hands each size's graph and systems to TestOrder and
// Benchmark.
package w1

import (
	"context"
	"fmt"
	"testing"

	"github.com/lifegen/lifegen/bench/internal/dag"
	"github.com/lifegen/lifegen/bench/internal/sys"
	"github.com/lifegen/lifegen/bench/internal/trace"
)

// Size is one graph of W1 and the systems that start it.
type Size struct {
	N       int
	Graph   dag.Graph
	Systems []sys.System
}

// TestOrder checks that every system starts each component after its
// dependencies and stops it after its dependents, each exactly once.
func TestOrder(t *testing.T, sizes []Size) {
	for _, sz := range sizes {
		for _, s := range sz.Systems {
			t.Run(fmt.Sprintf("n=%d/sys=%s", sz.N, s.Name), func(t *testing.T) {
				errs := trace.Record(sz.Graph.Deps, sz.Graph.Dependents(), func() error {
					return s.Cycle(context.Background())
				})
				for i, err := range errs {
					if i == 10 {
						t.Fatalf("... and %d more", len(errs)-10)
					}
					t.Error(err)
				}
			})
		}
	}
}

// Benchmark is one NewApp (or equivalent) + Start + Stop per op.
func Benchmark(b *testing.B, sizes []Size) {
	ctx := context.Background()
	for _, sz := range sizes {
		for _, s := range sz.Systems {
			b.Run(fmt.Sprintf("n=%d/sys=%s", sz.N, s.Name), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					if err := s.Cycle(ctx); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(sz.N), "ns/component")
			})
		}
	}
}
