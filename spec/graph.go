package spec

import (
	"container/heap"
	"fmt"
	"slices"
	"strings"

	"github.com/hashicorp/hcl/v2"
)

// edge is a dependency from node from on node to.
type edge struct{ from, to int }

// edgeKind says where an edge comes from, for the details of cycles.
type edgeKind int

const (
	needEdge     edgeKind = iota // a depends_on entry
	consumerEdge                 // a queue waits for a worker that consumes it
	afterEdge                    // an after entry
)

// edgeInfo is the source of an edge: the reference that made it.
type edgeInfo struct {
	rng  hcl.Range
	kind edgeKind
}

// graphBuilder collects the edges of a graph without repeats.
type graphBuilder struct {
	g     *Graph
	edges map[edge]edgeInfo
}

// buildGraph builds the startup graph over Spec.Components, reports its
// cycles and, when there are none, computes the order, waves and critical
// path.
func (p *parser) buildGraph() {
	n := len(p.spec.Components)
	b := &graphBuilder{
		g: &Graph{
			Deps:       make([][]int, n),
			Needs:      make([][]int, n),
			After:      make([][]int, n),
			Dependents: make([][]int, n),
		},
		edges: map[edge]edgeInfo{},
	}
	for i, c := range p.spec.Components {
		switch c := c.(type) {
		case *Service:
			p.addRefEdges(b, i, Refs(c.DependsOn), needEdge)
			p.addRefEdges(b, i, c.After, afterEdge)
		case *Worker:
			p.addRefEdges(b, i, Refs(c.DependsOn), needEdge)
			p.addRefEdges(b, i, c.After, afterEdge)
		case *Queue:
			p.addConsumerEdges(b, i, c)
		}
	}
	g := b.g
	g.Dependents = dependents(g.Deps, nil)
	p.spec.Graph = g
	if p.reportCycles(g, b.edges) {
		return
	}
	g.Order, g.Waves, g.CriticalPath = analyse(g.Deps)
}

// add adds the edge from → to unless it is already there: to Needs or
// After by its kind, and to Deps. Since a node's edges are added in one
// go, needs first, Deps[from] is Needs[from] then After[from].
func (b *graphBuilder) add(from, to int, info edgeInfo) {
	if _, ok := b.edges[edge{from, to}]; ok {
		return
	}
	b.edges[edge{from, to}] = info
	if info.kind == afterEdge {
		b.g.After[from] = append(b.g.After[from], to)
	} else {
		b.g.Needs[from] = append(b.g.Needs[from], to)
	}
	b.g.Deps[from] = append(b.g.Deps[from], to)
}

// addRefEdges adds the edges of a depends_on or after list; inputs and
// app.shutdown are not nodes.
func (p *parser) addRefEdges(b *graphBuilder, from int, refs []Ref, kind edgeKind) {
	for _, r := range refs {
		if n := p.lookup(r); n != nil && n.Kind != KindInput {
			b.add(from, n.Index, edgeInfo{r.Range, kind})
		}
	}
}

// addConsumerEdges makes queue q depend on every worker that consumes it.
// The edge's range is the worker's queue attribute.
func (p *parser) addConsumerEdges(b *graphBuilder, from int, q *Queue) {
	for _, w := range p.spec.Workers {
		if p.lookup(w.Queue) == &q.Node {
			b.add(from, w.Index, edgeInfo{w.Queue.Range, consumerEdge})
		}
	}
}

// dependents inverts deps: for each node, the nodes that depend on it,
// ascending. With in non-nil, only the nodes in it count.
func dependents(deps [][]int, in []bool) [][]int {
	out := make([][]int, len(deps))
	for i, ds := range deps {
		if in != nil && !in[i] {
			continue
		}
		for _, d := range ds {
			out[d] = append(out[d], i)
		}
	}
	return out
}

// reportCycles reports each strongly connected component of more than one
// node once, as a cycle through its first-declared node, at the reference
// that leaves that node. It reports whether there was any.
func (p *parser) reportCycles(g *Graph, edges map[edge]edgeInfo) bool {
	found := false
	for _, scc := range stronglyConnected(g.Deps) {
		if len(scc) < 2 {
			continue
		}
		found = true
		path := cycleThrough(g.Deps, scc)
		p.errorf(edges[edge{path[0], path[1]}].rng, "Dependency cycle", "%s", p.cycleDetail(path, edges))
	}
	return found
}

