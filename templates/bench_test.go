package templates

import (
	"context"
	"log/slog"
	"strconv"
	"testing"
	"time"
)

type benchValue struct{}

func (*benchValue) stop() error { return nil }

// benchApp builds the W1 graph: component i depends on i-1 and i/2.
func benchApp(n int, sequential bool) (func() *App, error) {
	comps := make([]*appComponent, n)
	for i := range comps {
		c := &appComponent{name: "c" + strconv.Itoa(i), kind: "service", startTimeout: time.Minute, stopTimeout: time.Minute,
			service: &appService[*benchValue]{
				start: func(w *appWiring, ctx context.Context) (*benchValue, error) { return &benchValue{}, nil },
				set:   func(w *appWiring, v *benchValue) {},
				stop:  appMethod[*benchValue]((*benchValue).stop),
			}}
		if i > 0 {
			c.deps = append(c.deps, i-1)
			comps[i-1].dependents = append(comps[i-1].dependents, i)
			if j := i / 2; j != i-1 {
				c.deps = append(c.deps, j)
				comps[j].dependents = append(comps[j].dependents, i)
			}
		}
		comps[i] = c
	}
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	opts := appOptions{shutdownTimeout: time.Minute, sequential: sequential, order: order}
	logger := slog.New(slog.DiscardHandler)
	return func() *App {
		a := appNew(appWiring{}, comps, opts)
		a.Logger = logger
		return a
	}, nil
}

func BenchmarkStartStop(b *testing.B) {
	for _, seq := range []bool{false, true} {
		for _, n := range []int{10, 1000} {
			name := "parallel"
			if seq {
				name = "sequential"
			}
			b.Run(name+"/"+strconv.Itoa(n), func(b *testing.B) {
				mk, _ := benchApp(n, seq)
				b.ReportAllocs()
				for b.Loop() {
					a := mk()
					if err := a.Start(context.Background()); err != nil {
						b.Fatal(err)
					}
					if err := a.Stop(context.Background()); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/component")
			})
		}
	}
}
