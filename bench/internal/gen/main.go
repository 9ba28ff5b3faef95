// Command gen writes the generated files of the bench module (run it from
// bench/, or through `go generate ./...`): the lifecycle specs of every
// workload and lifegen's output for them, the benchmark components and the
// peers' wiring. With -w3 DIR it instead writes the inputs of workload W3
// (lifegen specs and wire provider graphs) under DIR.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/lifegen/lifegen/bench/internal/specs"
)

func main() {
	w3 := flag.String("w3", "", "write the W3 inputs under this directory instead")
	goSum := flag.String("gosum", "go.sum", "with -w3: the go.sum to copy into the wire module")
	flag.Parse()
	var files []specs.File
	var err error
	root := "."
	if *w3 != "" {
		root = *w3
		var sum []byte
		if sum, err = os.ReadFile(*goSum); err == nil {
			files, err = specs.W3Files(sum)
		}
	} else {
		files, err = specs.Files()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	for _, f := range files {
		if err := write(filepath.Join(root, f.Path), f.Bytes); err != nil {
			fmt.Fprintln(os.Stderr, "gen:", err)
			os.Exit(1)
		}
	}
}

// write writes b to name unless it already holds exactly b.
func write(name string, b []byte) error {
	if old, err := os.ReadFile(name); err == nil && bytes.Equal(old, b) {
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return err
	}
	return os.WriteFile(name, b, 0o644)
}
