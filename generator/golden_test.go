package generator

import (
	"bytes"
	"flag"
	"go/format"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/lifegen/lifegen/internal/goload"
	"github.com/lifegen/lifegen/spec"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

const goldenRoot = "../testdata/golden"

// goldenSpecs lists every spec of the golden corpus.
func goldenSpecs(t *testing.T) []string {
	t.Helper()
	specs, err := filepath.Glob(filepath.Join(goldenRoot, "*", "*.hcl"))
	if err != nil || len(specs) == 0 {
		t.Fatalf("no golden specs: %v", err)
	}
	return specs
}

// generateFile parses and generates one spec file as the CLI does: the
// spec is checked against its package's Go types (loaded with the CLI's
// loader) and the package defaults to the directory name.
func generateFile(t *testing.T, path string) File {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s, diags := spec.Parse(filepath.Base(path), src)
	if diags.HasErrors() {
		t.Fatalf("%s: %v", path, diags)
	}
	var imports []string
	for _, imp := range s.Imports {
		imports = append(imports, imp.Path)
	}
	r := goload.Load([]goload.Request{{Dir: filepath.Dir(path), Imports: imports}})[0]
	if r.Err != nil {
		t.Fatalf("%s: loading its package: %v", path, r.Err)
	}
	if diags := spec.CheckTypes(s, r.Packages); diags.HasErrors() {
		t.Fatalf("%s: %v", path, diags)
	}
	f, err := Generate(s, Options{Package: filepath.Base(filepath.Dir(path))})
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// TestGolden compares the generated code of every golden spec with the file
// beside it. Run `go test ./generator -run TestGolden -update` to rewrite.
func TestGolden(t *testing.T) {
	for _, path := range goldenSpecs(t) {
		t.Run(strings.TrimPrefix(path, goldenRoot+"/"), func(t *testing.T) {
			f := generateFile(t, path)
			if formatted, err := format.Source(f.Bytes); err != nil || !bytes.Equal(formatted, f.Bytes) {
				t.Errorf("generated code is not gofmt-clean (err %v)", err)
			}
			out := filepath.Join(filepath.Dir(path), f.Name)
			if *update {
				if err := os.WriteFile(out, f.Bytes, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(out)
			if err != nil {
				t.Fatalf("%v (run: go test ./generator -run TestGolden -update)", err)
			}
			if diff := cmp.Diff(string(want), string(f.Bytes)); diff != "" {
				t.Errorf("%s differs (-want +got):\n%s\nrun: go test ./generator -run TestGolden -update", out, diff)
			}
		})
	}
}

// TestGoldenModule vets the golden module and runs its tests, which start
// and stop every generated app under the race detector with goleak.
func TestGoldenModule(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the golden module")
	}
	for _, args := range [][]string{{"vet", "./..."}, {"test", "-race", "-count=1", "./..."}} {
		cmd := exec.Command("go", args...)
		cmd.Dir = "../testdata"
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("go %s in testdata: %v\n%s", strings.Join(args, " "), err, out)
		}
		t.Logf("go %s:\n%s", strings.Join(args, " "), out)
	}
}
