package lifecycle

import (
	"context"
	"fmt"
	"log/slog"
	"strconv"
	"testing"
	"time"
)

// benchSpec is n no-op services, component i needing i-1 and i/2, as the
// W1 workload of the bench module.
func benchSpec(n int, sequential bool) Spec {
	comps := make([]Component, n)
	for i := range comps {
		var needs []string
		if i > 0 {
			needs = append(needs, strconv.Itoa(i-1))
			if i/2 != i-1 {
				needs = append(needs, strconv.Itoa(i/2))
			}
		}
		comps[i] = Component{Name: strconv.Itoa(i), Kind: KindService, Needs: needs,
			StartTimeout: 15 * time.Second, StopTimeout: 15 * time.Second,
			Start: func(context.Context) (Hooks, error) {
				v := &struct{ n int }{i}
				return Hooks{Value: v, Stop: func() {}}, nil
			}}
	}
	return Spec{Sequential: sequential, ShutdownTimeout: 30 * time.Second, Components: comps}
}

// BenchmarkStartStop is one New + Start + Stop per op.
func BenchmarkStartStop(b *testing.B) {
	quiet := Config{Logger: slog.New(slog.DiscardHandler)}
	for _, n := range []int{10, 1000} {
		for _, seq := range []bool{false, true} {
			b.Run(fmt.Sprintf("n=%d/sequential=%v", n, seq), func(b *testing.B) {
				spec := benchSpec(n, seq)
				b.ReportAllocs()
				for b.Loop() {
					a := New(spec)
					if err := a.Start(context.Background(), quiet); err != nil {
						b.Fatal(err)
					}
					if err := a.Stop(context.Background()); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/component")
			})
		}
	}
}
