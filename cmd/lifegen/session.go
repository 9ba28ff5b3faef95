package main

import (
	"fmt"
	"io"

	"github.com/hashicorp/hcl/v2"

	"github.com/lifegen/lifegen/spec"
)

// A session is one run of a command over several specs. It remembers every
// file read, as the diagnostics' source map, and collects the diagnostics
// of all specs so that they are printed once, together, at the end; one
// bad spec does not stop the others.
type session struct {
	stderr  io.Writer
	sources map[string][]byte // keyed by the path as given or resolved
	diags   hcl.Diagnostics
	failed  bool // a problem other than an error diagnostic was reported
}

func newSession(stderr io.Writer) *session {
	return &session{stderr: stderr, sources: map[string][]byte{}}
}

// errorf reports a problem that is not a diagnostic, such as an unreadable
// file, as "lifegen: MESSAGE" on stderr, and marks the run failed.
func (s *session) errorf(format string, args ...any) {
	fmt.Fprintf(s.stderr, "lifegen: "+format+"\n", args...)
	s.failed = true
}

// specs resolves SPEC arguments (see resolveSpecs), reporting each
// argument that matches no spec.
func (s *session) specs(args []string) []string {
	paths, errs := resolveSpecs(args)
	for _, err := range errs {
		s.errorf("%v", err)
	}
	return paths
}

// read returns the bytes of a spec (see readSpec) and records them as a
// diagnostics source. It reports an error and returns false when the file
// cannot be read.
func (s *session) read(path string) ([]byte, bool) {
	src, err := readSpec(path)
	if err != nil {
		s.errorf("%v", err)
		return nil, false
	}
	s.sources[path] = src
	return src, true
}

// parse reads and decodes a spec, keeping its diagnostics. It returns nil
// when the file cannot be read or the spec has errors.
func (s *session) parse(path string) *spec.Spec {
	src, ok := s.read(path)
	if !ok {
		return nil
	}
	sp, diags := spec.Parse(path, src)
	s.diags = append(s.diags, diags...)
	if diags.HasErrors() {
		return nil
	}
	return sp
}

// parseForTypes is parse for load: it also returns a spec whose only
// errors are in values, so that its Go names and types are checked in the
// same run; ok reports whether it has no errors.
func (s *session) parseForTypes(path string) (sp *spec.Spec, ok bool) {
	src, read := s.read(path)
	if !read {
		return nil, false
	}
	sp, diags := spec.ParseForTypes(path, src)
	s.diags = append(s.diags, diags...)
	return sp, !diags.HasErrors()
}

// addDiags keeps diagnostics found outside spec.Parse (by fmt's syntax
// check).
func (s *session) addDiags(diags hcl.Diagnostics) { s.diags = append(s.diags, diags...) }

// hasFailed reports whether anything went wrong so far.
func (s *session) hasFailed() bool { return s.failed || s.diags.HasErrors() }

// finish prints the collected diagnostics to w in format ("text" or "json";
// text prints nothing when there are none, json always prints one array)
// and returns errFailed if anything went wrong during the session.
func (s *session) finish(w io.Writer, format string) error {
	switch {
	case format == "json" && len(s.diags) == 0:
		fmt.Fprintln(w, "[]")
	case len(s.diags) > 0:
		if err := spec.WriteDiagnostics(w, s.diags, s.sources, format); err != nil {
			s.errorf("writing diagnostics: %v", err)
		}
	}
	if s.hasFailed() {
		return errFailed
	}
	return nil
}
