package main

import (
	"fmt"
	"path/filepath"

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
// --package, or -o with other than one spec. It is called with the
// resolved spec paths.
func (o *outputFlags) checkArgs(args, paths []string) error {
	if err := checkPackageName(o.pkg); err != nil {
		return err
	}
	if o.output != "" && len(paths) != 1 {
		return fmt.Errorf("-o/--output needs exactly one spec, got %d from %q", len(paths), args)
	}
	return nil
}

// outputPath returns where the Go file of a spec goes: -o if given, else
// generator.OutputName of the spec's base name in the spec's directory.
func (o *outputFlags) outputPath(specPath string) string {
	if o.output != "" {
		return o.output
	}
	return filepath.Join(filepath.Dir(specPath), generator.OutputName(filepath.Base(specPath)))
}

// rendered is one spec's generated file, in memory.
type rendered struct {
	spec  string // the spec's path
	path  string // where the file goes
	bytes []byte
}

// renderAll parses and checks every spec (see session.load) and generates
// the Go file of each that has no errors. Problems go to the session.
func (o *outputFlags) renderAll(s *session, e *env, paths []string) []rendered {
	var out []rendered
	for _, j := range s.load(paths, o.outputPath) {
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
