package main

import (
	"bytes"
	stdjson "encoding/json"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/hashicorp/hcl/v2/hclwrite"
	hcljson "github.com/hashicorp/hcl/v2/json"
	"github.com/spf13/cobra"

	"github.com/lifegen/lifegen/spec"
)

type fmtOptions struct {
	check bool
}

func newFmtCmd() *cobra.Command {
	opts := &fmtOptions{}
	cmd := &cobra.Command{
		Use:   "fmt [SPEC...]",
		Short: "Format specs canonically",
		Long: `Fmt rewrites each spec in canonical form and prints the name of every file
it changed. Native files (.hcl) are formatted like 'terraform fmt'
(hclwrite.Format: aligned equals signs, two-space indentation). JSON files
(.hcl.json) are re-indented with two spaces; keys keep their order.

Only specs are formatted: a file whose name does not end in .hcl or
.hcl.json is refused. A file with syntax errors (a Go file, say) is
reported and left alone. Files are replaced atomically and keep their
permissions.

With --check nothing is written: the files that would change are listed
on stdout and the exit status is 1 if there are any.`,
		Example: `  lifegen fmt
  lifegen fmt ./...
  lifegen fmt --check ./...`,
		Args:              cobra.ArbitraryArgs,
		ValidArgsFunction: specArgsCompletion,
		RunE: func(cmd *cobra.Command, args []string) error {
			return opts.run(cmd, args)
		},
	}
	cmd.Flags().BoolVar(&opts.check, "check", false, "list files that are not formatted and exit 1 if any; write nothing")
	return cmd
}

func (o *fmtOptions) run(cmd *cobra.Command, args []string) error {
	s := newSession(cmd.ErrOrStderr())
	changed := false
	for _, p := range s.specs(args) {
		if !hasSpecExt(p) {
			s.errorf("%s is not a spec: its name does not end in .hcl or .hcl.json; fmt rewrites only specs, so it left it alone", p)
			continue
		}
		src, ok := s.read(p)
		if !ok {
			continue
		}
		out, diags := formatSpec(p, src)
		s.addDiags(diags)
		if diags.HasErrors() || bytes.Equal(src, out) {
			continue
		}
		changed = true
		fmt.Fprintln(cmd.OutOrStdout(), p)
		if !o.check {
			// Through a symbolic link, the file it points to is replaced,
			// not the link.
			target, err := filepath.EvalSymlinks(p)
			if err == nil {
				err = writeFileAtomic(target, out, fileMode(target, 0o644))
			}
			if err != nil {
				s.errorf("writing %s: %v", p, err)
			}
		}
	}
	if err := s.finish(cmd.ErrOrStderr(), "text"); err != nil {
		return err
	}
	if o.check && changed {
		return errFailed
	}
	return nil
}

// hasSpecExt reports whether a file name has a spec's extension, .hcl
// or .hcl.json.
func hasSpecExt(name string) bool {
	return strings.HasSuffix(name, ".hcl") || strings.HasSuffix(name, ".hcl.json")
}

// formatSpec returns the canonical form of a spec file, or the syntax
// errors that prevent formatting it. Nesting deeper than spec.MaxDepth is
// one, found before HCL's parsers could exhaust the stack.
func formatSpec(filename string, src []byte) ([]byte, hcl.Diagnostics) {
	if diags := spec.CheckDepth(filename, src); diags.HasErrors() {
		return nil, diags
	}
	if strings.HasSuffix(filename, ".hcl.json") {
		if _, diags := hcljson.Parse(src, filename); diags.HasErrors() {
			return nil, diags
		}
		var buf bytes.Buffer
		if err := stdjson.Indent(&buf, bytes.TrimSpace(src), "", "  "); err != nil {
			return nil, hcl.Diagnostics{{Severity: hcl.DiagError, Summary: "Invalid JSON", Detail: err.Error()}}
		}
		buf.WriteByte('\n')
		return buf.Bytes(), nil
	}
	if _, diags := hclsyntax.ParseConfig(src, filename, hcl.InitialPos); diags.HasErrors() {
		return nil, diags
	}
	return hclwrite.Format(src), nil
}
