package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadSpecSize(t *testing.T) {
	dir := t.TempDir()
	for size, ok := range map[int]bool{0: true, maxSpecSize: true, maxSpecSize + 1: false} {
		path := filepath.Join(dir, "lifecycle.hcl")
		if err := os.WriteFile(path, make([]byte, size), 0o644); err != nil {
			t.Fatal(err)
		}
		src, err := readSpec(path)
		if ok && (err != nil || len(src) != size) || !ok && (err == nil || !strings.Contains(err.Error(), "larger than 4 MiB")) {
			t.Errorf("size %d: %d bytes, %v", size, len(src), err)
		}
	}
}