// cycleDetail describes a cycle: its whole path, then why the edges that
// do not come from depends_on count, then what to do.
func (p *parser) cycleDetail(path []int, edges map[edge]edgeInfo) string {
	name := func(n int) string { return p.spec.Components[n].Info().Name }
	names := make([]string, len(path))
	for i, n := range path {
		names[i] = name(n)
	}
	var consumed, ordered []string
	for k := 0; k+1 < len(path); k++ {
		from, to := path[k], path[k+1]
		switch edges[edge{from, to}].kind {
		case consumerEdge:
			consumed = append(consumed, fmt.Sprintf("queue %q waits for worker %q", name(from), name(to)))
		case afterEdge:
			f, t := p.spec.Components[from].Info(), p.spec.Components[to].Info()
			ordered = append(ordered, fmt.Sprintf("%s %q lists %s.%s in after", f.Kind, f.Name, t.Kind, t.Name))
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "These components depend on each other: %s.", strings.Join(names, " → "))
	if len(consumed) > 0 {
		fmt.Fprintf(&b, " A queue depends on the workers that consume it, so that they run before anything can send to it: %s.", strings.Join(consumed, ", "))
	}
	if len(ordered) > 0 {
		fmt.Fprintf(&b, " An after reference orders startup and shutdown as depends_on does: %s.", strings.Join(ordered, ", "))
	}
	b.WriteString(" None of them can start before the others; remove one of these dependencies.")
	return b.String()
}

// Closure returns the nodes that roots need, directly or not (through
// Needs: depends_on, group members and the workers of queues, not
// after), roots included, ascending without repeats.
func (g *Graph) Closure(roots []int) []int {
	in := make([]bool, len(g.Needs))
	stack := slices.Clone(roots)
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if in[n] {
			continue
		}
		in[n] = true
		stack = append(stack, g.Needs[n]...)
	}
	var out []int
	for n, ok := range in {
		if ok {
			out = append(out, n)
		}
	}
	return out
}

// Part returns the graph of the nodes in part (ascending, such as a
// target's Closure) as it is when only they are enabled. Node numbers are
// unchanged and every slice has one entry per node of g; nodes outside the
// part have no edges and are left out of Order, Waves and CriticalPath.
// Edges that leave the part are dropped: for a closure these are only
// after edges, which are ignored when one end is disabled. g must be
// acyclic.
func (g *Graph) Part(part []int) *Graph {
	n := len(g.Deps)
	in := make([]bool, n)
	for _, i := range part {
		in[i] = true
	}
	keep := func(ns []int) []int {
		var out []int
		for _, x := range ns {
			if in[x] {
				out = append(out, x)
			}
		}
		return out
	}
	sub := &Graph{Deps: make([][]int, n), Needs: make([][]int, n), After: make([][]int, n)}
	for _, i := range part {
		sub.Deps[i], sub.Needs[i], sub.After[i] = keep(g.Deps[i]), keep(g.Needs[i]), keep(g.After[i])
	}
	sub.Dependents = dependents(sub.Deps, in)
	// Number the part's nodes 0..len(part)-1, in the same order, so that
	// ties are still broken by spec order.
	local := make([]int, n)
	for k, i := range part {
		local[i] = k
	}
	deps := make([][]int, len(part))
	for k, i := range part {
		for _, d := range sub.Deps[i] {
			deps[k] = append(deps[k], local[d])
		}
	}
	order, waves, path := analyse(deps)
	sub.Order, sub.CriticalPath = globalNodes(order, part), globalNodes(path, part)
	for _, w := range waves {
		sub.Waves = append(sub.Waves, globalNodes(w, part))
	}
	return sub
}

// globalNodes maps node numbers local to a part back to the whole graph's.
func globalNodes(local, part []int) []int {
	out := make([]int, len(local))
	for i, k := range local {
		out[i] = part[k]
	}
	return out
}

// analyse returns the order, waves and critical path of an acyclic graph.
func analyse(deps [][]int) (order []int, waves [][]int, path []int) {
	order = topoOrder(deps)
	waves, path = wavesAndPath(deps, order)
	return order, waves, path
}

// stronglyConnected returns the strongly connected components of the
// graph (Tarjan), each sorted ascending, ordered by their first node.
func stronglyConnected(deps [][]int) [][]int {
	t := &tarjan{deps: deps, index: make([]int, len(deps)), low: make([]int, len(deps)), onStack: make([]bool, len(deps))}
	for i := range deps {
		if t.index[i] == 0 {
			t.visit(i)
		}
	}
	sortByFirst(t.sccs)
	return t.sccs
}

// tarjan is the state of Tarjan's algorithm; index is 1-based, 0 means
// not visited.
type tarjan struct {
	deps       [][]int
	index, low []int
	onStack    []bool
	stack      []int
	next       int
	sccs       [][]int
}

