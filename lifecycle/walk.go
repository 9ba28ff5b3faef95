package lifecycle

import (
	"context"
	"sync"
)

// A walk visits a set of components in graph order, in parallel where the
// graph allows: each member counts the members it must come after, and
// the goroutine that visits a member's last predecessor goes on with that
// member (a new goroutine takes each further member that became due at
// the same time). Startup walks along the dependency edges, shutdown and
// restarts walk against them.
type walk struct {
	mu     *sync.Mutex // the App's
	ctx    context.Context
	visit  func(c *component) bool         // false: do not go on to c's successors
	next   func(c *component) []*component // c's successors
	member []bool
	left   []int          // per member: predecessors not yet visited
	chains sync.WaitGroup // the goroutines visiting
}

// run visits every member that can be reached before ctx ends and returns
// once no visit is under way. It returns the members never visited.
func (w *walk) run(all []*component, members []*component) []*component {
	w.member = make([]bool, len(all))
	w.left = make([]int, len(all))
	for _, c := range members {
		w.member[c.index] = true
	}
	for _, c := range members {
		for _, s := range w.next(c) {
			if w.member[s.index] {
				w.left[s.index]++
			}
		}
	}
	var first []*component
	for _, c := range members {
		if w.left[c.index] == 0 && w.ctx.Err() == nil {
			first = append(first, c)
		}
	}
	for _, c := range first {
		w.chains.Add(1)
		go w.chain(c)
	}
	w.chains.Wait()
	var missed []*component
	for _, c := range members {
		if w.member[c.index] {
			missed = append(missed, c)
		}
	}
	return missed
}

// chain visits c, then the one successor it made due, and so on.
func (w *walk) chain(c *component) {
	defer w.chains.Done()
	for c != nil {
		c = w.after(c, w.visit(c))
	}
}

// after counts c as visited and returns one successor that became due,
// starting the others on goroutines of their own; nil when none did.
func (w *walk) after(c *component, ok bool) *component {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.member[c.index] = false
	var first *component
	if ok && w.ctx.Err() == nil {
		for _, s := range w.next(c) {
			if !w.member[s.index] {
				continue
			}
			if w.left[s.index]--; w.left[s.index] > 0 {
				continue
			}
			if first == nil {
				first = s
			} else {
				w.chains.Add(1)
				go w.chain(s)
			}
		}
	}
	return first
}
