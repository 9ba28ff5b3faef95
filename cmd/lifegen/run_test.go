package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
)

// TestRunExitCodes checks the mapping from outcomes to exit codes in
// process; the scripts check the same through the binary.
func TestRunExitCodes(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "missing.hcl")
	tests := []struct {
		args   []string
		code   int
		stderr string
	}{
		{[]string{"version"}, 0, ""},
		{[]string{"--help"}, 0, ""},
		{[]string{"frobnicate"}, 2, `unknown command "frobnicate"`},
		{[]string{"generate", "--bogus"}, 2, "unknown flag: --bogus"},
		{[]string{"validate", "--format", "yaml"}, 2, "must be one of text, json"},
		{[]string{"graph", "a", "b"}, 2, "accepts at most 1 arg"},
		{[]string{"generate", missing}, 1, "lifegen: open " + missing + ": no such file or directory\n"},
	}
	for _, tt := range tests {
		var stdout, stderr bytes.Buffer
		code := run(tt.args, strings.NewReader(""), &stdout, &stderr)
		if code != tt.code || !strings.Contains(stderr.String(), tt.stderr) {
			t.Errorf("run(%q) = %d, stderr %q; want %d, stderr containing %q", tt.args, code, stderr.String(), tt.code, tt.stderr)
		}
	}
}
