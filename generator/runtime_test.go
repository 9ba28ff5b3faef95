package generator

import (
	"bytes"
	"go/format"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestEmittedRuntimeIsTheTestedOne proves that the runtime in a generated
// file is, byte for byte after gofmt, the code of package templates: for
// app "App" the renaming is the identity, and the golden file ends with it.
func TestEmittedRuntimeIsTheTestedOne(t *testing.T) {
	rs, err := loadRuntime()
	if err != nil {
		t.Fatal(err)
	}
	var raw bytes.Buffer
	for _, p := range mustGlob(t, "../templates/runtime_*.go") {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		decls, _, err := splitRuntimeFile(p, src, map[string]bool{})
		if err != nil {
			t.Fatal(err)
		}
		raw.WriteString(decls + "\n")
	}
	got, err := rs.renamed(newPrefixes("App"))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(raw.String(), got); diff != "" {
		t.Fatalf("embedded runtime differs from templates/runtime_*.go (-files +emitted):\n%s", diff)
	}
	golden, err := os.ReadFile(filepath.Join(goldenRoot, "seed", "lifecycle_gen.go"))
	if err != nil {
		t.Fatal(err)
	}
	formatted, err := format.Source([]byte("package p\n" + got))
	if err != nil {
		t.Fatal(err)
	}
	body := strings.TrimPrefix(string(formatted), "package p\n")
	if !strings.HasSuffix(string(golden), strings.TrimLeft(body, "\n")) {
		t.Error("the seed golden file does not end with the tested runtime")
	}
}

func TestRenameGivesEveryNameTheAppPrefix(t *testing.T) {
	rs, err := loadRuntime()
	if err != nil {
		t.Fatal(err)
	}
	got, err := rs.renamed(newPrefixes("Shop"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"type Shop struct", "type ShopState string", "ShopRunning", "func shopNew(", "type shopRuntime struct", "// Shop starts, monitors"} {
		if !strings.Contains(got, want) {
			t.Errorf("renamed runtime lacks %q", want)
		}
	}
	for _, name := range rs.names {
		if strings.Contains(got, " "+name+" ") || strings.Contains(got, "("+name+")") {
			t.Errorf("renamed runtime still uses %s", name)
		}
	}
}

func mustGlob(t *testing.T, pattern string) []string {
	t.Helper()
	m, err := filepath.Glob(pattern)
	if err != nil || len(m) == 0 {
		t.Fatalf("glob %s: %v", pattern, err)
	}
	return m
}

// TestWiringNamesMatchTheStandIns: the names the runtime borrows from the
// generated part are exactly those package templates declares as stand-ins.
func TestWiringNamesMatchTheStandIns(t *testing.T) {
	src, err := os.ReadFile("../templates/wiring.go")
	if err != nil {
		t.Fatal(err)
	}
	_, names, err := splitRuntimeFile("wiring.go", src, map[string]bool{})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(wiringNames, names); diff != "" {
		t.Errorf("wiringNames differ from templates/wiring.go (-wiringNames +wiring.go):\n%s", diff)
	}
}
