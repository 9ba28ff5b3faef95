package spec

import (
	"container/heap"
	"slices"
	"strings"

	"github.com/hashicorp/hcl/v2"
)

// edge is a dependency from node from on node to.
type edge struct{ from, to int }

// buildGraph builds the startup graph of SPEC 3.1 over Spec.Components,
// reports its cycles and, when there are none, computes the order, waves
// and critical path.
func (p *parser) buildGraph() {
	g := &Graph{
		Deps:       make([][]int, len(p.spec.Components)),
		Dependents: make([][]int, len(p.spec.Components)),
	}
	edges := map[edge]hcl.Range{}
	for i, c := range p.spec.Components {
		switch c := c.(type) {
		case *Service:
			p.addRefEdges(g, edges, i, Refs(c.DependsOn))
		case *Worker:
			p.addRefEdges(g, edges, i, Refs(c.DependsOn))
		case *Queue:
			p.addConsumerEdges(g, edges, i, c)
		}
	}
	for i, deps := range g.Deps {
		for _, d := range deps {
			g.Dependents[d] = append(g.Dependents[d], i)
		}
	}
	p.spec.Graph = g
	if p.reportCycles(g, edges) {
		return
	}
	g.Order = topoOrder(g.Deps)
	g.Waves, g.CriticalPath = wavesAndPath(g.Deps, g.Order)
}

// addEdge adds the edge from → to unless it is already there.
func addEdge(g *Graph, edges map[edge]hcl.Range, from, to int, rng hcl.Range) {
	if _, ok := edges[edge{from, to}]; ok {
		return
	}
	edges[edge{from, to}] = rng
	g.Deps[from] = append(g.Deps[from], to)
}

// addRefEdges adds the edges of a depends_on list; inputs are not nodes.
func (p *parser) addRefEdges(g *Graph, edges map[edge]hcl.Range, from int, refs []Ref) {
	for _, r := range refs {
		if n := p.lookup(r); n != nil && n.Kind != KindInput {
			addEdge(g, edges, from, n.Index, r.Range)
		}
	}
}

// addConsumerEdges makes queue q depend on every worker that consumes it.
// The edge's range is the worker's queue attribute.
func (p *parser) addConsumerEdges(g *Graph, edges map[edge]hcl.Range, from int, q *Queue) {
	for _, w := range p.spec.Workers {
		if p.lookup(w.Queue) == &q.Node {
			addEdge(g, edges, from, w.Index, w.Queue.Range)
		}
	}
}

// reportCycles reports each strongly connected component of more than one
// node once, as a cycle through its first-declared node, at the reference
// that leaves that node. It reports whether there was any.
func (p *parser) reportCycles(g *Graph, edges map[edge]hcl.Range) bool {
	found := false
	for _, scc := range stronglyConnected(g.Deps) {
		if len(scc) < 2 {
			continue
		}
		found = true
		path := cycleThrough(g.Deps, scc)
		names := make([]string, len(path))
		for i, n := range path {
			names[i] = p.spec.Components[n].Info().Name
		}
		p.errorf(edges[edge{path[0], path[1]}], "Dependency cycle", "These components depend on each other: %s. None of them can start before the others; remove one of these dependencies.", strings.Join(names, " → "))
	}
	return found
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
