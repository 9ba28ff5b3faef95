package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"
)

type initOptions struct {
	pkg string
}

func newInitCmd(e *env) *cobra.Command {
	opts := &initOptions{}
	cmd := &cobra.Command{
		Use:   "init [DIR]",
		Short: "Write a starter lifecycle.hcl and doc.go",
		Long: `Init writes two files into DIR (default: the current directory, created if
missing): lifecycle.hcl, a small commented spec that shows every kind of
block, and doc.go, which holds the package clause and the go:generate line
that makes 'go generate' write lifecycle_gen.go:

  //go:generate go tool lifegen generate lifecycle.hcl

when the go.mod of the module has lifegen as a tool (go get -tool
github.com/lifegen/lifegen/cmd/lifegen), and otherwise

  //go:generate go run github.com/lifegen/lifegen/cmd/lifegen generate lifecycle.hcl

The package name follows the same rules as generate: --package, $GOPACKAGE,
the package of the .go files already in DIR, main for a directory in a
directory named cmd (cmd/NAME, where commands live), the directory's name.

Init lists the files it wrote on stdout, then prints the next steps on
stderr: the Go types and functions to write, how to add lifegen to go.mod
if it is missing, and the go generate command to run.

Init never overwrites: if either file exists it writes nothing and exits
with status 1.`,
		Example: `  lifegen init
  lifegen init ./internal/app --package app
  lifegen init ./cmd/server   # package main
  go generate ./...`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			dir := "."
			if len(args) == 1 {
				dir = args[0]
			}
			return opts.run(cmd, e, dir)
		},
	}
	cmd.Flags().StringVar(&opts.pkg, "package", "", "package `NAME` for doc.go")
	return cmd
}

func (o *initOptions) run(cmd *cobra.Command, e *env, dir string) error {
	if err := checkPackageName(o.pkg); err != nil {
		return err
	}
	stderr := cmd.ErrOrStderr()
	specPath, docPath := filepath.Join(dir, defaultSpec), filepath.Join(dir, "doc.go")
	for _, p := range []string{specPath, docPath} {
		if _, err := os.Lstat(p); !errors.Is(err, fs.ErrNotExist) {
			return fail(stderr, "%s already exists; init never overwrites, so nothing was written", p)
		}
	}
	pkg, err := resolvePackage(dir, o.pkg, e.getenv)
	if err != nil {
		return fail(stderr, "resolving the package name: %v", err)
	}
	mod := findModule(dir)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fail(stderr, "%v", err)
	}
	if err := createNew(specPath, []byte(starterSpec)); err != nil {
		return fail(stderr, "%v", err)
	}
	if err := createNew(docPath, []byte(fmt.Sprintf(starterDoc, pkg, generateLine(mod)))); err != nil {
		os.Remove(specPath)
		return fail(stderr, "%v", err)
	}
	fmt.Fprintf(cmd.OutOrStdout(), "%s\n%s\n", specPath, docPath)
	fmt.Fprint(stderr, nextSteps(dir, pkg, mod))
	return nil
}

// generateLine is the go:generate line of doc.go: go tool when the module
// has lifegen as a tool, which is shorter and uses the version go.mod
// pins, and go run otherwise.
func generateLine(mod moduleInfo) string {
	if mod.tool {
		return "//go:generate go tool lifegen generate lifecycle.hcl"
	}
	return "//go:generate go run " + lifegenCommand + " generate lifecycle.hcl"
}

// The Go types, functions and methods the starter spec names, for the
// next steps; TestStarterNames keeps them in step with starterSpec.
var (
	starterTypes   = []string{"Config", "DB", "Job", "API"}
	starterFuncs   = []string{"OpenDB", "ProcessJob", "NewAPI"}
	starterMethods = []string{"(*DB).Close", "(*DB).Ping", "(*API).Serve", "(*API).Shutdown"}
)

