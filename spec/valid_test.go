package spec

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/hashicorp/hcl/v2"
)

// modelOpts compares models across syntaxes: source ranges, parsed type
// expressions and the file name differ by construction.
var modelOpts = cmp.Options{
	cmpopts.IgnoreTypes(hcl.Range{}),
	cmpopts.IgnoreFields(GoType{}, "Expr"),
	cmpopts.IgnoreFields(Spec{}, "Filename"),
}

// mustParse parses a valid fixture and fails on any diagnostic at all.
func mustParse(t *testing.T, file string) *Spec {
	t.Helper()
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	s, diags := Parse(file, src)
	for _, d := range diags {
		t.Errorf("%s: unexpected diagnostic: %s", file, d)
	}
	if s == nil {
		t.Fatalf("%s: Parse returned no spec", file)
	}
	return s
}

// mustParseErrors parses a bad fixture and returns its diagnostics.
func mustParseErrors(t *testing.T, file string) hcl.Diagnostics {
	t.Helper()
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	_, diags := Parse(file, src)
	return diags
}

// TestValidNativeMatchesJSON checks that every valid fixture and its
// hand-written JSON twin decode to the same model.
func TestValidNativeMatchesJSON(t *testing.T) {
	files, _ := filepath.Glob("testdata/valid/*.hcl")
	if len(files) < 4 {
		t.Fatalf("want at least 4 valid fixtures, have %d", len(files))
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			native := mustParse(t, file)
			fromJSON := mustParse(t, file+".json")
			if diff := cmp.Diff(native, fromJSON, modelOpts); diff != "" {
				t.Errorf("native and JSON models differ (-native +json):\n%s", diff)
			}
			checkTypesParsed(t, native)
		})
	}
}

// checkTypesParsed checks that every Go type kept its parsed expression,
// and that an omitted service type has none.
func checkTypesParsed(t *testing.T, s *Spec) {
	t.Helper()
	var types []GoType
	for _, in := range s.Inputs {
		types = append(types, in.Type)
	}
	for _, sv := range s.Services {
		if sv.Type == (GoType{}) {
			continue // omitted: inferred from the constructor
		}
		types = append(types, sv.Type)
	}
	for _, q := range s.Queues {
		types = append(types, q.Type)
	}
	for _, ty := range types {
		if ty.Expr == nil || ty.Text == "" || ty.Range.Filename == "" {
			t.Errorf("type %q: missing expression or range", ty.Text)
		}
	}
}

// graphWant is the part of a Graph the tests compare.
type graphWant struct {
	Deps, Dependents, Waves [][]int
	Order, CriticalPath     []int
}

// checkGraph compares g with want, treating nil and empty as equal.
func checkGraph(t *testing.T, g *Graph, want graphWant) {
	t.Helper()
	got := graphWant{g.Deps, g.Dependents, g.Waves, g.Order, g.CriticalPath}
	if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("graph (-want +got):\n%s", diff)
	}
}

