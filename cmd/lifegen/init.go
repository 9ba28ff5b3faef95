package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

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
block, and doc.go, which holds the package clause and the line

  //go:generate go run github.com/lifegen/lifegen/cmd/lifegen generate lifecycle.hcl

so that 'go generate' writes lifecycle_gen.go. The package name follows the
same rules as generate (--package, $GOPACKAGE, the package of the .go files
already in DIR, the directory's name).

Init never overwrites: if either file exists it writes nothing and exits
with status 1.`,
		Example: `  lifegen init
  lifegen init ./internal/app --package app
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
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fail(stderr, "%v", err)
	}
	if err := createNew(specPath, []byte(starterSpec)); err != nil {
		return fail(stderr, "%v", err)
	}
	if err := createNew(docPath, []byte(fmt.Sprintf(starterDoc, pkg))); err != nil {
		os.Remove(specPath)
		return fail(stderr, "%v", err)
	}
	fmt.Fprintf(cmd.OutOrStdout(), "%s\n%s\n", specPath, docPath)
	return nil
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

// starterDoc is doc.go; %s is the package name.
const starterDoc = `package %s

// The components of this package's program, their dependencies, health
// checks, queues and workers are declared in lifecycle.hcl. Run
// 'go generate' after editing it to update lifecycle_gen.go.
//
//go:generate go run github.com/lifegen/lifegen/cmd/lifegen generate lifecycle.hcl
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

# A service: start is its constructor, called with a context and one
# argument per depends_on entry, in order; stop runs at shutdown.
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
  stop       = "Shutdown" # method of *API
  depends_on = [service.database, queue.jobs]
}
`
