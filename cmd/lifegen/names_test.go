package main

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

func TestCheckGoFileName(t *testing.T) {
	tests := []struct {
		name string
		want string // a part of the error, "" for none
	}{
		{"lifecycle_gen.go", ""},
		{"api.lifecycle_gen.go", ""},
		{"2d_gen.go", ""},
		{"café_gen.go", ""},
		{"my app (v2)_gen.go", ""},
		{"app_gen.txt", "ends in .go"},
		{"-dash_gen.go", `start with '-'`},
		{"@at_gen.go", `start with '@'`},
		{"_x_gen.go", `ignores files whose names start with '_'`},
		{".x_gen.go", `ignores files whose names start with '.'`},
		{"a\nb_gen.go", `control character '\n'`},
		{"a\rb_gen.go", `control character '\r'`},
		{"a\x00b_gen.go", `control character '\x00'`},
		{"a\u0085b_gen.go", `control character '\u0085'`},
		{"a\xffb_gen.go", "not valid UTF-8"},
		{`a\b_gen.go`, `invalid char '\\'`},
		{"a:b_gen.go", `invalid char ':'`},
		{"a*b_gen.go", `invalid char '*'`},
		{"a😀_gen.go", `invalid char '😀'`},
		{"con.x_gen.go", "Windows"},
	}
	for _, tt := range tests {
		err := checkGoFileName(tt.name)
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("checkGoFileName(%q) = %v, want nil", tt.name, err)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
			t.Errorf("checkGoFileName(%q) = %v, want an error with %q", tt.name, err, tt.want)
		}
	}
}

// TestGenerateOddSpecNames runs generate on specs whose names cannot be
// put in a script: a newline, which would break the header comment, and
// a backslash, which is no part of a Go file name in a module.
func TestGenerateOddSpecNames(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("such names cannot be created on Windows")
	}
	dir := t.TempDir()
	const src = "lifegen {\n  package = \"x\"\n}\nservice \"db\" {\n  type  = \"*DB\"\n  start = \"Open\"\n}\n"
	tests := []struct {
		name   string
		args   []string
		stderr string
	}{
		{"a\nb.hcl", nil, `lifegen: "DIR/a\nb.hcl": the name of a spec goes into the header of its Go file, and it contains the control character '\n'` + "\n"},
		{"a\nb.hcl", []string{"-o", "ab_gen.go"}, `control character '\n'`},
		{"a\rb.hcl", nil, `control character '\r'`},
		{`a\b.hcl`, nil, `lifegen: DIR/a\b.hcl: cannot generate a\b_gen.go: the go command does not accept it in a module: invalid char '\\'; rename the spec, or name the Go file with -o` + "\n"},
	}
	for _, tt := range tests {
		spec := filepath.Join(dir, tt.name)
		if err := os.WriteFile(spec, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		var stdout, stderr bytes.Buffer
		args := append([]string{"generate"}, tt.args...)
		code := run(append(args, spec), strings.NewReader(""), &stdout, &stderr)
		want := strings.ReplaceAll(tt.stderr, "DIR", dir)
		if code != 1 || !strings.Contains(stderr.String(), want) {
			t.Errorf("generate %q = exit %d, stderr %q; want 1, stderr with %q", tt.name, code, &stderr, want)
		}
		os.Remove(spec)
		assertOnly(t, dir)
	}
}
