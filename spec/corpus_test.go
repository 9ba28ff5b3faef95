package spec

import (
	"fmt"
	"go/ast"
	goparser "go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"
)

// markerRE finds the expected-diagnostic markers of the bad corpus:
// "# ERROR: summary" or "# WARNING: summary" on the line the diagnostic's
// subject starts at, or "# ERROR@+1: summary" for a line above or below.
// A summary ends at the next marker, or at a quote (in JSON a marker is
// inside a "//" string).
var markerRE = regexp.MustCompile(`#\s*(ERROR|WARNING)(@[+-]\d+)?:\s*([^#"]*)`)

// marker is one expected diagnostic.
type marker struct {
	severity hcl.DiagnosticSeverity
	summary  string
	line     int
}

func (m marker) String() string {
	sev := "ERROR"
	if m.severity == hcl.DiagWarning {
		sev = "WARNING"
	}
	return fmt.Sprintf("line %d: %s: %s", m.line, sev, m.summary)
}

// readMarkers returns the markers of a corpus file.
func readMarkers(t *testing.T, src []byte) []marker {
	t.Helper()
	var ms []marker
	for i, line := range strings.Split(string(src), "\n") {
		for _, m := range markerRE.FindAllStringSubmatch(line, -1) {
			mk := marker{severity: hcl.DiagError, summary: strings.TrimSpace(m[3]), line: i + 1}
			if m[1] == "WARNING" {
				mk.severity = hcl.DiagWarning
			}
			if m[2] != "" {
				off, err := strconv.Atoi(m[2][1:])
				if err != nil {
					t.Fatalf("line %d: bad marker offset %q", i+1, m[2])
				}
				mk.line += off
			}
			ms = append(ms, mk)
		}
	}
	return ms
}

// corpusFiles lists the bad corpus: native specs, and JSON specs whose
// markers are in "//" (comment) properties.
func corpusFiles(t *testing.T) []string {
	t.Helper()
	native, err := filepath.Glob("testdata/bad/*.hcl")
	if err != nil || len(native) == 0 {
		t.Fatalf("no corpus files: %v", err)
	}
	json, err := filepath.Glob("testdata/bad/*.hcl.json")
	if err != nil {
		t.Fatal(err)
	}
	return append(native, json...)
}

// TestBadCorpus parses every spec in testdata/bad and checks that its
// diagnostics are exactly the ones its markers expect.
func TestBadCorpus(t *testing.T) {
	files := corpusFiles(t)
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			want := readMarkers(t, src)
			if len(want) == 0 {
				t.Fatal("no markers in corpus file")
			}
			s, diags := Parse(file, src)
			if s != nil && diags.HasErrors() {
				t.Error("Parse returned a spec along with errors")
			}
			matchMarkers(t, want, diags)
		})
	}
}

// matchMarkers pairs each diagnostic with one marker and reports the
// leftovers on both sides.
func matchMarkers(t *testing.T, want []marker, diags hcl.Diagnostics) {
	t.Helper()
	used := make([]bool, len(want))
	for _, d := range diags {
		got := marker{severity: d.Severity, summary: d.Summary}
		if d.Subject != nil {
			got.line = d.Subject.Start.Line
		}
		found := false
		for i, m := range want {
			if !used[i] && m == got {
				used[i], found = true, true
				break
			}
		}
		if !found {
			t.Errorf("unexpected diagnostic %s (%s)", got, d.Detail)
		}
	}
	for i, m := range want {
		if !used[i] {
			t.Errorf("missing diagnostic %s", m)
		}
	}
}

// TestCorpusCoversSummaries checks that the corpora (testdata/bad and the
// types corpus, testdata/types) expect every diagnostic summary the spec
// package emits itself.
func TestCorpusCoversSummaries(t *testing.T) {
	files := corpusFiles(t)
	typed, _ := filepath.Glob("testdata/types/*/lifecycle.hcl")
	files = append(files, typed...)
	seen := map[string]bool{}
	for _, file := range files {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range readMarkers(t, src) {
			seen[m.summary] = true
		}
	}
	for _, s := range emittedSummaries(t) {
		if !seen[s] {
			t.Errorf("no corpus file expects %q", s)
		}
	}
}

// emittedSummaries collects the summaries in the package's source: the
// literal summary arguments of errorf, warnf, enum, oneOf and fail (a type
// expression's problem), the Summary of Diagnostic literals, the first
// field of typeError literals, and the "Reference to undeclared"
// summaries built from a kind.
func emittedSummaries(t *testing.T) []string {
	t.Helper()
	fset := token.NewFileSet()
	paths, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	summaryArg := map[string]int{"errorf": 1, "warnf": 1, "enum": 3, "oneOf": 4, "fail": 0}
	found := map[string]bool{}
	for _, path := range paths {
		if strings.HasSuffix(path, "_test.go") {
			continue
		}
		f, err := goparser.ParseFile(fset, path, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			var lit ast.Expr
			switch n := n.(type) {
			case *ast.CallExpr:
				if sel, ok := n.Fun.(*ast.SelectorExpr); ok {
					if i, ok := summaryArg[sel.Sel.Name]; ok && i < len(n.Args) {
						lit = n.Args[i]
					}
				}
			case *ast.CompositeLit:
				if id, ok := n.Type.(*ast.Ident); ok && id.Name == "typeError" && len(n.Elts) > 0 {
					lit = n.Elts[0]
				}
			case *ast.KeyValueExpr:
				if id, ok := n.Key.(*ast.Ident); ok && id.Name == "Summary" {
					lit = n.Value
				}
			}
			if bl, ok := lit.(*ast.BasicLit); ok && bl.Kind == token.STRING {
				s, _ := strconv.Unquote(bl.Value)
				found[s] = true
			}
			return true
		})
	}
	for _, k := range []Kind{KindService, KindQueue, KindInput, KindWorker} {
		found["Reference to undeclared "+string(k)] = true
	}
	var out []string
	for s := range found {
		out = append(out, s)
	}
	sort.Strings(out)
	if len(out) < 30 {
		t.Fatalf("found only %d summaries in the source: %q", len(out), out)
	}
	return out
}
