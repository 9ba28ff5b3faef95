package spec

import (
	"strings"
	"testing"
)

func TestCheckImportPath(t *testing.T) {
	valid := []string{
		"context", "database/sql", "net/http", "example.com/shop/store",
		"github.com/user/repo/v2", "gopkg.in/yaml.v3", "example.com/a_b-c~d+e",
		"example.com/.hidden",
	}
	for _, p := range valid {
		if err := checkImportPath(p); err != nil {
			t.Errorf("checkImportPath(%q) = %v, want nil", p, err)
		}
	}
	invalid := []string{
		"", "/abs", "a//b", "a/", "-a", "a b", "./a", "../a", "a/../b", "a/./b",
		"a/b.", "C", "a/con", "a/NUL.txt", "a/lpt1", "ü", "a\x00b", "a\"b",
		"a;b", "a\\b", "a:b", "\xff", "a/*", "a\nb",
	}
	for _, p := range invalid {
		if err := checkImportPath(p); err == nil {
			t.Errorf("checkImportPath(%q) = nil, want an error", p)
		}
	}
}

// typeParser is a parser with a few declared aliases, for testing Go text.
func typeParser() *parser {
	p := newParser("t.hcl")
	for _, a := range []string{"sql", "box"} {
		p.imports[a] = &importUse{imp: Import{Alias: a, Path: "example.com/" + a}}
	}
	return p
}

func TestGoTypeAccepted(t *testing.T) {
	for _, text := range []string{
		"int", "*Cache", "[]byte", "[4]byte", "[0x10]int", "map[string]int", "*sql.DB",
		"Box[int]", "box.Pair[string, *sql.Row]", "chan int", "<-chan int",
		"chan<- *sql.DB", "func()", "func(int, ...string) (bool, error)",
		"func(ctx context) error", "interface{}", "struct{}", "any", "(int)",
		"map[box.Key][]*box.Value", " *Cache ",
	} {
		p := typeParser()
		if _, ok := p.goType(text, rangeForTest()); !ok || len(p.diags) != 0 {
			t.Errorf("goType(%q) rejected: %v", text, p.diags)
		}
	}
}

func TestGoTypeRejected(t *testing.T) {
	tests := map[string]string{
		"Foo(); os.Exit(1)":               "Invalid Go type",
		"x\nfunc init(){}":                "Invalid Go type",
		"*T /* c */":                      "Invalid Go type",
		"int // c":                        "Invalid Go type",
		"int; var x int":                  "Invalid Go type",
		"int = 1":                         "Invalid Go type",
		"":                                "Invalid Go type",
		"map[string":                      "Invalid Go type",
		"struct{ X int }":                 "Unsupported type expression",
		"interface{ M() }":                "Unsupported type expression",
		"[N]int":                          "Unsupported type expression",
		"*os.File":                        "Undeclared import alias",
		"map[string]sqll.DB":              "Undeclared import alias",
		"sql.db":                          "Unsupported type expression",
		"func(x struct{ A int })":         "Unsupported type expression",
		"box.Pair[int, interface{ M() }]": "Unsupported type expression",
	}
	for text, want := range tests {
		p := typeParser()
		_, ok := p.goType(text, rangeForTest())
		if ok || len(p.diags) != 1 || p.diags[0].Summary != want {
			t.Errorf("goType(%q): ok=%v diags=%v, want one %q", text, ok, p.diags, want)
		}
	}
}

func TestGoFunc(t *testing.T) {
	tests := map[string]string{
		"NewCache":    "",
		"sql.Open":    "",
		"newCache":    "",
		"Application": "",
		"sql.open":    "Invalid function name",
		"os.Exit":     "Undeclared import alias",
		"Foo()":       "Invalid function name",
		"a.b.C":       "Invalid function name",
		"ctx":         "Reserved function name",
		"NewApp":      "Reserved function name",
		"AppStatus":   "Reserved function name",
		"appState":    "Reserved function name",
		"app":         "Reserved function name",
		"_":           "Invalid function name",
		"":            "Invalid function name",
	}
	for text, want := range tests {
		p := typeParser()
		_, ok := p.goFunc(text, rangeForTest(), "start")
		var got string
		if len(p.diags) > 0 {
			got = p.diags[0].Summary
		}
		if got != want || ok != (want == "") || len(p.diags) > 1 {
			t.Errorf("goFunc(%q) = %v %q, want %q", text, ok, got, want)
		}
	}
}

func TestUnusedAliasNotReportedWhenUsedInType(t *testing.T) {
	src := `lifegen {
  imports = { box = "example.com/box" }
}
input "x" { type = "map[string]box.T" }
`
	_, diags := Parse("t.hcl", []byte(src))
	for _, d := range diags {
		if strings.Contains(d.Summary, "Unused") {
			t.Errorf("unexpected %s", d.Summary)
		}
	}
}
