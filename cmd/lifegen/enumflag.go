package main

import (
	"fmt"
	"slices"
	"strings"

	"github.com/spf13/cobra"
)

// enumFlag is a string flag restricted to a fixed set of values. A value
// outside the set fails flag parsing, so cobra reports it as a usage error
// (exit 2) before the command runs.
type enumFlag struct {
	value   string
	allowed []string
}

func (f *enumFlag) String() string { return f.value }
func (f *enumFlag) Type() string   { return strings.Join(f.allowed, "|") }

func (f *enumFlag) Set(v string) error {
	if !slices.Contains(f.allowed, v) {
		return fmt.Errorf("must be one of %s", strings.Join(f.allowed, ", "))
	}
	f.value = v
	return nil
}

// addFormatFlag adds --format with the given values, the first being the
// default, and returns the flag's value.
func addFormatFlag(cmd *cobra.Command, usage string, allowed ...string) *enumFlag {
	f := &enumFlag{value: allowed[0], allowed: allowed}
	cmd.Flags().Var(f, "format", usage)
	cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(allowed, cobra.ShellCompDirectiveNoFileComp))
	return f
}
