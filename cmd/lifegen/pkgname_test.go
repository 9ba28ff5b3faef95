package main

import (
	"os"
	"path/filepath"
	"testing"
)

func TestSanitizeIdent(t *testing.T) {
	for in, want := range map[string]string{
		"shop":      "shop",
		"Shop":      "shop",
		"my-app":    "my_app",
		"my.app.v2": "my_app_v2",
		"2fast":     "_2fast",
		"func":      "func_",
		"type":      "type_",
		"café":      "café",
		"_x":        "_x",
		"/":         "pkg",
		"-":         "pkg",
		"":          "pkg",
	} {
		if got := sanitizeIdent(in); got != want {
			t.Errorf("sanitizeIdent(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestMostCommon(t *testing.T) {
	tests := []struct {
		count map[string]int
		want  string
	}{
		{nil, ""},
		{map[string]int{"a": 1}, "a"},
		{map[string]int{"a": 1, "b": 2}, "b"},
		{map[string]int{"zulu": 2, "alpha": 2, "mike": 1}, "alpha"},
	}
	for _, tt := range tests {
		if got := mostCommon(tt.count); got != tt.want {
			t.Errorf("mostCommon(%v) = %q, want %q", tt.count, got, tt.want)
		}
	}
}

func TestExcludedByConstraint(t *testing.T) {
	for c, want := range map[string]bool{
		"//go:build ignore":           true,
		"//go:build tools && ignore":  true,
		"//go:build linux":            false,
		"//go:build !ignore":          false,
		"// +build ignore":            false, // old syntax: not a //go:build line
		"// some comment":             false,
		"//go:generate echo ignore":   false,
		"//go:build ignore || linux":  false,
		"//go:build (ignore && tool)": true,
	} {
		if got := excludedByConstraint(c); got != want {
			t.Errorf("excludedByConstraint(%q) = %v, want %v", c, got, want)
		}
	}
}

// writeFiles writes name→content files into dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestDirPackage(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.go":        "// Package store ...\npackage store\n",
		"b.go":        "package store\n\nfunc F() {}\n",
		"c.go":        "package other\n",
		"a_test.go":   "package other\n",
		"x.go":        "package store_test\n",
		"gen.go":      "//go:build ignore\n\npackage main\n",
		"_old.go":     "package old\n",
		".hidden.go":  "package hidden\n",
		"broken.go":   "this is not go\n",
		"notes.txt":   "package notes\n",
		"linux_x.go":  "//go:build linux\n\npackage other\n",
		"zzz_more.go": "package store\n",
	})
	got, err := dirPackage(dir)
	if err != nil || got != "store" {
		t.Errorf("dirPackage = %q, %v; want store", got, err)
	}
	if got, err := dirPackage(filepath.Join(dir, "missing")); err != nil || got != "" {
		t.Errorf("dirPackage(missing) = %q, %v; want \"\", nil", got, err)
	}
}

func TestResolvePackage(t *testing.T) {
	root := t.TempDir()
	t.Chdir(root)
	for _, d := range []string{"shop", "Web-Site", "gofiles", "cmd/gofiles"} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	writeFiles(t, "gofiles", map[string]string{"x.go": "package existing\n"})
	writeFiles(t, "cmd/gofiles", map[string]string{"x.go": "package existing\n"})
	env := func(pkg string) func(string) string {
		return func(k string) string {
			if k == "GOPACKAGE" {
				return pkg
			}
			return ""
		}
	}
	tests := []struct {
		dir, flag, gopackage string
		want                 string
	}{
		{"gofiles", "flagged", "fromenv", "flagged"},
		{".", "", "fromenv", "fromenv"},
		{"gofiles", "", "fromenv", "existing"}, // $GOPACKAGE is about "." only
		{"gofiles", "", "", "existing"},
		{"shop", "", "", "shop"},
		{"Web-Site", "", "", "web_site"},
		{"new/dir", "", "", "dir"},
		{"cmd/server", "", "", "main"},
		{"tools/cmd/my-tool", "", "", "main"},
		{"cmd/server", "server", "", "server"},
		{"cmd/gofiles", "", "", "existing"},
		{"cmd", "", "", "cmd"},
		{".", "", "", sanitizeIdent(filepath.Base(root))},
	}
	for _, tt := range tests {
		got, err := resolvePackage(tt.dir, tt.flag, env(tt.gopackage))
		if err != nil || got != tt.want {
			t.Errorf("resolvePackage(%q, %q, GOPACKAGE=%q) = %q, %v; want %q", tt.dir, tt.flag, tt.gopackage, got, err, tt.want)
		}
	}
}

func TestCheckPackageName(t *testing.T) {
	for name, ok := range map[string]bool{"": true, "shop": true, "_x": true, "_": false, "my-app": false, "func": false, "1a": false} {
		if err := checkPackageName(name); (err == nil) != ok {
			t.Errorf("checkPackageName(%q) = %v, want ok=%v", name, err, ok)
		}
	}
}
