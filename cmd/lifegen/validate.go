package main

import (
	"fmt"

	"github.com/spf13/cobra"
)

func newValidateCmd() *cobra.Command {
	var format *enumFlag
	var output string
	cmd := &cobra.Command{
		Use:   "validate [SPEC...]",
		Short: "Report the problems of each spec",
		Long: `Validate parses each spec, checks it against the Go package its generated
file belongs to (as generate does, so both report the same problems), and
reports every problem found, without generating anything. It exits with
status 1 if any spec has an error (or cannot be read), and 0 if there are
only warnings or no problems at all.

With --format text (the default) diagnostics go to stderr in HCL's format,
with the source line and a caret; nothing is printed when all is well.
With --format json one JSON array covering every spec is printed on stdout
(an empty array when all is well); each element is
{severity, summary, detail, range: {filename, start, end}}.`,
		Example: `  lifegen validate
  lifegen validate ./...
  lifegen validate --format json lifecycle.hcl | jq '.[].summary'`,
		Args:              cobra.ArbitraryArgs,
		ValidArgsFunction: specArgsCompletion,
		RunE: func(cmd *cobra.Command, args []string) error {
			s := newSession(cmd.ErrOrStderr())
			paths := s.specs(args)
			if output != "" && len(paths) != 1 && !s.hasFailed() {
				return fmt.Errorf("-o/--output needs exactly one spec, got %d from %q", len(paths), args)
			}
			o := &outputFlags{output: output}
			s.load(paths, o.outputPath)
			if format.value == "json" {
				return s.finish(cmd.OutOrStdout(), "json")
			}
			return s.finish(cmd.ErrOrStderr(), "text")
		},
	}
	format = addFormatFlag(cmd, "diagnostics `format`: text or json", "text", "json")
	cmd.Flags().StringVarP(&output, "output", "o", "", "the generated `FILE` whose package the spec is checked against (only with exactly one spec; default SPECDIR/NAME_gen.go)")
	return cmd
}
