package lifecycle

import (
	"container/heap"
	"fmt"
	"slices"
	"strings"
	"time"
)

// component is a Component with its place in the graph and, guarded by
// App.mu, its state.
type component struct {
	*Component // its description, in the App's Spec
	index      int
	needs      []*component // resolved Needs
	waitFor    []*component // needs, then after, without repeats
	dependents []*component // the components whose waitFor holds it
	enabled    bool         // part of the selected targets

	state    State
	since    time.Time
	err      error
	history  []stamp   // the state changes, for the lifecycle page
	inst     *instance // the latest start; nil before the first
	failures int       // consecutive failed health checks
	restarts int       // restarts caused by its own failures
	failedAt []time.Time
	counts   []*counts // a worker's goroutines, over all its starts
	dropped  int       // items left in its queue after the shutdown
}

// stamp is one state change on a component's timeline.
type stamp struct {
	state State
	time  time.Time
	err   error
}

// maxHistory bounds a component's timeline; older changes are dropped.
const maxHistory = 64

// instance is one start of a component: what its Start returned and what
// runs on its behalf until it has stopped.
type instance struct {
	hooks   Hooks
	ok      bool          // started and not yet stopped
	claimed bool          // a stop has begun
	failed  bool          // its run loop or health check failed
	restart bool          // ... and its policy is to restart
	endRun  func()        // cancels the run loop's ctx
	runDone chan struct{} // closed when the run loop returned
	monitor *monitor      // the health monitor, if any
	pool    *pool         // a worker's goroutines
}

// waits returns what c waits for before it starts (and what stops only
// after it has stopped).
func (c *component) waits() []*component { return c.waitFor }

// unite returns a followed by the elements of b that a does not hold.
func unite(a, b []*component) []*component {
	u := slices.Clip(a)
	for _, d := range b {
		if !slices.Contains(u, d) {
			u = append(u, d)
		}
	}
	return u
}

// newComponents resolves the names of specs into a graph.
func newComponents(specs []Component, now time.Time) []*component {
	comps := make([]*component, len(specs))
	byName := make(map[string]*component, len(specs))
	all := make([]component, len(specs)) // one allocation for all of them
	refs := 0
	for i := range specs {
		c := &all[i]
		*c = component{Component: &specs[i], index: i, state: Pending, since: now, enabled: true}
		comps[i], byName[c.Name] = c, c
		refs += len(c.Needs) + len(c.After)
	}
	names := make([]*component, 0, refs) // every needs and after list, in turn
	resolve := func(c *component, list []string) []*component {
		start := len(names)
		for _, n := range list {
			d := byName[n]
			if d == nil {
				panic(fmt.Sprintf("lifecycle: %s %q names %q, which the spec does not have", c.Kind, c.Name, n))
			}
			names = append(names, d)
		}
		return names[start:len(names):len(names)]
	}
	for _, c := range comps {
		c.needs = resolve(c, c.Needs)
		c.waitFor = unite(c.needs, resolve(c, c.After))
		for _, d := range c.waitFor {
			d.dependents = append(d.dependents, c)
		}
	}
	return comps
}

// topoOrder returns a topological order of comps (what a component waits
// for comes first) that breaks ties by spec order.
func topoOrder(comps []*component) []*component {
	left := make([]int, len(comps))
	var ready indexHeap
	for i, c := range comps {
		left[i] = len(c.waits())
		if left[i] == 0 {
			ready = append(ready, i)
		}
	}
	order := make([]*component, 0, len(comps))
	for ready.Len() > 0 {
		c := comps[heap.Pop(&ready).(int)]
		order = append(order, c)
		for _, d := range c.dependents {
			if left[d.index]--; left[d.index] == 0 {
				heap.Push(&ready, d.index)
			}
		}
	}
	return order
}

// indexHeap is a min-heap of component indices.
type indexHeap []int

func (h indexHeap) Len() int           { return len(h) }
func (h indexHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h indexHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *indexHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *indexHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// selectTargets marks the components that the named targets need and
// returns them in spec order; every component when names is empty. The
// others become disabled. An unknown name changes nothing. a.mu is held.
func (a *App) selectTargets(names []string) ([]*component, error) {
	if len(names) == 0 {
		return a.comps, nil
	}
	for _, n := range names {
		if a.target(n) == nil {
			return nil, fmt.Errorf("lifegen: unknown target %q; the targets are: %s", n, a.targetNames())
		}
	}
	for _, c := range a.comps {
		c.enabled = false
	}
	for _, n := range names {
		for _, m := range a.target(n).Components {
			a.enableWithNeeds(a.byName(m))
		}
	}
	var enabled []*component
	for _, c := range a.comps {
		if c.enabled {
			enabled = append(enabled, c)
		} else {
			c.state = Disabled
		}
	}
	return enabled, nil
}

// enableWithNeeds enables c and, transitively, what it needs.
func (a *App) enableWithNeeds(c *component) {
	if c.enabled {
		return
	}
	c.enabled = true
	for _, d := range c.needs {
		a.enableWithNeeds(d)
	}
}

func (a *App) target(name string) *Target {
	for i := range a.spec.Targets {
		if a.spec.Targets[i].Name == name {
			return &a.spec.Targets[i]
		}
	}
	return nil
}

func (a *App) targetNames() string {
	if len(a.spec.Targets) == 0 {
		return "none (the spec declares no target)"
	}
	names := make([]string, len(a.spec.Targets))
	for i, t := range a.spec.Targets {
		names[i] = fmt.Sprintf("%q", t.Name)
	}
	return strings.Join(names, ", ")
}

func (a *App) byName(name string) *component {
	for _, c := range a.comps {
		if c.Name == name {
			return c
		}
	}
	panic(fmt.Sprintf("lifecycle: a target names %q, which the spec does not have", name))
}
