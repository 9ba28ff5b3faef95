// Command gen writes the benchmark programs into a directory of their own,
// a Go module that is never committed (bench/_gen by default, ignored by
// git), and completes them with the generators they compare: it builds
// lifegen (from this checkout) and wire (the version in bench/go.mod)
// into DIR/.bin, runs `lifegen generate ./...` and `wire gen` on the wire
// programs, and prints what they printed. Run it from bench/:
//
//	go run ./internal/gen            # full programs into _gen
//	go run ./internal/gen -quick     # smaller sizes
//
// DIR is removed and written anew each time (only if it holds a tree that
// this command wrote).
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/lifegen/lifegen/bench/internal/programs"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run() error {
	out := flag.String("o", "_gen", "directory of the generated module")
	quick := flag.Bool("quick", false, "smaller sizes (W1 N ≤ 100, build programs N ≤ 100)")
	w1 := flag.String("w1", "", "W1 sizes, comma-separated (default: by -quick)")
	build := flag.String("build", "", "W3/W5 program sizes, comma-separated (default: by -quick)")
	workers := flag.Int("workers", 0, "W4 pool worker count (0: GOMAXPROCS)")
	flag.Parse()
	cfg := programs.Full
	if *quick {
		cfg = programs.Quick
	}
	cfg.Workers = *workers
	var err error
	if cfg.W1Sizes, err = sizes(*w1, cfg.W1Sizes); err != nil {
		return err
	}
	if cfg.BuildSizes, err = sizes(*build, cfg.BuildSizes); err != nil {
		return err
	}
	bench, err := os.Getwd()
	if err != nil {
		return err
	}
	dir, err := filepath.Abs(*out)
	if err != nil {
		return err
	}
	return generate(cfg, bench, dir)
}

func sizes(flagValue string, def []int) ([]int, error) {
	if flagValue == "" {
		return def, nil
	}
	var out []int
	for _, s := range strings.Split(flagValue, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n < 2 {
			return nil, fmt.Errorf("bad size %q: want a whole number ≥ 2", s)
		}
		out = append(out, n)
	}
	return out, nil
}

// generate writes the tree of cfg into dir and runs the generators in it.
func generate(cfg programs.Config, bench, dir string) error {
	goMod, err := os.ReadFile(filepath.Join(bench, "go.mod"))
	if err != nil {
		return fmt.Errorf("run gen from bench/: %w", err)
	}
	goSum, err := os.ReadFile(filepath.Join(bench, "go.sum"))
	if err != nil {
		return err
	}
	files, err := programs.Tree(cfg, dir, bench, goMod, goSum)
	if err != nil {
		return err
	}
	if err := clean(dir); err != nil {
		return err
	}
	for _, f := range files {
		name := filepath.Join(dir, filepath.FromSlash(f.Path))
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(name, f.Bytes, 0o644); err != nil {
			return err
		}
	}
	bin := filepath.Join(dir, ".bin")
	if err := step(bench, "go", "build", "-o", bin+string(filepath.Separator),
		"github.com/lifegen/lifegen/cmd/lifegen", "github.com/google/wire/cmd/wire"); err != nil {
		return err
	}
	if err := step(dir, filepath.Join(bin, "lifegen"), "generate", "./..."); err != nil {
		return err
	}
	wire := []string{"gen"}
	for _, n := range cfg.BuildSizes {
		wire = append(wire, "./"+programs.BuildDir(n, "wire"))
	}
	return step(dir, filepath.Join(bin, "wire"), wire...)
}

// clean removes dir if it holds a tree written by this command (its go.mod
// starts with the programs' header); it refuses any other directory.
func clean(dir string) error {
	mod, err := os.ReadFile(filepath.Join(dir, "go.mod"))
	if os.IsNotExist(err) {
		if entries, _ := os.ReadDir(dir); len(entries) > 0 {
			return fmt.Errorf("%s is not empty and holds no generated tree: not removing it", dir)
		}
		return nil
	}
	if err != nil {
		return err
	}
	if !bytes.HasPrefix(mod, []byte("// "+programs.Header)) {
		return fmt.Errorf("%s/go.mod was not written by gen: not removing %s", dir, dir)
	}
	return os.RemoveAll(dir)
}

// step runs a command in dir, passing on what it prints, and says how
// long it took.
func step(dir, name string, args ...string) error {
	t0 := time.Now()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	cmd.Env = append(os.Environ(), "GOWORK=off")
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("%s %s: %w", filepath.Base(name), strings.Join(args, " "), err)
	}
	fmt.Fprintf(os.Stderr, "gen: %s %s (%.1fs)\n", filepath.Base(name), strings.Join(args, " "), time.Since(t0).Seconds())
	return nil
}
