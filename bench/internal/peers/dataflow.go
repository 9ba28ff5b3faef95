package peers

import (
	"context"
	"sync"
	"sync/atomic"

	"github.com/lifegen/lifegen/bench/internal/sys"
)

// dataflow keeps a counter of unfinished dependencies per component. The
// goroutine that finishes a component goes on with one newly ready
// dependent and starts goroutines only for the others.
type dataflow[W any] struct {
	t       *Table[W]
	ctx     context.Context
	w       W
	pending []atomic.Int32
	up      []bool
	wg      sync.WaitGroup
	failed  atomic.Bool
	errOnce sync.Once
	err     error
}

// StartDataflow starts the components of t with the dataflow scheduler.
func StartDataflow[W any](ctx context.Context, t *Table[W]) (sys.Stopper, error) {
	f := &dataflow[W]{t: t, ctx: ctx, pending: make([]atomic.Int32, len(t.deps)), up: make([]bool, len(t.deps))}
	for i, ds := range t.deps {
		f.pending[i].Store(int32(len(ds)))
	}
	f.launch(t.roots, true)
	if f.err != nil {
		_ = f.Stop(ctx)
		return nil, f.err
	}
	return f, nil
}

// launch runs a start (or stop) chain for every node of first: all but
// the first on new goroutines, the first on this one, and waits for every
// chain.
func (f *dataflow[W]) launch(first []int, start bool) {
	f.wg.Add(len(first))
	for _, i := range first[1:] {
		f.goChain(i, start)
	}
	if start {
		f.startChain(first[0])
	} else {
		f.stopChain(first[0])
	}
	f.wg.Wait()
}

// goChain runs a chain from node i on a new goroutine (wg already counts it).
func (f *dataflow[W]) goChain(i int, start bool) {
	if start {
		go f.startChain(i)
	} else {
		go f.stopChain(i)
	}
}

func (f *dataflow[W]) startChain(i int) {
	defer f.wg.Done()
	for i >= 0 && !f.failed.Load() {
		if err := f.t.Start[i](&f.w, f.ctx); err != nil {
			f.errOnce.Do(func() { f.err = err })
			f.failed.Store(true)
			return
		}
		f.up[i] = true
		i = f.next(f.t.dependents[i], true)
	}
}

// next counts a node as done for each of its followers and returns the
// first one that became ready, handing the others to new goroutines.
func (f *dataflow[W]) next(followers []int, start bool) int {
	next := -1
	for _, d := range followers {
		if f.pending[d].Add(-1) != 0 {
			continue
		}
		if next < 0 {
			next = d
			continue
		}
		f.wg.Add(1)
		f.goChain(d, start)
	}
	return next
}

// Stop stops the components in reverse, with the same scheduler.
func (f *dataflow[W]) Stop(ctx context.Context) error {
	for i, ds := range f.t.dependents {
		f.pending[i].Store(int32(len(ds)))
	}
	f.launch(f.t.leaves, false)
	return nil
}

func (f *dataflow[W]) stopChain(i int) {
	defer f.wg.Done()
	for i >= 0 {
		if f.up[i] {
			f.t.Stop[i](&f.w)
		}
		i = f.next(f.t.deps[i], false)
	}
}
