package bench

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/lifegen/lifegen/bench/internal/proc"
	"github.com/lifegen/lifegen/bench/internal/programs"
)

// TestPrograms generates a small tree of benchmark programs with the
// lifegen of this checkout and checks it as run.sh would use it: the
// generators print no warning, the tree's own tests pass (every system
// starts and stops each component in order, the pool drains its queue),
// and the W3/W5 program builds and runs the same way all three ways.
// Without -short it also runs every benchmark once on that tree.
func TestPrograms(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command")
	}
	tree := filepath.Join(t.TempDir(), "gen")
	out := run(t, ".", "go", "run", "./internal/gen", "-o", tree, "-w1", "10", "-build", "10", "-workers", "2")
	for _, line := range strings.Split(out, "\n") {
		if strings.Contains(line, "Warning") || strings.Contains(line, "warning") {
			t.Errorf("generating printed a warning: %s", line)
		}
	}
	run(t, tree, "go", "test", "-short", "-count=1", "./...")
	for _, way := range programs.Ways {
		dir := filepath.Join(tree, programs.BuildDir(10, way))
		bin := filepath.Join(t.TempDir(), way)
		run(t, dir, "go", "build", "-o", bin, ".")
		run(t, dir, bin)
	}
	if testing.Short() {
		return
	}
	run(t, tree, "go", "test", "-run", "^$", "-bench", ".", "-benchtime", "1x", "./...")
	t.Setenv("BENCH_TREE", tree)
	run(t, ".", "go", "test", "-run", "^$", "-bench", ".", "-benchtime", "1x", "./w3", "./w5")
}

// run runs a command in dir and returns what it printed; it fails the
// test on an error.
func run(t *testing.T, dir, name string, args ...string) string {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = proc.Env()
	t0 := time.Now()
	out, err := cmd.CombinedOutput()
	t.Logf("%s %s (%.1fs)", filepath.Base(name), strings.Join(args, " "), time.Since(t0).Seconds())
	if err != nil {
		t.Fatalf("%s %s in %s: %v\n%s", name, strings.Join(args, " "), dir, err, out)
	}
	return string(out)
}
