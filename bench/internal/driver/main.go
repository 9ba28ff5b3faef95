// Command driver is run.sh's stand-in for `lifegen generate -o OUT SPEC`
// when cmd/lifegen does not build: it parses SPEC and writes the
// generated file to OUT, in one process, as the real command does.
package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/lifegen/lifegen/bench/internal/specs"
)

func main() {
	if len(os.Args) != 5 || os.Args[1] != "generate" || os.Args[2] != "-o" {
		fmt.Fprintln(os.Stderr, "usage: driver generate -o OUT SPEC")
		os.Exit(2)
	}
	out, name := os.Args[3], os.Args[4]
	src, err := os.ReadFile(name)
	if err == nil {
		var gen []byte
		if gen, err = specs.Lifegen(filepath.Base(name), src); err == nil {
			err = os.WriteFile(out, gen, 0o644)
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "driver:", err)
		os.Exit(1)
	}
}
