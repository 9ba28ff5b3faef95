package bench

import (
	"bytes"
	"os"
	"testing"

	"github.com/lifegen/lifegen/bench/internal/specs"
)

// TestGeneratedFilesAreFresh regenerates every generated file in memory,
// with the lifegen of this checkout, and compares it with the one on disk.
func TestGeneratedFilesAreFresh(t *testing.T) {
	files, err := specs.Files()
	if err != nil {
		t.Fatal(err)
	}
	stale := 0
	for _, f := range files {
		old, err := os.ReadFile(f.Path)
		if err != nil || !bytes.Equal(old, f.Bytes) {
			stale++
			t.Errorf("%s is stale or missing", f.Path)
		}
	}
	if stale > 0 {
		t.Log("run `go generate ./...` in bench/ to regenerate")
	}
}
