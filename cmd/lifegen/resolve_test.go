package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// writeTree creates files (with empty content) under dir.
func writeTree(t *testing.T, dir string, files ...string) {
	t.Helper()
	for _, f := range files {
		p := filepath.Join(dir, filepath.FromSlash(f))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestIsSpecName(t *testing.T) {
	for name, want := range map[string]bool{
		"lifecycle.hcl":          true,
		"lifecycle.hcl.json":     true,
		"api.lifecycle.hcl":      true,
		"api.lifecycle.hcl.json": true,
		"mylifecycle.hcl":        false,
		"lifecycle.json":         false,
		"other.hcl":              false,
		"lifecycle.hcl.bak":      false,
	} {
		if got := isSpecName(name); got != want {
			t.Errorf("isSpecName(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestCutPattern(t *testing.T) {
	tests := []struct {
		arg, root string
		ok        bool
	}{
		{"./...", ".", true},
		{"...", ".", true},
		{"svc/...", "svc", true},
		{"/...", "/", true},
		{"svc", "", false},
		{"svc/lifecycle.hcl", "", false},
		{"a...", "", false},
	}
	for _, tt := range tests {
		root, ok := cutPattern(tt.arg)
		if root != tt.root || ok != tt.ok {
			t.Errorf("cutPattern(%q) = %q, %v; want %q, %v", tt.arg, root, ok, tt.root, tt.ok)
		}
	}
}

func TestResolveSpecs(t *testing.T) {
	t.Chdir(t.TempDir())
	writeTree(t, ".",
		"lifecycle.hcl",
		"svc/b.lifecycle.hcl", "svc/a.lifecycle.hcl.json", "svc/lifecycle.hcl", "svc/notes.hcl",
		"svc/sub/lifecycle.hcl",
		"testdata/lifecycle.hcl", "vendor/lifecycle.hcl", ".git/lifecycle.hcl", "_old/lifecycle.hcl",
		"empty/README",
	)
	tests := []struct {
		args    []string
		want    []string
		wantErr string
	}{
		{nil, []string{"lifecycle.hcl"}, ""},
		{[]string{"missing.hcl"}, []string{"missing.hcl"}, ""},
		{[]string{"svc"}, []string{"svc/a.lifecycle.hcl.json", "svc/b.lifecycle.hcl", "svc/lifecycle.hcl"}, ""},
		{[]string{"./..."}, []string{"lifecycle.hcl", "svc/a.lifecycle.hcl.json", "svc/b.lifecycle.hcl", "svc/lifecycle.hcl", "svc/sub/lifecycle.hcl"}, ""},
		{[]string{"svc/sub/..."}, []string{"svc/sub/lifecycle.hcl"}, ""},
		{[]string{"testdata/..."}, []string{"testdata/lifecycle.hcl"}, ""}, // the root itself is never skipped
		{[]string{"lifecycle.hcl", "./lifecycle.hcl", "."}, []string{"lifecycle.hcl"}, ""},
		{[]string{"empty", "lifecycle.hcl"}, []string{"lifecycle.hcl"}, "no spec files in directory empty"},
		{[]string{"empty/..."}, nil, "pattern empty/...: no spec files found"},
	}
	for _, tt := range tests {
		got, errs := resolveSpecs(tt.args)
		for i := range got {
			got[i] = filepath.ToSlash(got[i])
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("resolveSpecs(%q) = %q, want %q", tt.args, got, tt.want)
		}
		switch {
		case tt.wantErr == "" && len(errs) > 0:
			t.Errorf("resolveSpecs(%q): unexpected errors %v", tt.args, errs)
		case tt.wantErr != "" && (len(errs) != 1 || !strings.Contains(errs[0].Error(), tt.wantErr)):
			t.Errorf("resolveSpecs(%q): errors %v, want one containing %q", tt.args, errs, tt.wantErr)
		}
	}
}
