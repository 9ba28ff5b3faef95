package programs

import (
	"bytes"
	"strings"
	"testing"
)

var benchMod = []byte("module github.com/lifegen/lifegen/bench\n\ngo 1.26\n\nrequire go.uber.org/fx v1.24.0\n\nreplace github.com/lifegen/lifegen => ..\n\ntool github.com/google/wire/cmd/wire\n")

func TestTree(t *testing.T) {
	cfg := Config{W1Sizes: []int{10}, Workers: 2, BuildSizes: []int{10}}
	a, err := Tree(cfg, "/src/lifegen/bench/_gen", "/src/lifegen/bench", benchMod, []byte("sum\n"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := Tree(cfg, "/src/lifegen/bench/_gen", "/src/lifegen/bench", benchMod, []byte("sum\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(a) != len(b) {
		t.Fatalf("two calls give %d and %d files", len(a), len(b))
	}
	paths := map[string]bool{}
	for i := range a {
		if a[i].Path != b[i].Path || !bytes.Equal(a[i].Bytes, b[i].Bytes) {
			t.Errorf("%s differs between two calls", a[i].Path)
		}
		if paths[a[i].Path] {
			t.Errorf("%s written twice", a[i].Path)
		}
		paths[a[i].Path] = true
	}
	for _, want := range []string{"w1/n10/par/lifecycle.hcl", "w1/n10/seq/lifecycle.hcl", "w2/n100/par/lifecycle.hcl",
		"w4/pool/lifecycle.hcl", "build/n10/lifegen/lifecycle.hcl", "build/n10/wire/wire.go", "build/n10/hand/hand.go"} {
		if !paths[want] {
			t.Errorf("no %s", want)
		}
	}
	mod := string(a[0].Bytes)
	for _, want := range []string{"module " + GenModule, "\tgo.uber.org/fx v1.24.0\n", Module + " => ./..\n", "github.com/lifegen/lifegen => ./../..\n"} {
		if !strings.Contains(mod, want) {
			t.Errorf("go.mod lacks %q:\n%s", want, mod)
		}
	}
	if strings.Contains(mod, "tool") {
		t.Errorf("go.mod has the bench module's tools:\n%s", mod)
	}
}

// TestQueuesHaveSenders checks that every queue of the W4 specs is in the
// depends_on of a component, so that lifegen has no warning to print.
func TestQueuesHaveSenders(t *testing.T) {
	fs, err := w4Files(4)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fs {
		if !strings.HasSuffix(f.Path, ".hcl") {
			continue
		}
		src := string(f.Bytes)
		if strings.Contains(src, "queue \"jobs\"") && !strings.Contains(src, "depends_on = [queue.jobs]") {
			t.Errorf("%s: queue jobs has no sender", f.Path)
		}
	}
}
