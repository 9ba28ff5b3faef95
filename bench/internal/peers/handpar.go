package peers

import (
	"context"
	"sync"

	"github.com/lifegen/lifegen/bench/internal/sys"
)

// handPar starts one goroutine per component, which waits on the ready
// channels of its dependencies; it stops the same way in reverse.
type handPar[W any] struct {
	t  *Table[W]
	w  W
	up []bool
}

// StartHandPar starts the components of t with a goroutine each.
func StartHandPar[W any](ctx context.Context, t *Table[W]) (sys.Stopper, error) {
	h := &handPar[W]{t: t, up: make([]bool, len(t.deps))}
	ready := make([]chan struct{}, len(t.deps))
	for i := range ready {
		ready[i] = make(chan struct{})
	}
	failed := make(chan struct{})
	var once sync.Once
	var firstErr error
	var wg sync.WaitGroup
	wg.Add(len(t.deps))
	for i := range t.deps {
		go func() {
			defer wg.Done()
			for _, d := range t.deps[i] {
				select {
				case <-ready[d]:
				case <-failed:
					return
				}
			}
			if err := t.Start[i](&h.w, ctx); err != nil {
				once.Do(func() { firstErr = err; close(failed) })
				return
			}
			h.up[i] = true
			close(ready[i])
		}()
	}
	wg.Wait()
	if firstErr != nil {
		_ = h.Stop(ctx)
		return nil, firstErr
	}
	return h, nil
}

// Stop stops every started component once all its dependents have.
func (h *handPar[W]) Stop(ctx context.Context) error {
	t := h.t
	stopped := make([]chan struct{}, len(t.deps))
	for i := range stopped {
		stopped[i] = make(chan struct{})
	}
	var wg sync.WaitGroup
	wg.Add(len(t.deps))
	for i := range t.deps {
		go func() {
			defer wg.Done()
			for _, d := range t.dependents[i] {
				<-stopped[d]
			}
			if h.up[i] {
				t.Stop[i](&h.w)
			}
			close(stopped[i])
		}()
	}
	wg.Wait()
	return nil
}
