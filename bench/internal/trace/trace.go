// Package trace lets the correctness tests watch the benchmark components
// start and stop. In benchmarks no hook is set and a call costs one load
// and one comparison, the same for every system measured.
package trace

import (
	"errors"
	"fmt"
	"sync"
)

// ErrMissing is returned by a constructor that was given a nil
// dependency: the system called it before that dependency was ready.
var ErrMissing = errors.New("a dependency was not ready")

// hook is set by Record only while no system is running.
var hook *Recorder

// Up is called by component id's constructor.
func Up(id int) {
	if h := hook; h != nil {
		h.event(id, true)
	}
}

// Down is called by component id's stop method.
func Down(id int) {
	if h := hook; h != nil {
		h.event(id, false)
	}
}

// Recorder checks the events of one start and stop cycle against a graph.
type Recorder struct {
	deps, dependents [][]int
	mu               sync.Mutex
	up, down         []int // how often each component started, stopped
	errs             []error
	events           int
}

// Record installs a recorder for a graph with these dependencies and
// dependents, runs fn, uninstalls it, and returns every violation seen:
// a component started before one of its dependencies, stopped before one
// of its dependents or before it started, or not exactly once each.
func Record(deps, dependents [][]int, fn func() error) []error {
	r := &Recorder{deps: deps, dependents: dependents, up: make([]int, len(deps)), down: make([]int, len(deps))}
	hook = r
	err := fn()
	hook = nil
	if err != nil {
		r.errs = append(r.errs, err)
	}
	for i := range deps {
		if r.up[i] != 1 || r.down[i] != 1 {
			r.errs = append(r.errs, fmt.Errorf("component %d started %d and stopped %d times, want 1 and 1", i, r.up[i], r.down[i]))
		}
	}
	return r.errs
}

func (r *Recorder) event(id int, up bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.events++
	if up {
		for _, d := range r.deps[id] {
			if r.up[d] == 0 {
				r.errs = append(r.errs, fmt.Errorf("event %d: component %d started before its dependency %d", r.events, id, d))
			}
		}
		r.up[id]++
		return
	}
	if r.up[id] == 0 {
		r.errs = append(r.errs, fmt.Errorf("event %d: component %d stopped before it started", r.events, id))
	}
	for _, d := range r.dependents[id] {
		if r.down[d] == 0 {
			r.errs = append(r.errs, fmt.Errorf("event %d: component %d stopped before its dependent %d", r.events, id, d))
		}
	}
	r.down[id]++
}