// visit is the recursive step of Tarjan's algorithm.
func (t *tarjan) visit(v int) {
	t.next++
	t.index[v], t.low[v] = t.next, t.next
	t.stack = append(t.stack, v)
	t.onStack[v] = true
	for _, w := range t.deps[v] {
		if t.index[w] == 0 {
			t.visit(w)
			t.low[v] = min(t.low[v], t.low[w])
		} else if t.onStack[w] {
			t.low[v] = min(t.low[v], t.index[w])
		}
	}
	if t.low[v] == t.index[v] {
		t.popComponent(v)
	}
}

// popComponent pops the component rooted at v off the stack.
func (t *tarjan) popComponent(v int) {
	var scc []int
	for {
		w := t.stack[len(t.stack)-1]
		t.stack = t.stack[:len(t.stack)-1]
		t.onStack[w] = false
		scc = append(scc, w)
		if w == v {
			break
		}
	}
	sortInts(scc)
	t.sccs = append(t.sccs, scc)
}

// cycleThrough returns a shortest cycle inside scc through its first node,
// as a path that starts and ends with that node.
func cycleThrough(deps [][]int, scc []int) []int {
	in := map[int]bool{}
	for _, n := range scc {
		in[n] = true
	}
	start := scc[0]
	parent := map[int]int{start: -1}
	queue := []int{start}
	for len(queue) > 0 {
		v := queue[0]
		queue = queue[1:]
		for _, w := range deps[v] {
			if w == start {
				return append(pathTo(parent, v), start)
			}
			if _, seen := parent[w]; in[w] && !seen {
				parent[w] = v
				queue = append(queue, w)
			}
		}
	}
	return []int{start, start} // unreachable for a real component
}

// pathTo follows parent links back from v and returns the path to v.
func pathTo(parent map[int]int, v int) []int {
	var path []int
	for ; v != -1; v = parent[v] {
		path = append(path, v) // backwards; prepending would be quadratic
	}
	slices.Reverse(path)
	return path
}

// topoOrder returns a topological order of an acyclic graph, dependencies
// first, taking the lowest-numbered ready node at each step.
func topoOrder(deps [][]int) []int {
	waiting := make([]int, len(deps))
	dependents := make([][]int, len(deps))
	ready := &intHeap{}
	for i, ds := range deps {
		waiting[i] = len(ds)
		for _, d := range ds {
			dependents[d] = append(dependents[d], i)
		}
		if len(ds) == 0 {
			heap.Push(ready, i)
		}
	}
	order := make([]int, 0, len(deps))
	for ready.Len() > 0 {
		n := heap.Pop(ready).(int)
		order = append(order, n)
		for _, d := range dependents[n] {
			if waiting[d]--; waiting[d] == 0 {
				heap.Push(ready, d)
			}
		}
	}
	return order
}

// wavesAndPath groups the nodes of an acyclic graph by the length of their
// longest dependency chain and returns a longest chain, dependency first.
// The chain ends at the lowest-numbered node of the last wave and steps
// back to the lowest-numbered dependency of the wave before.
func wavesAndPath(deps [][]int, order []int) (waves [][]int, path []int) {
	level := make([]int, len(deps))
	for _, n := range order {
		for _, d := range deps[n] {
			level[n] = max(level[n], level[d]+1)
		}
	}
	for n := range deps {
		for len(waves) <= level[n] {
			waves = append(waves, nil)
		}
		waves[level[n]] = append(waves[level[n]], n)
	}
	if len(waves) == 0 {
		return nil, nil
	}
	for n := waves[len(waves)-1][0]; ; {
		path = append(path, n) // backwards; prepending would be quadratic
		if level[n] == 0 {
			slices.Reverse(path)
			return waves, path
		}
		n = lowestAtLevel(deps[n], level, level[n]-1)
	}
}

// lowestAtLevel returns the lowest-numbered node of ns at level l.
func lowestAtLevel(ns []int, level []int, l int) int {
	best := -1
	for _, n := range ns {
		if level[n] == l && (best == -1 || n < best) {
			best = n
		}
	}
	return best
}

// intHeap is a min-heap of ints for container/heap.
type intHeap []int

func (h intHeap) Len() int           { return len(h) }
func (h intHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h intHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *intHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *intHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// sortInts sorts s ascending.
func sortInts(s []int) { slices.Sort(s) }

// sortByFirst orders components by their first (lowest) node.
func sortByFirst(sccs [][]int) {
	slices.SortFunc(sccs, func(a, b []int) int { return a[0] - b[0] })
}
