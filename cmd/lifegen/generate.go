package main

import (
	"github.com/spf13/cobra"
)

type generateOptions struct {
	outputFlags
	stdout bool
}

func newGenerateCmd(e *env) *cobra.Command {
	opts := &generateOptions{}
	cmd := &cobra.Command{
		Use:   "generate [SPEC...]",
		Short: "Write the Go file of each spec",
		Long: `Generate parses each spec and writes its Go file, by default NAME_gen.go
next to NAME.hcl. The file is written atomically: a temporary file in the
same directory is renamed over it, so it is never partial. A spec with
errors writes nothing (an existing generated file stays as it is), and a
file whose content would not change is not rewritten.

SPEC is a file, a directory (its lifecycle.hcl and *.lifecycle.hcl files,
or their .hcl.json forms), or a DIR/... pattern that skips testdata, vendor
and directories starting with "." or "_"; the default is ./lifecycle.hcl.

The package clause is the first of: the spec's lifegen.package, --package,
$GOPACKAGE (set by go generate) when writing into the current directory,
the package of the .go files already in the output directory, and the
output directory's name made into an identifier.`,
		Example: `  lifegen generate
  lifegen generate ./...
  lifegen generate -o app_gen.go --package shop lifecycle.hcl
  lifegen generate --stdout api.lifecycle.hcl

  # in a Go file of the package:
  //go:generate go run github.com/lifegen/lifegen/cmd/lifegen generate lifecycle.hcl`,
		Args:              cobra.ArbitraryArgs,
		ValidArgsFunction: specArgsCompletion,
		RunE: func(cmd *cobra.Command, args []string) error {
			return opts.run(cmd, e, args)
		},
	}
	opts.register(cmd)
	cmd.Flags().BoolVar(&opts.stdout, "stdout", false, "print the Go file on stdout instead of writing it")
	cmd.MarkFlagsMutuallyExclusive("stdout", "output")
	return cmd
}

func (o *generateOptions) run(cmd *cobra.Command, e *env, args []string) error {
	s := newSession(cmd.ErrOrStderr())
	paths := s.specs(args)
	if !s.hasFailed() {
		if err := o.checkArgs(args, paths); err != nil {
			return err
		}
	}
	if !o.stdout {
		paths = o.distinct(s, paths)
	}
	for _, p := range paths {
		r, ok := o.render(s, e, p, !o.stdout)
		if !ok {
			continue
		}
		if o.stdout {
			cmd.OutOrStdout().Write(r.bytes)
			continue
		}
		if _, err := writeIfChanged(r.path, r.bytes, 0o644); err != nil {
			s.errorf("writing %s: %v", r.path, err)
		}
	}
	return s.finish(cmd.ErrOrStderr(), "text")
}
