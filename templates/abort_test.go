package templates

import (
	"context"
	"errors"
	"fmt"
	"testing"
)

// A start failure races with constructors that are just returning: every
// constructor that succeeded must have its value stopped exactly once, and
// its run loop must end (goleak checks that at the end of the package).
func TestStartFailureStopsEveryConstructorThatSucceeded(t *testing.T) {
	boom := errors.New("boom")
	for iter := range 50 {
		const n = 16
		b := newBuilder(t)
		for k := range n {
			s := svc{name: fmt.Sprint("s", k), stop: stopOK, run: func(ctx context.Context) error { <-ctx.Done(); return nil }}
			if k == n/2 {
				s.start = func(context.Context) error { return boom }
			}
			b.service(s)
		}
		a := b.app()
		if err := a.Start(context.Background()); !errors.Is(err, boom) {
			t.Fatalf("Start = %v", err)
		}
		for k := range n {
			name := fmt.Sprint("s", k)
			if k == n/2 {
				continue
			}
			started, stopped := b.j.count("start "+name), b.j.count("stop "+name)
			if started != stopped {
				t.Fatalf("iteration %d: %s started %d times, stopped %d: %v", iter, name, started, stopped, states(a))
			}
		}
	}
}
