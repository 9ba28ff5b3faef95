package spec_test

import (
	"go/types"
	"testing"

	"github.com/hashicorp/hcl/v2"

	"github.com/lifegen/lifegen/spec"
)

// callShape is what a test expects of a Call.
type callShape struct {
	ctx, cleanup, err bool
	args              int
}

func checkCall(t *testing.T, name string, c *spec.Call, want callShape) {
	t.Helper()
	if c == nil {
		t.Errorf("%s: no call", name)
		return
	}
	got := callShape{c.Ctx, c.Cleanup, c.Error, len(c.Args)}
	if got != want || c.Func == nil || c.Sig == nil || c.Func.Type() != c.Sig {
		t.Errorf("%s: call %+v (func %v), want %+v", name, got, c.Func, want)
	}
}

// methodShape is what a test expects of a Method: ctx, cause, error.
type methodShape struct{ ctx, cause, err bool }

func checkMethod(t *testing.T, name string, m *spec.Method, want methodShape) {
	t.Helper()
	if m == nil {
		t.Errorf("%s: no method", name)
		return
	}
	if got := (methodShape{m.Ctx, m.Cause, m.Error}); got != want || m.Sig == nil {
		t.Errorf("%s: method %+v, want %+v", name, got, want)
	}
}

// service returns the service named name.
func service(t *testing.T, s *spec.Spec, name string) *spec.Service {
	t.Helper()
	for _, sv := range s.Services {
		if sv.Name == name {
			return sv
		}
	}
	t.Fatalf("no service %q", name)
	return nil
}

// TestTypedShapes checks the Typed fields CheckTypes fills for every
// accepted constructor, handler and method shape.
func TestTypedShapes(t *testing.T) {
	c := findCase(t, "shapes")
	s := c.spec
	if s.Pkg == nil || s.Pkg.Path() != "example.com/corpus/shapes" {
		t.Fatalf("Spec.Pkg = %v", s.Pkg)
	}
	for _, in := range s.Inputs {
		if in.Typed == nil {
			t.Errorf("input %s: no type", in.Name)
		}
	}
	if got := types.TypeString(s.Inputs[2].Typed, nil); got != "example.com/corpus/lib.Box[int]" {
		t.Errorf("input boxes: %s", got)
	}
	calls := map[string]callShape{
		"a": {ctx: true, args: 1},
		"b": {err: true, args: 1},
		"c": {ctx: true, cleanup: true, args: 1},
		"d": {cleanup: true, err: true, args: 2},
		"e": {},
		"f": {ctx: true, err: true, args: 1},
		"h": {ctx: true, args: 2},
	}
	for name, want := range calls {
		sv := service(t, s, name)
		if sv.Typed == nil {
			t.Errorf("service %s: not typed", name)
			continue
		}
		checkCall(t, name, sv.Typed.Start, want)
	}
	a, b, e := service(t, s, "a").Typed, service(t, s, "b").Typed, service(t, s, "e").Typed
	checkMethod(t, "a.run", a.Run, methodShape{ctx: true, err: true})
	checkMethod(t, "a.stop", a.Stop, methodShape{err: true})
	checkMethod(t, "a.check", a.Check, methodShape{ctx: true})
	checkMethod(t, "b.run", b.Run, methodShape{})
	checkMethod(t, "b.stop", b.Stop, methodShape{ctx: true, cause: true, err: true})
	checkMethod(t, "b.check", b.Check, methodShape{err: true})
	checkMethod(t, "c.stop", service(t, s, "c").Typed.Stop, methodShape{cause: true, err: true})
	checkMethod(t, "d.stop", service(t, s, "d").Typed.Stop, methodShape{ctx: true, cause: true})
	checkMethod(t, "e.stop", e.Stop, methodShape{cause: true})
	checkMethod(t, "e.check", e.Check, methodShape{ctx: true, err: true})
	checkMethod(t, "f.stop", service(t, s, "f").Typed.Stop, methodShape{ctx: true})
	if got := types.TypeString(e.Value, nil); got != "example.com/corpus/shapes.E" {
		t.Errorf("e value %s", got)
	}
	workers := map[string]callShape{
		"handle": {ctx: true, err: true, args: 1},
		"quiet":  {},
		"any":    {err: true, args: 1},
	}
	for _, w := range s.Workers {
		if w.Typed == nil {
			t.Errorf("worker %s: not typed", w.Name)
			continue
		}
		checkCall(t, w.Name, w.Typed.Handler, workers[w.Name])
		if got := types.TypeString(w.Typed.Item, nil); got != "example.com/corpus/shapes.Order" {
			t.Errorf("worker %s: item %s", w.Name, got)
		}
	}
}

