// Package w5 is workload W5, build cost: `go build` of the same program of
// N components written three ways (bench/internal/programs: lifegen's
// generated wiring, wire's generated injector, straight-line code by
// hand), in the tree that bench/internal/gen writes. It reports the build's
// wall time, the peak resident memory of its largest process (the
// compiler, the linker or the go command) and the binary's size.
//
// Only the program's own package is compiled in a measured build: every
// program is built once first, which fills the build cache with its
// dependencies (the standard library, lifegen's runtime when it is a
// package of its own), and before each measured build a file of the
// package, stamp.go, gets a new value, so that the go command compiles
// and links the package anew and takes everything else from the cache.
// (A stamp that only a comment changed would not do: the linker's input
// would be the same, and its result would come from the cache.)
//
// A build that takes longer than the cap (BENCH_BUILD_CAP, a Go duration,
// default 5m) is killed, with its compiler, and reported as over the cap;
// later -count runs of that program are not tried again. It needs the
// tree, named by BENCH_TREE (run.sh sets it); without it the benchmark is
// skipped.
package w5

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/lifegen/lifegen/bench/internal/proc"
	"github.com/lifegen/lifegen/bench/internal/programs"
)

var (
	warmed = map[string]bool{} // built once in this process
	capped = map[string]bool{} // over the cap once: not tried again
)

func BenchmarkW5(b *testing.B) {
	tree := os.Getenv("BENCH_TREE")
	if tree == "" {
		b.Skip("BENCH_TREE names the tree written by bench/internal/gen (run.sh sets it)")
	}
	limit := 5 * time.Minute
	if s := os.Getenv("BENCH_BUILD_CAP"); s != "" {
		var err error
		if limit, err = time.ParseDuration(s); err != nil || limit <= 0 {
			b.Fatalf("BENCH_BUILD_CAP=%q: want a positive Go duration", s)
		}
	}
	sizes, err := programs.TreeBuildSizes(tree)
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range sizes {
		for _, way := range programs.Ways {
			dir := filepath.Join(tree, programs.BuildDir(n, way))
			b.Run(fmt.Sprintf("n=%d/way=%s", n, way), func(b *testing.B) {
				build(b, dir, limit)
			})
		}
	}
}

// build measures b.N builds of the program in dir.
func build(b *testing.B, dir string, limit time.Duration) {
	bin := filepath.Join(b.TempDir(), "prog")
	reportCapped := func() {
		b.ReportMetric(float64(limit.Milliseconds()), "build-ms")
		b.ReportMetric(1, "capped")
	}
	if capped[dir] {
		reportCapped()
		return
	}
	if !warmed[dir] {
		if _, err := proc.Run(dir, limit, "go", "build", "-o", bin, "."); errors.Is(err, proc.ErrCapped) {
			capped[dir] = true
			b.Logf("%s: over the cap of %v", dir, limit)
			reportCapped()
			return
		} else if err != nil {
			b.Fatal(err)
		}
		warmed[dir] = true
	}
	var wall, peak int64
	for range b.N {
		src := fmt.Sprintf("package main\n\n// buildStamp changes before every measured build (see bench/w5).\nvar buildStamp = \"%d\"\n", time.Now().UnixNano())
		if err := os.WriteFile(filepath.Join(dir, "stamp.go"), []byte(src), 0o644); err != nil {
			b.Fatal(err)
		}
		r, err := proc.Run(dir, limit, "go", "build", "-o", bin, ".")
		if errors.Is(err, proc.ErrCapped) {
			capped[dir] = true
			reportCapped()
			return
		} else if err != nil {
			b.Fatal(err)
		}
		wall, peak = wall+r.Wall.Nanoseconds(), max(peak, r.PeakRSS)
	}
	st, err := os.Stat(bin)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(wall)/float64(b.N)/1e6, "build-ms")
	b.ReportMetric(float64(peak)/(1<<20), "peak-MB")
	b.ReportMetric(float64(st.Size())/1024, "bin-KB")
	b.ReportMetric(0, "capped")
}
