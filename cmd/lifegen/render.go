package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/lifegen/lifegen/generator"
)

// outputFlags are the flags generate and check share: both must agree on
// where a spec's Go file goes and what it holds.
type outputFlags struct {
	output string // -o: the output file, with exactly one spec
	pkg    string // --package
}

func (o *outputFlags) register(cmd *cobra.Command) {
	f := cmd.Flags()
	f.StringVarP(&o.output, "output", "o", "", "the generated `FILE` (only with exactly one spec; default SPECDIR/NAME_gen.go)")
	f.StringVar(&o.pkg, "package", "", "package `NAME` of the output when the spec does not set lifegen.package")
}

// checkArgs rejects flag combinations that are usage errors: an invalid
// --package, -o with other than one spec, an -o that is the spec, or one
// that cannot name a Go file (see checkGoFileName). It is called with the
// resolved spec paths.
func (o *outputFlags) checkArgs(args, paths []string) error {
	if err := checkPackageName(o.pkg); err != nil {
		return err
	}
	if o.output == "" {
		return nil
	}
	if len(paths) != 1 {
		return fmt.Errorf("-o/--output needs exactly one spec, got %d from %q", len(paths), args)
	}
	if isSameFile(o.output, paths[0]) {
		return fmt.Errorf("invalid -o/--output %s: it is the spec itself, which the Go code would replace", quoteName(o.output))
	}
	if err := checkGoFileName(filepath.Base(o.output)); err != nil {
		return fmt.Errorf("invalid -o/--output %s: %v", quoteName(o.output), err)
	}
	return nil
}

// isSameFile reports whether two paths name one existing file.
func isSameFile(a, b string) bool {
	fa, err := os.Stat(a)
	if err != nil {
		return false
	}
	fb, err := os.Stat(b)
	return err == nil && os.SameFile(fa, fb)
}

// distinct returns the specs whose Go files no other spec of the run also
// writes, reporting the others: lifecycle.hcl and lifecycle.hcl.json in
// one directory would both write lifecycle_gen.go, and A.hcl and a.hcl
// would write files that are one on a case-insensitive file system (and
// that the go command refuses in one package anyway).
func (o *outputFlags) distinct(s *session, paths []string) []string {
	first := map[string]string{} // folded output path → first spec
	clash := map[string]bool{}
	for _, p := range paths {
		key, err := filepath.Abs(o.outputPath(p))
		if err != nil {
			key = o.outputPath(p)
		}
		key = strings.ToLower(key)
		if q, ok := first[key]; ok {
			s.errorf("%s and %s would both generate %s; rename one of them", quoteName(q), quoteName(p), quoteName(o.outputPath(p)))
			clash[q], clash[p] = true, true
			continue
		}
		first[key] = p
	}
	var keep []string
	for _, p := range paths {
		if !clash[p] {
			keep = append(keep, p)
		}
	}
	return keep
}

// outputPath returns where the Go file of a spec goes: -o if given, else
// generator.OutputName of the spec's base name in the spec's directory.
func (o *outputFlags) outputPath(specPath string) string {
	if o.output != "" {
		return o.output
	}
	return filepath.Join(filepath.Dir(specPath), generator.OutputName(filepath.Base(specPath)))
}

// checkNames returns why the Go file of specPath cannot be generated at
// out for their names: the spec's name goes into the file's header, so it
// must print on one line, and a file for disk must have a Go file's name.
func (o *outputFlags) checkNames(specPath, out string, toFile bool) error {
	if err := checkPrintable(filepath.Base(specPath)); err != nil {
		return fmt.Errorf("the name of a spec goes into the header of its Go file, and %v", err)
	}
	if !toFile {
		return nil
	}
	err := checkGoFileName(filepath.Base(out))
	switch {
	case err == nil:
		return nil
	case o.output != "": // a usage error, unless the run had failed before checkArgs
		return fmt.Errorf("invalid -o/--output %s: %v", quoteName(o.output), err)
	}
	return fmt.Errorf("cannot generate %s: %v; rename the spec, or name the Go file with -o", quoteName(filepath.Base(out)), err)
}

// rendered is one spec's generated file, in memory.
type rendered struct {
	spec  string // the spec's path
	path  string // where the file goes
	bytes []byte
}

// renderAll parses and checks every spec (see session.load) and generates
// the Go file of each that has no errors. toFile says whether the files
// are meant for disk (generate, check) rather than stdout: only then must
// their names be Go files' and may they not replace a file lifegen did
// not generate. Problems go to the session.
func (o *outputFlags) renderAll(s *session, e *env, paths []string, toFile bool) []rendered {
	if toFile {
		paths = o.distinct(s, paths)
	}
	var named []string
	for _, p := range paths {
		if err := o.checkNames(p, o.outputPath(p), toFile); err != nil {
			s.errorf("%s: %v", quoteName(p), err)
			continue
		}
		named = append(named, p)
	}
	var out []rendered
	for _, j := range s.load(named, o.outputPath) {
		if toFile {
			if err := checkOverwrite(j.out, j.path); err != nil {
				s.errorf("%v", err)
				continue
			}
		}
		if r, ok := o.render(s, e, j); ok {
			out = append(out, r)
		}
	}
	return out
}

// render generates the Go file of a checked spec. It reports problems to
// the session and returns false on any.
func (o *outputFlags) render(s *session, e *env, j specJob) (rendered, bool) {
	// The generator uses only the base name of the spec's path, so the
	// output does not depend on the directory lifegen runs in: "check ./..."
	// from the repository root agrees with "go generate" in the spec's
	// directory (TestGenerateIsDeterministicAndPathFree in generator).
	sp := j.spec
	opts := generator.Options{Package: sp.Package}
	if opts.Package == "" {
		pkg, err := resolvePackage(filepath.Dir(j.out), o.pkg, e.getenv)
		if err != nil {
			s.errorf("%s: resolving the package name: %v", j.path, err)
			return rendered{}, false
		}
		opts.Package = pkg
	}
	f, err := generator.Generate(sp, opts)
	if err != nil {
		s.errorf("%s: %v", j.path, err)
		return rendered{}, false
	}
	return rendered{spec: j.path, path: j.out, bytes: f.Bytes}, true
}

// specArgsCompletion completes SPEC arguments with spec files and
// directories.
func specArgsCompletion(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
	return []cobra.Completion{"hcl", "json"}, cobra.ShellCompDirectiveFilterFileExt
}
