// Package w1 measures workload W1: a full start and stop cycle of N no-op
// components (component i depends on i-1 and i/2) with every system.
package w1

import (
	"context"
	"fmt"
	"testing"

	"github.com/lifegen/lifegen/bench/internal/dag"
	"github.com/lifegen/lifegen/bench/internal/sys"
	"github.com/lifegen/lifegen/bench/internal/trace"
	n10 "github.com/lifegen/lifegen/bench/w1/n10/systems"
	n100 "github.com/lifegen/lifegen/bench/w1/n100/systems"
	n1000 "github.com/lifegen/lifegen/bench/w1/n1000/systems"
	n5000 "github.com/lifegen/lifegen/bench/w1/n5000/systems"
)

var sizes = []struct {
	n       int
	graph   dag.Graph
	systems []sys.System
}{
	{10, n10.Graph, n10.All},
	{100, n100.Graph, n100.All},
	{1000, n1000.Graph, n1000.All},
	{5000, n5000.Graph, n5000.All},
}

// TestOrder checks that every system starts each component after its
// dependencies and stops it after its dependents, each exactly once.
func TestOrder(t *testing.T) {
	for _, sz := range sizes {
		for _, s := range sz.systems {
			t.Run(fmt.Sprintf("n=%d/sys=%s", sz.n, s.Name), func(t *testing.T) {
				errs := trace.Record(sz.graph.Deps, sz.graph.Dependents(), func() error {
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

// BenchmarkW1 is one NewApp (or equivalent) + Start + Stop per op.
func BenchmarkW1(b *testing.B) {
	ctx := context.Background()
	for _, sz := range sizes {
		for _, s := range sz.systems {
			b.Run(fmt.Sprintf("n=%d/sys=%s", sz.n, s.Name), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					if err := s.Cycle(ctx); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(sz.n), "ns/component")
			})
		}
	}
}
