// Command report reads the output of run.sh's `go test -bench` runs,
// takes the median of every metric over the -count runs, and writes
// BENCHMARKS.md: one table per workload, the ratios of lifegen to each
// peer (medians of the ratios within each round), the goals with met,
// missed or not measured, and the machine.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// results maps a benchmark name (without the -GOMAXPROCS suffix) and a
// unit to the values of every run.
type results map[string]map[string][]float64

var procs = regexp.MustCompile(`-\d+$`)

func parse(r io.Reader) (results, error) {
	res := results{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 4 || !strings.HasPrefix(f[0], "Benchmark") {
			continue
		}
		name := procs.ReplaceAllString(f[0], "")
		if res[name] == nil {
			res[name] = map[string][]float64{}
		}
		for i := 2; i+1 < len(f); i += 2 {
			v, err := strconv.ParseFloat(f[i], 64)
			if err != nil {
				return nil, fmt.Errorf("%q: %w", sc.Text(), err)
			}
			res[name][f[i+1]] = append(res[name][f[i+1]], v)
		}
	}
	return res, sc.Err()
}

// median of the runs of name in unit; ok is false when there are none.
func (r results) median(name, unit string) (float64, bool) {
	vs := slices.Clone(r[name][unit])
	if len(vs) == 0 {
		return 0, false
	}
	slices.Sort(vs)
	if n := len(vs); n%2 == 0 {
		return (vs[n/2-1] + vs[n/2]) / 2, true
	}
	return vs[len(vs)/2], true
}

func (r results) get(name, unit string) float64 {
	v, _ := r.median(name, unit)
	return v
}

func (r results) runs(name string) int { return len(r[name]["ns/op"]) }

// has reports whether name has runs with a value in unit.
func (r results) has(name, unit string) bool { return len(r[name][unit]) > 0 }

// ratio is the median, over the -count rounds, of a's value divided by
// b's in the same round (the benchmarks of one round run one after the
// other, so a drift of the machine's speed cancels out); when the two do
// not have as many runs, the ratio of the medians. ok is false when
// either has none.
func (r results) ratio(a, b, unit string) (float64, bool) {
	va, vb := r[a][unit], r[b][unit]
	if len(va) == 0 || len(vb) == 0 {
		return 0, false
	}
	if len(va) != len(vb) {
		return r.get(a, unit) / r.get(b, unit), true
	}
	rs := make([]float64, len(va))
	for i := range va {
		rs[i] = va[i] / vb[i]
	}
	slices.Sort(rs)
	if n := len(rs); n%2 == 0 {
		return (rs[n/2-1] + rs[n/2]) / 2, true
	}
	return rs[len(rs)/2], true
}

func main() {
	in := flag.String("in", "", "go test -bench output")
	out := flag.String("o", "BENCHMARKS.md", "report to write")
	var m machine
	flag.StringVar(&m.goVersion, "go", "", "go version")
	flag.StringVar(&m.nproc, "nproc", "", "nproc")
	flag.StringVar(&m.cpu, "cpu", "", "CPU model")
	flag.StringVar(&m.date, "date", "", "date")
	flag.StringVar(&m.load, "load", "", "load average before and after")
	flag.StringVar(&m.count, "count", "", "-count of the runs")
	flag.StringVar(&m.buildCount, "buildcount", "", "-count of the W5 builds")
	flag.StringVar(&m.duration, "duration", "", "how long run.sh took")
	flag.StringVar(&m.commit, "commit", "", "the lifegen commit measured")
	flag.StringVar(&m.mode, "mode", "", "full or quick")
	flag.Parse()
	f, err := os.Open(*in)
	if err != nil {
		fatal(err)
	}
	res, err := parse(f)
	f.Close()
	if err != nil {
		fatal(err)
	}
	var b strings.Builder
	write(&b, res, m)
	if err := os.WriteFile(*out, []byte(b.String()), 0o644); err != nil {
		fatal(err)
	}
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "report:", err)
	os.Exit(1)
}