// nextSteps is what init prints after writing the files into dir: what to
// write (for package main, func main too), how to get lifegen into go.mod
// if it is not there, and the go generate command to run; for a package
// other than main, how to make it a command.
func nextSteps(dir, pkg string, mod moduleInfo) string {
	var steps []string
	steps = append(steps,
		"Edit lifecycle.hcl: declare the components of your program.",
		fmt.Sprintf("Write the Go code it names, in package %s (the comments in lifecycle.hcl\n"+
			"     give the signatures):\n"+
			"       types      %s\n"+
			"       functions  %s\n"+
			"       methods    %s",
			pkg, strings.Join(starterTypes, ", "), strings.Join(starterFuncs, ", "), strings.Join(starterMethods, ", ")))
	if pkg == "main" {
		steps = append(steps, "Write func main: NewApp(config) makes the app, and app.Run(ctx) starts it,\n"+
			"     runs it until ctx is cancelled and stops it; cancel ctx on SIGINT and\n"+
			"     SIGTERM (signal.NotifyContext) for a graceful shutdown.")
	}
	get := "go get " + lifegenModule
	if mod.tool {
		get = "go get -tool " + lifegenCommand
	}
	switch {
	case mod.goMod == "":
		steps = append(steps, "Create a module and add lifegen to it (no go.mod was found):\n     go mod init MODULE && "+get)
	case !mod.requires:
		steps = append(steps, "Add lifegen to go.mod, so that the go:generate line in doc.go can run it:\n     "+get)
	}
	steps = append(steps, fmt.Sprintf("Run %s to write lifecycle_gen.go, then build.", generateCommand(dir)))
	var b strings.Builder
	b.WriteString("\nNext steps:\n")
	for i, step := range steps {
		fmt.Fprintf(&b, "  %d. %s\n", i+1, step)
	}
	if pkg != "main" {
		fmt.Fprintf(&b, "For a command rather than a library, the package must be main: change \"package %s\" in doc.go\n(lifegen init --package main writes package main from the start).\n", pkg)
	}
	return b.String()
}

// generateCommand is the go generate command for the package in dir, as
// run from the current directory.
func generateCommand(dir string) string {
	clean := filepath.Clean(dir)
	switch {
	case clean == ".":
		return "'go generate'"
	case filepath.IsAbs(clean) || clean == ".." || strings.HasPrefix(clean, ".."+string(filepath.Separator)):
		return "'go generate " + clean + "'"
	}
	return "'go generate ./" + filepath.ToSlash(clean) + "'"
}

// createNew writes a file that must not exist yet (O_EXCL), removing it
// again if the write fails.
func createNew(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
	}
	return err
}

// starterDoc is doc.go; its verbs are the package name and the generate
// directive.
const starterDoc = `package %s

// The components of this package's program, their dependencies, health
// checks, queues and workers are declared in lifecycle.hcl. Run
// 'go generate' after editing it to update lifecycle_gen.go.
//
%s
`

// starterSpec is the starter lifecycle.hcl: small, valid, and showing
// every block.
const starterSpec = `# lifecycle.hcl: the components of this program and how they depend on
# each other. 'go generate' turns it into lifecycle_gen.go, which defines
# App, NewApp and the methods Start, Stop and Run.

lifegen {
  app              = "App"      # name of the generated type
  startup          = "parallel" # or "sequential"
  shutdown_timeout = "30s"      # bound on the whole shutdown
  # package = "mypkg"           # default: this directory's package
}

# A value the caller passes to NewApp(config).
input "config" {
  type = "*Config"
}

# A service: start is its constructor, called with a context (if it takes
# one) and one argument per depends_on entry, in order; stop runs at
# shutdown.
service "database" {
  type       = "*DB"
  start      = "OpenDB" # func(ctx context.Context, config *Config) (*DB, error)
  stop       = "Close"  # method of *DB: func() error
  depends_on = [input.config]

  health {
    check    = "Ping" # method of *DB: func(context.Context) error
    interval = "10s"
  }
}

# A bounded channel of Job. It opens once its workers are running.
queue "jobs" {
  type     = "Job"
  capacity = 16
}

# Goroutines that take jobs from the queue.
worker "process" {
  queue      = queue.jobs
  handler    = "ProcessJob" # func(ctx context.Context, db *DB, job Job) error
  count      = 2
  depends_on = [service.database]
}

# A service with a run loop; it receives the send side of the queue.
service "api" {
  type       = "*API"
  start      = "NewAPI"   # func(ctx context.Context, db *DB, jobs chan<- Job) (*API, error)
  run        = "Serve"    # method of *API: func(context.Context) error
  stop       = "Shutdown" # method of *API: func(context.Context) error
  depends_on = [service.database, queue.jobs]
}
`