// checkEdges compares the Needs and After of g with want.
func checkEdges(t *testing.T, g *Graph, needs, after [][]int) {
	t.Helper()
	if diff := cmp.Diff(needs, g.Needs, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("Needs (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(after, g.After, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("After (-want +got):\n%s", diff)
	}
}

// ignoreRanges compares model parts without their source ranges.
var ignoreRanges = cmpopts.IgnoreTypes(hcl.Range{})

// TestSpecExample spot-checks the example of the language reference, the
// spec that shows every block.
func TestSpecExample(t *testing.T) {
	s := mustParse(t, "testdata/valid/spec_example.hcl")
	if s.Package != "shop" || s.App != "App" || s.Startup != StartupParallel || s.ShutdownTimeout != 30*time.Second || s.ShutdownDelay != 5*time.Second {
		t.Errorf("file settings: %q %q %q %v %v", s.Package, s.App, s.Startup, s.ShutdownTimeout, s.ShutdownDelay)
	}
	if diff := cmp.Diff([]Import{{Alias: "sql", Path: "database/sql"}}, s.Imports, ignoreRanges); diff != "" {
		t.Errorf("imports (-want +got):\n%s", diff)
	}
	db := s.Services[0]
	wantHealth := &Health{Check: "PingContext", Interval: 2 * time.Second, Timeout: 500 * time.Millisecond, FailureThreshold: 3, OnFailure: OnFailureShutdown}
	if diff := cmp.Diff(wantHealth, db.Health, ignoreRanges); diff != "" {
		t.Errorf("database health (-want +got):\n%s", diff)
	}
	if db.Type.Text != "*sql.DB" || db.Start.String() != "OpenDatabase" || db.Stop != "Close" || db.StartTimeout != 10*time.Second || db.StopTimeout != 5*time.Second || db.OnExit != OnExitShutdown || db.Restart != nil {
		t.Errorf("database: %+v", db)
	}
	cache := s.Services[1]
	if cache.Type.Expr != nil || cache.Type.Text != "" || cache.StartTimeout != DefaultStartTimeout || cache.StopTimeout != DefaultStopTimeout || cache.Health != nil || cache.Run != "" {
		t.Errorf("cache defaults: %+v", cache)
	}
	q, w := s.Queues[0], s.Workers[0]
	if q.Capacity != 100 || q.Type.Text != "Order" || w.Count != 4 || w.DrainTimeout != 10*time.Second || w.OnError != OnErrorLog || w.Queue.String() != "queue.orders" || w.After != nil {
		t.Errorf("queue/worker: %+v %+v", q, w)
	}
	consumer := s.Services[2]
	wantRestart := &Restart{Max: 5, Within: time.Minute, Backoff: time.Second, MaxBackoff: 30 * time.Second}
	if diff := cmp.Diff(wantRestart, consumer.Restart, ignoreRanges); diff != "" || consumer.OnExit != OnExitRestart || consumer.Restart.DeclRange.Start.Line != 59 {
		t.Errorf("consumer restart (-want +got):\n%s\non_exit %q, at line %d", diff, consumer.OnExit, consumer.Restart.DeclRange.Start.Line)
	}
	wantDeps := []Dep{
		{Refs: []Ref{{Kind: KindService, Name: "database"}}},
		{Refs: []Ref{{Kind: KindApp, Name: AppShutdown}}},
	}
	if diff := cmp.Diff(wantDeps, consumer.DependsOn, ignoreRanges); diff != "" {
		t.Errorf("consumer depends_on (-want +got):\n%s", diff)
	}
	api := s.Services[3]
	if api.GoName != "API" || api.Run != "Serve" || len(api.DependsOn) != 2 || api.DependsOn[1].Refs[0].String() != "queue.orders" {
		t.Errorf("api: %+v", api)
	}
	if diff := cmp.Diff([]Ref{{Kind: KindWorker, Name: "fulfil"}}, api.After, ignoreRanges); diff != "" {
		t.Errorf("api after (-want +got):\n%s", diff)
	}
	wantTargets := []*Target{{Name: "frontend", Components: []Ref{{Kind: KindService, Name: "api"}}, Closure: []int{0, 1, 2, 3, 5}}}
	if diff := cmp.Diff(wantTargets, s.Targets, ignoreRanges); diff != "" {
		t.Errorf("targets (-want +got):\n%s", diff)
	}
	// database 0, cache 1, orders 2, fulfil 3, consumer 4, api 5.
	checkEdges(t, s.Graph,
		[][]int{{}, {0}, {3}, {0}, {0}, {1, 2}},
		[][]int{{}, {}, {}, {}, {}, {3}})
	checkGraph(t, s.Graph, graphWant{
		Deps:         [][]int{{}, {0}, {3}, {0}, {0}, {1, 2, 3}},
		Dependents:   [][]int{{1, 3, 4}, {5}, {5}, {2, 5}, {}, {}},
		Order:        []int{0, 1, 3, 2, 4, 5},
		Waves:        [][]int{{0}, {1, 3, 4}, {2}, {5}},
		CriticalPath: []int{0, 3, 2, 5},
	})
}

// TestDiamond checks tie-breaking by spec order in a diamond declared
// bottom-up, and the decoding of custom settings and types.
func TestDiamond(t *testing.T) {
	s := mustParse(t, "testdata/valid/diamond.hcl")
	if s.App != "Shop" || s.Startup != StartupSequential || s.ShutdownTimeout != time.Minute {
		t.Errorf("file settings: %q %q %v", s.App, s.Startup, s.ShutdownTimeout)
	}
	if got := []string{s.Imports[0].Alias, s.Imports[1].Alias, s.Imports[2].Alias}; !cmp.Equal(got, []string{"box", "ctxpkg", "pb"}) {
		t.Errorf("imports not sorted by alias: %v", got)
	}
	if d := s.Services[0]; d.Start != (GoFunc{Alias: "box", Name: "NewD", Range: d.Start.Range}) {
		t.Errorf("d.start = %+v", d.Start)
	}
	if b := s.Services[2]; b.Type.Text != "box.Pair[string, pb.Msg]" {
		t.Errorf("b.type not trimmed: %q", b.Type.Text)
	}
	h := s.Services[3].Health
	if h.FailureThreshold != 1 || h.OnFailure != OnFailureIgnore || h.InitialDelay != 250*time.Millisecond || h.Interval != DefaultInterval || h.Timeout != DefaultCheckTimeout {
		t.Errorf("a.health: %+v", h)
	}
	checkGraph(t, s.Graph, graphWant{
		Deps:         [][]int{{2, 1}, {3}, {3}, {}},
		Dependents:   [][]int{{}, {0}, {0}, {1, 2}},
		Order:        []int{3, 1, 2, 0},
		Waves:        [][]int{{3}, {1, 2}, {0}},
		CriticalPath: []int{3, 1, 0},
	})
}

// TestBranches checks independent branches, Go names and defaults.
func TestBranches(t *testing.T) {
	s := mustParse(t, "testdata/valid/branches.hcl")
	var goNames []string
	for _, c := range s.Components {
		goNames = append(goNames, c.Info().GoName)
	}
	if want := []string{"DB", "Cache", "Metrics", "Events", "LogEvents", "HTTPServer", "UserDB"}; !cmp.Equal(goNames, want) {
		t.Errorf("Go names = %v, want %v", goNames, want)
	}
	if s.Package != "" || s.App != DefaultApp || s.Startup != StartupParallel || s.ShutdownTimeout != DefaultShutdownTimeout || s.Imports != nil {
		t.Errorf("defaults: %+v", s)
	}
	h := s.Services[2].Health
	if *h != (Health{Check: "Healthy", Interval: DefaultInterval, Timeout: DefaultCheckTimeout, FailureThreshold: DefaultThreshold, OnFailure: OnFailureShutdown, DeclRange: h.DeclRange, CheckRange: h.CheckRange}) {
		t.Errorf("health defaults: %+v", h)
	}
	w := s.Workers[0]
	if w.Count != 2 || w.OnError != OnErrorShutdown || w.DrainTimeout != DefaultDrainTimeout || s.Queues[0].Capacity != 0 {
		t.Errorf("worker/queue: %+v %+v", w, s.Queues[0])
	}
	if in := s.Inputs[0]; in.Index != 0 || in.GoName != "Config" || in.Kind != KindInput {
		t.Errorf("input: %+v", in)
	}
	checkGraph(t, s.Graph, graphWant{
		Deps:         [][]int{{}, {0}, {}, {4}, {2}, {2, 3}, {}},
		Dependents:   [][]int{{1}, {}, {4, 5}, {5}, {3}, {}, {}},
		Order:        []int{0, 1, 2, 4, 3, 5, 6},
		Waves:        [][]int{{0, 2, 6}, {1, 4}, {3}, {5}},
		CriticalPath: []int{2, 4, 3, 5},
	})
}

// TestComponentIndexes checks that Index is the position in Components.
func TestComponentIndexes(t *testing.T) {
	s := mustParse(t, "testdata/valid/spec_example.hcl")
	for i, c := range s.Components {
		if c.Info().Index != i {
			t.Errorf("component %d (%s) has Index %d", i, c.Info().Name, c.Info().Index)
		}
	}
}
