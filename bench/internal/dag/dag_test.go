package dag

import (
	"slices"
	"testing"
	"time"
)

func TestCriticalPaths(t *testing.T) {
	ms := time.Millisecond
	// 0 ← 1 ← 3, 0 ← 2 ← 3: start through 2 is longer, stop through 1.
	g := Graph{
		Deps:       [][]int{nil, {0}, {0}, {1, 2}},
		Delays:     []time.Duration{1 * ms, 1 * ms, 5 * ms, 1 * ms},
		StopDelays: []time.Duration{2 * ms, 4 * ms, 1 * ms, 3 * ms},
	}
	path, d := g.CriticalPath()
	if !slices.Equal(path, []int{0, 2, 3}) || d != 7*ms {
		t.Errorf("CriticalPath = %v, %v; want [0 2 3], 7ms", path, d)
	}
	path, d = g.StopCriticalPath()
	if !slices.Equal(path, []int{3, 1, 0}) || d != 9*ms {
		t.Errorf("StopCriticalPath = %v, %v; want [3 1 0], 9ms", path, d)
	}
}

func TestW2(t *testing.T) {
	g := W2()
	if g.Len() != 100 || len(g.Delays) != 100 || len(g.StopDelays) != 100 {
		t.Fatalf("W2 has %d nodes, %d delays, %d stop delays; want 100 each", g.Len(), len(g.Delays), len(g.StopDelays))
	}
	if slices.Equal(g.Delays, g.StopDelays) {
		t.Error("start and stop delays are the same")
	}
	if h := W2(); !slices.Equal(h.Delays, g.Delays) || !slices.Equal(h.StopDelays, g.StopDelays) {
		t.Error("W2 is not deterministic")
	}
	for i, ds := range g.Deps {
		for _, d := range ds {
			if d >= i {
				t.Fatalf("node %d depends on %d: not in topological order", i, d)
			}
		}
	}
}
