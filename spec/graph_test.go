package spec

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// TestV2Features checks the model of the fixture that uses every
// version 2 feature: groups, app.shutdown, after, restarts, readiness
// gates, start without deadline, the shutdown delay and targets.
func TestV2Features(t *testing.T) {
	s := mustParse(t, "testdata/valid/v2_features.hcl")
	if s.ShutdownDelay != 2*time.Second || s.ShutdownTimeout != 20*time.Second {
		t.Errorf("shutdown: delay %v, timeout %v", s.ShutdownDelay, s.ShutdownTimeout)
	}
	store := s.Services[0]
	if store.Type.Expr != nil || store.StartTimeout != 0 || !store.Health.ReadinessGate || store.Health.OnFailure != OnFailureRestart {
		t.Errorf("store: %+v, health %+v", store, store.Health)
	}
	wantRestart := &Restart{Max: 3, Within: 10 * time.Minute, Backoff: 2 * time.Second, MaxBackoff: time.Minute}
	if diff := cmp.Diff(wantRestart, store.Restart, ignoreRanges); diff != "" || store.Restart.DeclRange.Start.Line != 26 {
		t.Errorf("store restart (-want +got):\n%s\nat line %d", diff, store.Restart.DeclRange.Start.Line)
	}
	refresher := s.Services[4]
	wantDefaults := &Restart{Max: DefaultRestartMax, Within: DefaultRestartWithin, Backoff: DefaultBackoff, MaxBackoff: DefaultMaxBackoff, DeclRange: refresher.DeclRange}
	if diff := cmp.Diff(wantDefaults, refresher.Restart); diff != "" {
		t.Errorf("refresher restart (-want +got):\n%s", diff)
	}
	if r := s.Services[3]; r.OnExit != OnExitIgnore || r.Restart != nil {
		t.Errorf("router: on_exit %q, restart %+v", r.OnExit, r.Restart)
	}
	ref := func(k Kind, name string) Ref { return Ref{Kind: k, Name: name} }
	wantRouterDeps := []Dep{
		{Refs: []Ref{ref(KindInput, "log")}},
		{Refs: []Ref{ref(KindService, "echo"), ref(KindService, "hello"), ref(KindQueue, "events")}, Group: true},
		{Refs: []Ref{ref(KindApp, AppShutdown)}},
	}
	if diff := cmp.Diff(wantRouterDeps, s.Services[3].DependsOn, ignoreRanges); diff != "" {
		t.Errorf("router depends_on (-want +got):\n%s", diff)
	}
	audit := s.Workers[0]
	wantAuditDeps := []Dep{{Refs: []Ref{ref(KindService, "store")}, Group: true}, {Refs: []Ref{ref(KindApp, AppShutdown)}}}
	if diff := cmp.Diff(wantAuditDeps, audit.DependsOn, ignoreRanges); diff != "" {
		t.Errorf("audit depends_on (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]Ref{ref(KindQueue, "events"), ref(KindService, "store")}, refresher.After, ignoreRanges); diff != "" {
		t.Errorf("refresher after (-want +got):\n%s", diff)
	}
	// store 0, echo 1, hello 2, events 3, audit 4, router 5, refresher 6.
	checkEdges(t, s.Graph,
		[][]int{{}, {0}, {}, {4}, {0}, {1, 2, 3}, {}},
		[][]int{{}, {}, {}, {}, {2}, {6}, {3, 0}})
	checkGraph(t, s.Graph, graphWant{
		Deps:         [][]int{{}, {0}, {}, {4}, {0, 2}, {1, 2, 3, 6}, {3, 0}},
		Dependents:   [][]int{{1, 4, 6}, {5}, {4, 5}, {5, 6}, {3}, {}, {5}},
		Order:        []int{0, 1, 2, 4, 3, 6, 5},
		Waves:        [][]int{{0, 2}, {1, 4}, {3}, {6}, {5}},
		CriticalPath: []int{0, 4, 3, 6, 5},
	})
	var closures [][]int
	for _, tg := range s.Targets {
		closures = append(closures, tg.Closure)
	}
	if diff := cmp.Diff([][]int{{0, 1, 2, 3, 4, 5}, {0, 4, 6}}, closures); diff != "" {
		t.Errorf("target closures (-want +got):\n%s", diff)
	}
}

// TestGraphPart checks the graph of a target's part: after edges that
// leave it are dropped, and order, waves and critical path cover only it.
func TestGraphPart(t *testing.T) {
	s := mustParse(t, "testdata/valid/v2_features.hcl")
	router := s.Graph.Part(s.Targets[0].Closure)
	checkEdges(t, router,
		[][]int{{}, {0}, {}, {4}, {0}, {1, 2, 3}, {}},
		[][]int{{}, {}, {}, {}, {2}, {}, {}})
	checkGraph(t, router, graphWant{
		Deps:         [][]int{{}, {0}, {}, {4}, {0, 2}, {1, 2, 3}, {}},
		Dependents:   [][]int{{1, 4}, {5}, {4, 5}, {5}, {3}, {}, {}},
		Order:        []int{0, 1, 2, 4, 3, 5},
		Waves:        [][]int{{0, 2}, {1, 4}, {3}, {5}},
		CriticalPath: []int{0, 4, 3, 5},
	})
	background := s.Graph.Part(s.Targets[1].Closure)
	checkGraph(t, background, graphWant{
		Deps:         [][]int{{}, {}, {}, {}, {0}, {}, {0}},
		Dependents:   [][]int{{4, 6}, {}, {}, {}, {}, {}, {}},
		Order:        []int{0, 4, 6},
		Waves:        [][]int{{0}, {4, 6}},
		CriticalPath: []int{0, 4},
	})
	whole := s.Graph.Part([]int{0, 1, 2, 3, 4, 5, 6})
	if diff := cmp.Diff(s.Graph, whole, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("the part of every node differs from the graph (-graph +part):\n%s", diff)
	}
}

// TestGraphClosure checks that a closure follows Needs only.
func TestGraphClosure(t *testing.T) {
	g := &Graph{
		// 0 needs 1; 1 needs 2; 3 starts after 0; 4 stands alone.
		Needs: [][]int{{1}, {2}, {}, {}, {}},
		After: [][]int{{}, {}, {}, {0}, {}},
	}
	for _, tc := range []struct{ roots, want []int }{
		{[]int{0}, []int{0, 1, 2}},
		{[]int{3}, []int{3}},
		{[]int{3, 1, 1}, []int{1, 2, 3}},
		{nil, nil},
	} {
		if got := g.Closure(tc.roots); !cmp.Equal(got, tc.want, cmpopts.EquateEmpty()) {
			t.Errorf("Closure(%v) = %v, want %v", tc.roots, got, tc.want)
		}
	}
}

// TestAfterOrder checks that after edges order startup like depends_on,
// without repeats, and that an after edge to a needed node adds nothing.
func TestAfterOrder(t *testing.T) {
	src := `
service "a" {
  start = "NewA"
  after = [service.c, worker.w]
}
service "b" {
  start      = "NewB"
  depends_on = [queue.q]
}
service "c" {
  start = "NewC"
}
queue "q" {
  type = "int"
}
worker "w" {
  queue   = queue.q
  handler = "W"
  after   = [service.c]
}
`
	s, diags := Parse("after.hcl", []byte(src))
	if diags.HasErrors() || len(diags) != 0 {
		t.Fatalf("diagnostics: %v", diags)
	}
	// a 0, b 1, c 2, q 3, w 4.
	checkEdges(t, s.Graph, [][]int{{}, {3}, {}, {4}, {}}, [][]int{{2, 4}, {}, {}, {}, {2}})
	checkGraph(t, s.Graph, graphWant{
		Deps:         [][]int{{2, 4}, {3}, {}, {4}, {2}},
		Dependents:   [][]int{{}, {}, {0, 4}, {1}, {0, 3}},
		Order:        []int{2, 4, 0, 3, 1},
		Waves:        [][]int{{2}, {4}, {0, 3}, {1}},
		CriticalPath: []int{2, 4, 3, 1},
	})
}

// TestCycleDetails checks how a cycle's detail explains the edges that do
// not come from depends_on.
func TestCycleDetails(t *testing.T) {
	tests := map[string]string{
		"testdata/bad/cycle_two.hcl":              "These components depend on each other: cache → api → cache. None of them can start before the others; remove one of these dependencies.",
		"testdata/bad/cycle_via_queue.hcl":        `These components depend on each other: api → orders → fulfil → api. A queue depends on the workers that consume it, so that they run before anything can send to it: queue "orders" waits for worker "fulfil". None of them`,
		"testdata/bad/cycle_after.hcl":            `These components depend on each other: db → api → db. An after reference orders startup and shutdown as depends_on does: service "db" lists service.api in after. None of them`,
		"testdata/bad/cycle_after_queue.hcl":      `orders → fulfil → api → orders. A queue depends on the workers that consume it, so that they run before anything can send to it: queue "orders" waits for worker "fulfil". An after reference orders startup and shutdown as depends_on does: worker "fulfil" lists service.api in after.`,
		"testdata/bad/cycle_worker_own_queue.hcl": `retry → retrier → retry. A queue depends on the workers that consume it`,
	}
	for file, want := range tests {
		s := mustParseErrors(t, file)
		var details []string
		for _, d := range s {
			if d.Summary == "Dependency cycle" {
				details = append(details, d.Detail)
			}
		}
		if len(details) != 1 || !strings.Contains(details[0], want) {
			t.Errorf("%s: cycle details %q, want one containing %q", file, details, want)
		}
	}
}
