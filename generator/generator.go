package generator

import (
	"errors"
	"fmt"

	"github.com/lifegen/lifegen/spec"
)

// Options are the choices the command line makes for a spec.
type Options struct {
	// Package is the package clause used when the spec does not set
	// lifegen.package; the command resolves it from --package, $GOPACKAGE,
	// the directory's Go files or its name.
	Package string
}

// File is one generated Go file.
type File struct {
	// Name is the base name of the output, e.g. "lifecycle_gen.go".
	Name string
	// Bytes is the gofmt-clean source.
	Bytes []byte
}

// OutputName returns the default output base name for a spec file name:
// ".hcl" or ".hcl.json" replaced by "_gen.go".
func OutputName(specName string) string {
	for _, ext := range [...]string{".hcl.json", ".hcl"} {
		if n := len(specName) - len(ext); n >= 0 && specName[n:] == ext {
			return specName[:n] + "_gen.go"
		}
	}
	return specName + "_gen.go"
}

// Generate renders the Go file for a validated spec. The same spec and
// options always give the same bytes. An error is an internal error of
// lifegen, never a problem of the spec.
func Generate(s *spec.Spec, opts Options) (File, error) {
	if s == nil || s.Graph == nil {
		return File{}, errors.New("internal error: Generate needs a validated spec, please report")
	}
	src, err := render(s, opts)
	if err != nil {
		return File{}, fmt.Errorf("internal error: generating %s: %w, please report", specBase(s.Filename), err)
	}
	return File{Name: OutputName(specBase(s.Filename)), Bytes: src}, nil
}
