package main

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestWriteIfChanged(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "x_gen.go")

	wrote, err := writeIfChanged(path, []byte("one"), 0o644)
	if err != nil || !wrote {
		t.Fatalf("first write: wrote=%v err=%v", wrote, err)
	}
	assertFile(t, path, "one", 0o644)

	old := time.Now().Add(-time.Hour).Truncate(time.Second)
	if err := os.Chtimes(path, old, old); err != nil {
		t.Fatal(err)
	}
	wrote, err = writeIfChanged(path, []byte("one"), 0o644)
	if err != nil || wrote {
		t.Fatalf("same content: wrote=%v err=%v, want no write", wrote, err)
	}
	if fi, _ := os.Stat(path); !fi.ModTime().Equal(old) {
		t.Errorf("mtime changed to %v, want %v", fi.ModTime(), old)
	}

	if wrote, err = writeIfChanged(path, []byte("two"), 0o644); err != nil || !wrote {
		t.Fatalf("new content: wrote=%v err=%v", wrote, err)
	}
	assertFile(t, path, "two", 0o644)
	assertOnly(t, dir, "x_gen.go")
}

func TestWriteFileAtomicFailureLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "target")
	if err := os.Mkdir(target, 0o755); err != nil { // rename over a directory fails
		t.Fatal(err)
	}
	if err := writeFileAtomic(target, []byte("x"), 0o644); err == nil {
		t.Fatal("writeFileAtomic over a directory succeeded")
	}
	assertOnly(t, dir, "target")
	if err := writeFileAtomic(filepath.Join(dir, "no/such/dir/f"), []byte("x"), 0o644); err == nil {
		t.Fatal("writeFileAtomic into a missing directory succeeded")
	}
}

func TestFileMode(t *testing.T) {
	path := filepath.Join(t.TempDir(), "f")
	if got := fileMode(path, 0o644); got != 0o644 {
		t.Errorf("fileMode(missing) = %v, want 0644", got)
	}
	writeFiles(t, filepath.Dir(path), map[string]string{"f": ""})
	if err := os.Chmod(path, 0o600); err != nil {
		t.Fatal(err)
	}
	if got := fileMode(path, 0o644); got != 0o600 {
		t.Errorf("fileMode = %v, want 0600", got)
	}
}

func assertFile(t *testing.T, path, content string, perm os.FileMode) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil || string(b) != content {
		t.Fatalf("%s = %q, %v; want %q", path, b, err, content)
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != perm {
		t.Errorf("%s mode %v, want %v", path, fi.Mode().Perm(), perm)
	}
}

// assertOnly checks that dir holds exactly the named entries (no
// temporary files left behind).
func assertOnly(t *testing.T, dir string, names ...string) {
	t.Helper()
	entries, _ := os.ReadDir(dir)
	var got []string
	for _, e := range entries {
		got = append(got, e.Name())
	}
	if len(got) != len(names) {
		t.Fatalf("%s holds %q, want %q", dir, got, names)
	}
	for i := range got {
		if got[i] != names[i] {
			t.Fatalf("%s holds %q, want %q", dir, got, names)
		}
	}
}
