package main

import (
	"bytes"
	"errors"
	"io/fs"
	"os"

	"github.com/rogpeppe/go-internal/diff"
	"github.com/spf13/cobra"
)

func newCheckCmd(e *env) *cobra.Command {
	opts := &outputFlags{}
	cmd := &cobra.Command{
		Use:   "check [SPEC...]",
		Short: "Check that generated files are up to date",
		Long: `Check does what generate would do, in memory, and compares the result with
the file on disk. When a generated file is missing or differs, it prints a
unified diff (from the file on disk to what generate would write) on stdout,
names the file on stderr and exits with status 1. It never writes.

Use it in CI to prove that committed generated code matches its spec. Pass
the same -o and --package flags as to generate.`,
		Example: `  lifegen check
  lifegen check ./...
  go run github.com/lifegen/lifegen/cmd/lifegen check ./...`,
		Args:              cobra.ArbitraryArgs,
		ValidArgsFunction: specArgsCompletion,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runCheck(cmd, e, opts, args)
		},
	}
	opts.register(cmd)
	return cmd
}

func runCheck(cmd *cobra.Command, e *env, opts *outputFlags, args []string) error {
	s := newSession(cmd.ErrOrStderr())
	paths := s.specs(args)
	if !s.hasFailed() {
		if err := opts.checkArgs(args, paths); err != nil {
			return err
		}
	}
	for _, r := range opts.renderAll(s, e, paths, true) {
		checkFile(s, cmd, r)
	}
	return s.finish(cmd.ErrOrStderr(), "text")
}

// checkFile compares a rendered file with the one on disk, printing a diff
// and reporting it stale or missing.
func checkFile(s *session, cmd *cobra.Command, r rendered) {
	have, err := os.ReadFile(r.path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		cmd.OutOrStdout().Write(diff.Diff("/dev/null", nil, r.path, r.bytes))
		s.errorf("%s is missing; run: lifegen generate %s", r.path, r.spec)
	case err != nil:
		s.errorf("%v", err)
	case !bytes.Equal(have, r.bytes):
		cmd.OutOrStdout().Write(diff.Diff(r.path, have, r.path+" (generated)", r.bytes))
		s.errorf("%s is out of date; run: lifegen generate %s", r.path, r.spec)
	}
}
