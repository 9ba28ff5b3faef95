package spec

import (
	"io"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// FuzzParse checks that no input makes Parse or WriteDiagnostics panic,
// in either syntax, and that a spec without errors has a complete graph.
func FuzzParse(f *testing.F) {
	for _, pattern := range []string{"testdata/bad/*.hcl", "testdata/bad/*.hcl.json", "testdata/valid/*.hcl", "testdata/valid/*.hcl.json"} {
		files, _ := filepath.Glob(pattern)
		for _, file := range files {
			src, err := os.ReadFile(file)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(src)
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		for _, name := range []string{"f.hcl", "f.hcl.json"} {
			s, diags := Parse(name, src)
			if s != nil && diags.HasErrors() {
				t.Fatalf("%s: spec returned with errors", name)
			}
			if s != nil {
				checkSpecInvariants(t, s)
			}
			sources := map[string][]byte{name: src}
			if err := WriteDiagnostics(io.Discard, diags, sources, "text"); err != nil {
				t.Fatal(err)
			}
			if err := WriteDiagnostics(io.Discard, diags, sources, "json"); err != nil {
				t.Fatal(err)
			}
		}
	})
}

// checkSpecInvariants checks what the generator relies on in a valid spec.
func checkSpecInvariants(t *testing.T, s *Spec) {
	g := s.Graph
	n := len(s.Components)
	if len(g.Deps) != n || len(g.Needs) != n || len(g.After) != n || len(g.Dependents) != n || len(g.Order) != n {
		t.Fatalf("graph sizes: %d nodes, deps %d, needs %d, after %d, dependents %d, order %d", n, len(g.Deps), len(g.Needs), len(g.After), len(g.Dependents), len(g.Order))
	}
	pos := make([]int, n)
	for i, node := range g.Order {
		pos[node] = i
	}
	for i, deps := range g.Deps {
		for _, d := range deps {
			if pos[d] >= pos[i] {
				t.Fatalf("order %v starts %d before its dependency %d", g.Order, i, d)
			}
		}
	}
	for i := range n {
		if want := slices.Concat(g.Needs[i], g.After[i]); !slices.Equal(g.Deps[i], want) {
			t.Fatalf("node %d: Deps %v, want Needs then After %v", i, g.Deps[i], want)
		}
	}
	for _, tg := range s.Targets {
		if !slices.IsSorted(tg.Closure) || !slices.Equal(g.Closure(tg.Closure), tg.Closure) {
			t.Fatalf("target %q: closure %v is not sorted or not closed", tg.Name, tg.Closure)
		}
	}
	for _, c := range s.Components {
		if !nameRE.MatchString(c.Info().Name) || !isIdent(c.Info().GoName) {
			t.Fatalf("bad name %q / %q in a valid spec", c.Info().Name, c.Info().GoName)
		}
	}
	if n > 0 && (len(g.CriticalPath) != len(g.Waves) || len(g.CriticalPath) == 0) {
		t.Fatalf("critical path %v does not span waves %v", g.CriticalPath, g.Waves)
	}
}
