// Package peers holds the hand-written systems lifegen is compared with:
// a goroutine per component on ready channels, a dataflow scheduler, and
// oklog/run with dependency waves. They are generic over the wiring struct
// W of a benchmark package, which supplies one start and one stop function
// per component in a Table, as a person would write for a big graph.
package peers

import (
	"context"

	"github.com/lifegen/lifegen/bench/internal/dag"
	"github.com/lifegen/lifegen/bench/internal/sys"
)

// Table is the component table of one graph.
type Table[W any] struct {
	Start []func(w *W, ctx context.Context) error
	Stop  []func(w *W)

	deps, dependents [][]int
	roots, leaves    []int
	waves            [][]int
}

// NewTable prepares the table for graph g; start and stop are indexed like
// g's nodes.
func NewTable[W any](g dag.Graph, start []func(w *W, ctx context.Context) error, stop []func(w *W)) *Table[W] {
	t := &Table[W]{Start: start, Stop: stop, deps: g.Deps, dependents: g.Dependents(), waves: g.Waves()}
	for i := range t.deps {
		if len(t.deps[i]) == 0 {
			t.roots = append(t.roots, i)
		}
		if len(t.dependents[i]) == 0 {
			t.leaves = append(t.leaves, i)
		}
	}
	return t
}

// Dataflow is the system that starts t with the dataflow scheduler.
func Dataflow[W any](t *Table[W]) sys.System {
	return sys.System{Name: "hand-dataflow", Start: func(ctx context.Context) (sys.Stopper, error) { return StartDataflow(ctx, t) }}
}

// HandPar is the system that starts t with a goroutine per component.
func HandPar[W any](t *Table[W]) sys.System {
	return sys.System{Name: "hand-par", Start: func(ctx context.Context) (sys.Stopper, error) { return StartHandPar(ctx, t) }}
}

// Oklog is the system that starts t in waves under an oklog/run Group.
func Oklog[W any](t *Table[W]) sys.System {
	return sys.System{Name: "oklog-run", Start: func(ctx context.Context) (sys.Stopper, error) { return StartOklog(ctx, t) }}
}
