// Package w3 measures workload W3, generator speed: lifegen in process
// (Parse, Generate) and as whole processes, lifegen generate against wire
// gen, on graphs of 100, 1,000 and 10,000 components.
//
// The process benchmarks need what run.sh prepares, named by environment
// variables: W3_DIR (the output of `go run ./internal/gen -w3 DIR`),
// LIFEGEN_BIN and WIRE_BIN. Without them they are skipped.
package w3

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/lifegen/lifegen/bench/internal/specs"
	"github.com/lifegen/lifegen/generator"
	"github.com/lifegen/lifegen/spec"
)

// BenchmarkW3InProcess times spec.Parse and generator.Generate on the
// specs of W3, apart and together.
func BenchmarkW3InProcess(b *testing.B) {
	for _, n := range specs.W3Sizes {
		src := specs.W3Spec(n)
		b.Run(fmt.Sprintf("n=%d/step=parse", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, diags := spec.Parse("lifecycle.hcl", src); diags.HasErrors() {
					b.Fatal(diags)
				}
			}
		})
		s, diags := spec.Parse("lifecycle.hcl", src)
		if diags.HasErrors() {
			b.Fatal(diags)
		}
		b.Run(fmt.Sprintf("n=%d/step=generate", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := generator.Generate(s, generator.Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("n=%d/step=parse+generate", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := specs.Lifegen("lifecycle.hcl", src); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkW3Process times one run of `lifegen generate` and of
// `wire gen` per op, each as a whole process (the binaries are built
// beforehand), the output file removed before each run.
func BenchmarkW3Process(b *testing.B) {
	dir, lifegen, wire := os.Getenv("W3_DIR"), os.Getenv("LIFEGEN_BIN"), os.Getenv("WIRE_BIN")
	if dir == "" || lifegen == "" || wire == "" {
		b.Skip("W3_DIR, LIFEGEN_BIN and WIRE_BIN are set by run.sh")
	}
	for _, n := range specs.W3Sizes {
		pkg := filepath.Join(dir, "lifegen", fmt.Sprintf("n%d", n))
		out := filepath.Join(pkg, "lifecycle_gen.go")
		b.Run(fmt.Sprintf("n=%d/tool=lifegen", n), func(b *testing.B) {
			run(b, out, func() *exec.Cmd {
				return exec.Command(lifegen, "generate", "-o", out, filepath.Join(pkg, "lifecycle.hcl"))
			})
		})
		wdir := filepath.Join(dir, "wire")
		b.Run(fmt.Sprintf("n=%d/tool=wire", n), func(b *testing.B) {
			run(b, filepath.Join(wdir, fmt.Sprintf("n%d", n), "wire_gen.go"), func() *exec.Cmd {
				cmd := exec.Command(wire, "gen", fmt.Sprintf("./n%d", n))
				cmd.Dir = wdir
				cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")
				return cmd
			})
		})
	}
}

func run(b *testing.B, out string, cmd func() *exec.Cmd) {
	for b.Loop() {
		b.StopTimer()
		if err := os.Remove(out); err != nil && !os.IsNotExist(err) {
			b.Fatal(err)
		}
		c := cmd()
		b.StartTimer()
		if msg, err := c.CombinedOutput(); err != nil {
			b.Fatalf("%v: %v\n%s", c.Args, err, msg)
		}
	}
	if _, err := os.Stat(out); err != nil {
		b.Fatalf("no output: %v", err)
	}
}