// TestTypedAssign checks interface values and variadic calls.
func TestTypedAssign(t *testing.T) {
	s := findCase(t, "assign").spec
	router := service(t, s, "router").Typed
	if router == nil || len(router.Start.Args) != 3 || !router.Start.Sig.Variadic() {
		t.Fatalf("router: %+v", router)
	}
	for i, a := range router.Start.Args {
		if a.Slice != nil {
			t.Errorf("router arg %d: Slice %v for a plain reference", i, a.Slice)
		}
	}
	store := service(t, s, "store").Typed
	if store == nil || !types.IsInterface(store.Value) {
		t.Fatalf("store: %+v", store)
	}
	checkMethod(t, "store.stop", store.Stop, methodShape{err: true})
	checkMethod(t, "store.check", store.Check, methodShape{ctx: true, err: true})
}

// parseWith parses src and checks it against the package of a corpus
// case, after edit changes the parsed spec (to build what the current
// syntax cannot write).
func parseWith(t *testing.T, pkgCase, src string, edit func(*spec.Spec)) (*spec.Spec, hcl.Diagnostics) {
	t.Helper()
	s, diags := spec.Parse("lifecycle.hcl", []byte(src))
	if diags.HasErrors() {
		t.Fatalf("parse: %v", diags)
	}
	edit(s)
	return s, spec.CheckTypes(s, findCase(t, pkgCase).pkgs)
}

// summaries lists the summaries of diags.
func summaries(diags hcl.Diagnostics) []string {
	var out []string
	for _, d := range diags {
		out = append(out, d.Summary)
	}
	return out
}

// TestInferredType checks that a service without a type takes its
// constructor's first result, from any package.
func TestInferredType(t *testing.T) {
	const src = `
lifegen {
  imports = { lib = "example.com/corpus/lib" }
}
service "cache" {
  type  = "*Cache"
  start = "NewCache"
  stop  = "Close"
}
service "api" {
  type       = "*API"
  start      = "NewAPI"
  depends_on = [service.cache]
}
service "thing" {
  type  = "*lib.Thing"
  start = "NewThing"
  stop  = "Close"
}
`
	s, diags := parseWith(t, "v2infer", src, func(s *spec.Spec) {
		for _, sv := range s.Services {
			sv.Type = spec.GoType{}
		}
	})
	if len(diags) > 0 {
		t.Fatalf("diagnostics: %v", diags)
	}
	for name, want := range map[string]string{"cache": "*example.com/corpus/v2infer.Cache", "api": "*example.com/corpus/v2infer.API", "thing": "*example.com/corpus/lib.Thing"} {
		if got := types.TypeString(service(t, s, name).Typed.Value, nil); got != want {
			t.Errorf("%s: value %s, want %s", name, got, want)
		}
	}
	checkCall(t, "cache", service(t, s, "cache").Typed.Start, callShape{ctx: true, cleanup: true, err: true})
}

// groupSpec is the v2groups case without groups: the test makes them.
const groupSpec = `
lifegen {
  imports = { slog = "log/slog" }
}
input "log" {
  type = "*slog.Logger"
}
service "echo" {
  type  = "*Echo"
  start = "NewEcho"
}
service "hello" {
  type  = "Hello"
  start = "NewHello"
}
service "other" {
  type  = "Other"
  start = "NewOther"
}
service "router" {
  type       = "*Router"
  start      = "START"
  depends_on = [input.log, service.echo, service.hello]
}
`

