package examples_test

import (
	"os/exec"
	"testing"
)

// TestGeneratedFilesFresh runs `lifegen check` on every spec under
// examples/: it fails, with a diff, when a committed *_gen.go file differs
// from what `lifegen generate` would write now. Run `go generate
// ./examples/...` to refresh them.
func TestGeneratedFilesFresh(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the lifegen command")
	}
	gotool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command in PATH")
	}
	cmd := exec.CommandContext(t.Context(), gotool, "run", "./cmd/lifegen", "check", "./examples/...")
	cmd.Dir = ".." // the module root
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("lifegen check ./examples/...: %v\n%s\nRefresh the generated files with: go generate ./examples/...", err, out)
	}
}
