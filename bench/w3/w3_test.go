// Package w3 is workload W3, generator speed: `lifegen generate` against
// `wire gen` as whole processes, on the same program (bench/internal/
// programs: N components, the W1 graph) written for each, in the tree
// that bench/internal/gen writes. Each op removes the generated file and
// runs the generator once, from the program's directory, as a user does.
// It also reports the length of the generated file in lines.
//
// It needs the tree, named by BENCH_TREE (run.sh sets it); without it the
// benchmark is skipped.
package w3

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/lifegen/lifegen/bench/internal/proc"
	"github.com/lifegen/lifegen/bench/internal/programs"
)

// generators are the commands measured, with the file each writes.
var generators = []struct {
	tool, way, out string
	args           []string
}{
	{"lifegen", "lifegen", "lifecycle_gen.go", []string{"generate"}},
	{"wire", "wire", "wire_gen.go", []string{"gen"}},
}

// warmed records the programs already run once in this process, so that
// the first of the -count runs does not time a cold cache.
var warmed = map[string]bool{}

func BenchmarkW3(b *testing.B) {
	tree := os.Getenv("BENCH_TREE")
	if tree == "" {
		b.Skip("BENCH_TREE names the tree written by bench/internal/gen (run.sh sets it)")
	}
	sizes, err := programs.TreeBuildSizes(tree)
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range sizes {
		for _, g := range generators {
			dir := filepath.Join(tree, programs.BuildDir(n, g.way))
			bin := filepath.Join(tree, ".bin", g.tool)
			out := filepath.Join(dir, g.out)
			b.Run(fmt.Sprintf("n=%d/tool=%s", n, g.tool), func(b *testing.B) {
				if !warmed[dir] {
					if _, err := proc.Run(dir, 0, bin, g.args...); err != nil {
						b.Fatal(err)
					}
					warmed[dir] = true
				}
				var wall, peak int64
				for range b.N {
					if err := os.Remove(out); err != nil {
						b.Fatal(err)
					}
					r, err := proc.Run(dir, 0, bin, g.args...)
					if err != nil {
						b.Fatal(err)
					}
					wall, peak = wall+r.Wall.Nanoseconds(), max(peak, r.PeakRSS)
				}
				src, err := os.ReadFile(out)
				if err != nil {
					b.Fatalf("no output: %v", err)
				}
				b.ReportMetric(float64(wall)/float64(b.N)/1e6, "wall-ms")
				b.ReportMetric(float64(peak)/(1<<20), "peak-MB")
				b.ReportMetric(float64(bytes.Count(src, []byte("\n"))), "lines")
			})
		}
	}
}