// group makes depends_on entries from..to of a service one group.
func group(sv *spec.Service, from, to int) {
	g := spec.Dep{Group: true, Range: hcl.RangeBetween(sv.DependsOn[from].Range, sv.DependsOn[to-1].Range)}
	for _, d := range sv.DependsOn[from:to] {
		g.Refs = append(g.Refs, d.Refs...)
	}
	sv.DependsOn = append(append(sv.DependsOn[:from:from], g), sv.DependsOn[to:]...)
}

// TestGroups checks a group passed as a slice and spread into a variadic
// parameter, and the group mistakes.
func TestGroups(t *testing.T) {
	tests := []struct {
		start   string
		edit    func(*spec.Service)
		slice   string // Arg.Slice of the group, "" for nil
		summary string // the one diagnostic expected, if any
	}{
		{"NewSliceRouter", func(sv *spec.Service) { group(sv, 1, 3) }, "example.com/corpus/v2groups.Route", ""},
		{"NewVariadicRouter", func(sv *spec.Service) { group(sv, 1, 3) }, "", ""},
		{"NewVariadicRouter", func(sv *spec.Service) { group(sv, 2, 3) }, "", ""},
		{"NewPlain", func(sv *spec.Service) { group(sv, 1, 2); sv.DependsOn = sv.DependsOn[:2] }, "", "Group needs a slice parameter"},
		{"NewSliceRouter", func(sv *spec.Service) {
			sv.DependsOn[2].Refs[0].Name = "other"
			group(sv, 1, 3)
		}, "", "Dependency type mismatch"},
	}
	for _, tt := range tests {
		src := []byte(groupSpec)
		s, diags := parseWith(t, "v2groups", string(src), func(s *spec.Spec) {
			sv := service(t, s, "router")
			sv.Start.Name = tt.start
			tt.edit(sv)
		})
		got := summaries(diags)
		if tt.summary != "" {
			if len(got) != 1 || got[0] != tt.summary {
				t.Errorf("%s: diagnostics %q, want %q", tt.start, got, tt.summary)
			}
			continue
		}
		if len(got) > 0 {
			t.Errorf("%s: diagnostics %v", tt.start, diags)
			continue
		}
		r := service(t, s, "router").Typed
		last := r.Start.Args[len(r.Start.Args)-1]
		if gotSlice := typeString(last.Slice); gotSlice != tt.slice {
			t.Errorf("%s: group Slice %q, want %q", tt.start, gotSlice, tt.slice)
		}
	}
}

// typeString prints t fully qualified, "" for nil.
func typeString(t types.Type) string {
	if t == nil {
		return ""
	}
	return types.TypeString(t, nil)
}

// TestAppShutdown checks that app.shutdown passes a func(error).
func TestAppShutdown(t *testing.T) {
	for start, want := range map[string]string{"NewShutdown": "", "NewBadShutdown": "Dependency type mismatch"} {
		_, diags := parseWith(t, "v2groups", groupSpec, func(s *spec.Spec) {
			sv := service(t, s, "router")
			sv.Start.Name = start
			sv.Type = spec.GoType{}
			sv.DependsOn = []spec.Dep{{Refs: []spec.Ref{{Kind: spec.KindApp, Name: "shutdown"}}}}
		})
		got := summaries(diags)
		if want == "" && len(got) > 0 || want != "" && (len(got) != 1 || got[0] != want) {
			t.Errorf("%s: diagnostics %q, want %q", start, got, want)
		}
	}
}

// TestCheckWithoutTypes checks the fallback: a warning, and errors for
// what only the package's types could settle.
func TestCheckWithoutTypes(t *testing.T) {
	s, diags := spec.Parse("lifecycle.hcl", []byte(groupSpec))
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	service(t, s, "echo").Type = spec.GoType{}
	group(service(t, s, "router"), 1, 3)
	got := summaries(spec.CheckWithoutTypes(s, errFake))
	want := []string{"Missing service type", "Group needs package types", "Go package not loaded"}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] || got[2] != want[2] {
		t.Errorf("diagnostics %q, want %q", got, want)
	}
}

var errFake = fakeError("no go.mod")

type fakeError string

func (e fakeError) Error() string { return string(e) }
