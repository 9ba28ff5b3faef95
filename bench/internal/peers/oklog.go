package peers

import (
	"context"
	"errors"
	"sync"

	"github.com/lifegen/lifegen/bench/internal/sys"
	"github.com/oklog/run"
)

// oklogApp runs one oklog/run actor per dependency wave: the actor of wave
// k waits for wave k-1, starts its components (concurrently when there are
// several) and then waits for the shutdown; its interrupt stops them. The
// actors are added last wave first, and run.Group calls the interrupts in
// the order the actors were added, so the waves stop in reverse.
type oklogApp[W any] struct {
	t       *Table[W]
	w       W
	up      []bool
	started chan error    // the controller reports the outcome of startup
	stop    chan struct{} // closed by Stop
	quit    chan struct{} // closed by the controller's interrupt
	done    chan error    // Group.Run's result
}

var errStopped = errors.New("stopped")

// StartOklog starts the components of t in waves under an oklog/run Group.
func StartOklog[W any](ctx context.Context, t *Table[W]) (sys.Stopper, error) {
	o := &oklogApp[W]{t: t, up: make([]bool, len(t.deps)), started: make(chan error, 1),
		stop: make(chan struct{}), quit: make(chan struct{}), done: make(chan error, 1)}
	ready := make([]chan struct{}, len(t.waves)+1)
	for i := range ready {
		ready[i] = make(chan struct{})
	}
	close(ready[0])
	var g run.Group
	g.Add(func() error {
		select {
		case <-ready[len(t.waves)]:
			o.started <- nil
		case <-o.quit:
			return nil
		}
		<-o.stop
		return errStopped
	}, func(error) { close(o.quit) })
	for k := len(t.waves) - 1; k >= 0; k-- {
		g.Add(func() error {
			select {
			case <-ready[k]:
			case <-o.quit:
				return nil
			}
			if err := o.wave(t.waves[k], func(i int) error { return o.startOne(ctx, i) }); err != nil {
				o.started <- err
				return err
			}
			close(ready[k+1])
			<-o.quit
			return nil
		}, func(error) { _ = o.wave(t.waves[k], o.stopOne) })
	}
	go func() { o.done <- g.Run() }()
	if err := <-o.started; err != nil {
		<-o.done
		return nil, err
	}
	return o, nil
}

func (o *oklogApp[W]) startOne(ctx context.Context, i int) error {
	if err := o.t.Start[i](&o.w, ctx); err != nil {
		return err
	}
	o.up[i] = true
	return nil
}

func (o *oklogApp[W]) stopOne(i int) error {
	if o.up[i] {
		o.up[i] = false
		o.t.Stop[i](&o.w)
	}
	return nil
}

// wave calls fn for every node of a wave, all but the last on goroutines
// of their own, and returns the first error.
func (o *oklogApp[W]) wave(nodes []int, fn func(i int) error) error {
	if len(nodes) == 1 {
		return fn(nodes[0])
	}
	errs := make([]error, len(nodes))
	var wg sync.WaitGroup
	wg.Add(len(nodes) - 1)
	for j, i := range nodes[:len(nodes)-1] {
		go func() { defer wg.Done(); errs[j] = fn(i) }()
	}
	errs[len(nodes)-1] = fn(nodes[len(nodes)-1])
	wg.Wait()
	return errors.Join(errs...)
}

// Stop ends the controller actor, which makes the Group interrupt every
// wave, last first.
func (o *oklogApp[W]) Stop(ctx context.Context) error {
	close(o.stop)
	if err := <-o.done; err != errStopped {
		return err
	}
	return nil
}
