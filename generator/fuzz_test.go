package generator

import (
	"bytes"
	"errors"
	"go/format"
	"os"
	"path/filepath"
	"testing"

	"github.com/lifegen/lifegen/spec"
)

// FuzzGenerate: any input either fails validation or generates a file
// that parses as Go; never a panic or an internal error. Without a package
// to read, a spec goes through the checks lifegen applies when it cannot
// load one (a service needs its type, groups are refused).
//
//	go test ./generator -run '^$' -fuzz FuzzGenerate -fuzztime 10m
func FuzzGenerate(f *testing.F) {
	seeds, _ := filepath.Glob("../testdata/golden/*/*.hcl")
	valid, _ := filepath.Glob("../spec/testdata/valid/*.hcl")
	for _, p := range append(seeds, valid...) {
		if src, err := os.ReadFile(p); err == nil && len(src) < 64<<10 {
			f.Add(string(src))
		}
	}
	f.Add(smallSpec)
	f.Fuzz(func(t *testing.T, src string) {
		s, diags := spec.Parse("lifecycle.hcl", []byte(src))
		if diags.HasErrors() || spec.CheckWithoutTypes(s, errors.New("fuzzing")).HasErrors() {
			return
		}
		out, err := Generate(s, Options{Package: "fuzz"})
		if err != nil {
			t.Fatalf("valid spec failed to generate: %v\n%s", err, src)
		}
		formatted, err := format.Source(out.Bytes)
		if err != nil {
			t.Fatalf("generated code does not parse: %v\n%s", err, src)
		}
		if !bytes.Equal(formatted, out.Bytes) {
			t.Fatalf("generated code is not gofmt-clean\n%s", src)
		}
	})
}
