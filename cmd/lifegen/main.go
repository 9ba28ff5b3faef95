package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"
)

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }

// Exit codes.
const (
	exitOK      = 0
	exitFailure = 1 // invalid spec, stale output, I/O failure
	exitUsage   = 2 // bad command line
)

// errFailed is returned by a command that has already told the user what
// went wrong (diagnostics, a diff, a "lifegen: ..." line). It maps to exit
// code 1 and prints nothing more.
//
// Every other error reaching run is a usage error, exit code 2: cobra's own
// (unknown command or flag, wrong number of arguments, a bad --format value,
// which fails flag parsing) or one a command returns before doing any work
// (-o with several specs, an invalid --package).
var errFailed = errors.New("lifegen: failed")

// run is the whole program: it parses args, runs the command and returns
// the exit code. It never calls os.Exit, so tests can call it directly.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	root := newRootCmd(&env{getenv: os.Getenv})
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	cmd, err := root.ExecuteC()
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errFailed):
		return exitFailure
	default:
		fmt.Fprintf(stderr, "lifegen: %v\n", err)
		fmt.Fprintf(stderr, "Run '%s --help' for usage.\n", cmd.CommandPath())
		return exitUsage
	}
}

// env is what commands take from the process environment, so that tests
// can replace it.
type env struct {
	getenv func(string) string
}

// newRootCmd builds the command tree. It is the only place commands are
// wired together.
func newRootCmd(e *env) *cobra.Command {
	root := &cobra.Command{
		Use:   "lifegen",
		Short: "Generate Go lifecycle code from an HCL spec",
		Long: `lifegen reads a lifecycle spec (lifecycle.hcl) listing a program's services,
queues, workers and health checks, and generates Go code that starts them in
dependency order, monitors their health and shuts them down gracefully.`,
		Example: `  lifegen init
  lifegen generate
  lifegen check ./...
  lifegen graph --format mermaid`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return err })
	root.AddCommand(
		newGenerateCmd(e),
		newCheckCmd(e),
		newValidateCmd(),
		newGraphCmd(),
		newFmtCmd(),
		newInitCmd(e),
		newDeployCmd(),
		newVersionCmd(),
	)
	return root
}

// fail prints "lifegen: MESSAGE" on stderr and returns errFailed.
func fail(w io.Writer, format string, args ...any) error {
	fmt.Fprintf(w, "lifegen: "+format+"\n", args...)
	return errFailed
}
