// Package dag defines the dependency graphs the benchmarks use. Every graph
// is deterministic: the same call always gives the same graph, so every
// run measures the same programs.
package dag

import (
	"math/rand/v2"
	"slices"
	"time"
)

// Graph is a DAG whose nodes are numbered in a topological order: every
// dependency of node i is smaller than i.
type Graph struct {
	// Deps lists the dependencies of each node, in the order they are
	// passed to its constructor.
	Deps [][]int
	// Delays is each node's start delay (W2); nil means no delay.
	Delays []time.Duration
	// StopDelays is each node's stop delay (W2); nil means no delay.
	StopDelays []time.Duration
}

// W1 is the graph of workload W1: node i depends on i-1 and i/2 (once each).
func W1(n int) Graph {
	deps := make([][]int, n)
	for i := 1; i < n; i++ {
		deps[i] = []int{i - 1}
		if h := i / 2; h != i-1 {
			deps[i] = append(deps[i], h)
		}
	}
	return Graph{Deps: deps}
}

// W2 is the graph of workload W2: 100 nodes in 10 layers of 10; every node
// of a layer depends on two distinct random nodes of the layer before, and
// each node sleeps a random 0–5 ms (whole microseconds) in its constructor
// and another in its stop. The W1 graph would not do here: its i-1 edges
// make it a chain, so its critical path is every node and parallel startup
// could not show. The stop delays come from a stream of their own, so the
// start delays are those of the first version of this workload.
func W2() Graph {
	const layers, width = 10, 10
	r := rand.New(rand.NewPCG(2, 42))
	n := layers * width
	g := Graph{Deps: make([][]int, n), Delays: make([]time.Duration, n)}
	for i := range n {
		g.Delays[i] = time.Duration(r.IntN(5001)) * time.Microsecond
		if l := i / width; l > 0 {
			a := r.IntN(width)
			b := (a + 1 + r.IntN(width-1)) % width
			a, b = min(a, b), max(a, b)
			g.Deps[i] = []int{(l-1)*width + a, (l-1)*width + b}
		}
	}
	rs := rand.New(rand.NewPCG(3, 42))
	g.StopDelays = make([]time.Duration, n)
	for i := range n {
		g.StopDelays[i] = time.Duration(rs.IntN(5001)) * time.Microsecond
	}
	return g
}

// Len is the number of nodes.
func (g Graph) Len() int { return len(g.Deps) }

// Dependents lists, for each node, the nodes that depend on it, ascending.
func (g Graph) Dependents() [][]int {
	out := make([][]int, len(g.Deps))
	for i, ds := range g.Deps {
		for _, d := range ds {
			out[d] = append(out[d], i)
		}
	}
	return out
}

// Waves groups the nodes by depth: wave 0 has no dependencies, wave k+1
// depends only on waves up to k with at least one dependency in wave k.
func (g Graph) Waves() [][]int {
	depth := make([]int, len(g.Deps))
	var waves [][]int
	for i, ds := range g.Deps {
		for _, d := range ds {
			depth[i] = max(depth[i], depth[d]+1)
		}
		for len(waves) <= depth[i] {
			waves = append(waves, nil)
		}
		waves[depth[i]] = append(waves[depth[i]], i)
	}
	return waves
}

// CriticalPath returns the chain of nodes whose start delays add up to
// the longest, in start order, and that sum: no schedule can start
// everything sooner.
func (g Graph) CriticalPath() ([]int, time.Duration) {
	order := make([]int, len(g.Deps))
	for i := range order {
		order[i] = i
	}
	return longestPath(order, g.Deps, g.Delays)
}

// StopCriticalPath returns the chain of nodes whose stop delays add up to
// the longest, in stop order (a node stops once all its dependents have),
// and that sum: no schedule can stop everything sooner.
func (g Graph) StopCriticalPath() ([]int, time.Duration) {
	order := make([]int, len(g.Deps))
	for i := range order {
		order[i] = len(order) - 1 - i
	}
	return longestPath(order, g.Dependents(), g.StopDelays)
}

// longestPath walks the nodes in order, where each node waits for its
// preds (all earlier in order), and returns the chain with the largest sum
// of delays (nil delays: all zero), first node first.
func longestPath(order []int, preds [][]int, delays []time.Duration) ([]int, time.Duration) {
	if len(order) == 0 {
		return nil, 0
	}
	finish := make([]time.Duration, len(order))
	prev := make([]int, len(order))
	last := order[0]
	for _, i := range order {
		prev[i] = -1
		for _, d := range preds[i] {
			if prev[i] < 0 || finish[d] > finish[prev[i]] {
				prev[i] = d
			}
		}
		if prev[i] >= 0 {
			finish[i] = finish[prev[i]]
		}
		if delays != nil {
			finish[i] += delays[i]
		}
		if finish[i] > finish[last] {
			last = i
		}
	}
	var path []int
	for i := last; i >= 0; i = prev[i] {
		path = append(path, i)
	}
	slices.Reverse(path)
	return path, finish[last]
}
