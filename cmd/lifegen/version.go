package main

import (
	"fmt"
	"runtime/debug"

	"github.com/spf13/cobra"
)

// modulePath is the module that holds lifegen.
const modulePath = "github.com/lifegen/lifegen"

func newVersionCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print lifegen's version",
		Long: `Version prints the version of the lifegen module this binary was built
from, as recorded in its build info: a release such as v1.2.0 when run as
'go run github.com/lifegen/lifegen/cmd/lifegen@v1.2.0' or as a tool
dependency, "(devel)" when built from a checkout.`,
		Example: `  lifegen version`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			fmt.Fprintf(cmd.OutOrStdout(), "lifegen %s\n", moduleVersion(debug.ReadBuildInfo()))
			return nil
		},
	}
}

// moduleVersion returns the version of the lifegen module in the build
// info: the main module when lifegen is built from its own module, a
// dependency (perhaps replaced) when built as a tool of another module,
// and "(devel)" when unknown.
func moduleVersion(info *debug.BuildInfo, ok bool) string {
	if !ok {
		return "(devel)"
	}
	mod := &info.Main
	for _, dep := range info.Deps {
		if dep.Path == modulePath {
			mod = dep
		}
	}
	if mod.Replace != nil {
		mod = mod.Replace
	}
	if mod.Path != modulePath && info.Main.Path != modulePath || mod.Version == "" {
		return "(devel)"
	}
	return mod.Version
}
