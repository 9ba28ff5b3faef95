package main

import (
	"fmt"
	"slices"
	"strings"
)

type machine struct {
	goVersion, nproc, cpu, date, load, count, buildCount, duration, commit, mode string
}

var (
	w1Sizes   = []int{10, 100, 1000, 5000}
	w1Systems = []string{"lifegen-par", "lifegen-seq", "hand-seq", "hand-dataflow", "hand-par", "oklog-run", "fx"}
	w2Systems = []string{"sleep-floor", "lifegen-par", "hand-dataflow", "hand-par", "oklog-run", "fx"}
	ways      = []string{"lifegen", "wire", "hand"}
	buildN    = []int{10, 100, 1000}
)

// goal is one goal of the issues and whether the run met it; measured
// is false when the run did not measure it (a quick run, say).
type goal struct {
	what, got string
	met       bool
	measured  bool
}

func write(b *strings.Builder, r results, m machine) {
	fmt.Fprintf(b, "# lifegen benchmarks\n\nWritten by `bench/run.sh` (%s run, %s); every number is the median of %s runs (`-count`; W5: of %s builds), "+
		"every ratio the median of the ratios within a round. Regenerate with `./run.sh` from `bench/`.\n\n", m.mode, m.duration, m.count, m.buildCount)
	fmt.Fprintf(b, "## Machine\n\n| | |\n|---|---|\n| lifegen commit | %s |\n| go | %s |\n| nproc | %s |\n| CPU | %s |\n| date | %s |\n| load average (before → after) | %s |\n\n",
		m.commit, m.goVersion, m.nproc, m.cpu, m.date, m.load)
	var goals []goal
	goals = append(goals, w1(b, r)...)
	goals = append(goals, w2(b, r)...)
	goals = append(goals, w3(b, r)...)
	goals = append(goals, w4(b, r)...)
	goals = append(goals, w5(b, r)...)
	b.WriteString("## Goals\n\n| goal | measured | |\n|---|---|---|\n")
	for _, g := range goals {
		verdict := "**missed**"
		switch {
		case !g.measured:
			verdict, g.got = "not measured", "–"
		case g.met:
			verdict = "met"
		}
		fmt.Fprintf(b, "| %s | %s | %s |\n", g.what, g.got, verdict)
	}
	b.WriteString("\n")
}

func w1(b *strings.Builder, r results) []goal {
	b.WriteString("## W1: start + stop of N no-op components\n\n" +
		"Component i depends on i-1 and i/2. One op = NewApp (or fx.New, ...) + Start + Stop. " +
		"Every system calls the same constructors, each of which allocates its value (1 alloc per component: hand-seq shows the floor). " +
		"par ÷ sys and seq ÷ sys are lifegen parallel's and sequential's time divided by the system's: below 1 lifegen is faster.\n\n")
	name := func(n int, s string) string { return fmt.Sprintf("BenchmarkW1/n=%d/sys=%s", n, s) }
	for _, n := range w1Sizes {
		if r.runs(name(n, "lifegen-par")) == 0 {
			continue
		}
		fmt.Fprintf(b, "### N = %d\n\n| system | ns/op | ns/component | allocs/op | allocs/component | B/op | par ÷ sys | seq ÷ sys |\n|---|--:|--:|--:|--:|--:|--:|--:|\n", n)
		for _, s := range w1Systems {
			k := name(n, s)
			if r.runs(k) == 0 {
				continue
			}
			ns := r.get(k, "ns/op")
			fmt.Fprintf(b, "| %s | %s | %.1f | %.0f | %.2f | %.0f | %s | %s |\n", s, num(ns), ns/float64(n),
				r.get(k, "allocs/op"), r.get(k, "allocs/op")/float64(n), r.get(k, "B/op"),
				fmtRatio(r.ratio(name(n, "lifegen-par"), k, "ns/op")), fmtRatio(r.ratio(name(n, "lifegen-seq"), k, "ns/op")))
		}
		b.WriteString("\n")
	}
	const n = 1000
	par, seq := name(n, "lifegen-par"), name(n, "lifegen-seq")
	perComp := r.get(par, "ns/component")
	fx, fxOK := r.ratio(name(n, "fx"), par, "ns/op")
	return []goal{
		{"W1 N=1,000: lifegen start+stop ≤ 1 µs per component", fmt.Sprintf("par %.2f µs, seq %.2f µs", perComp/1e3, r.get(seq, "ns/component")/1e3),
			perComp <= 1000, r.has(par, "ns/component")},
		{"W1 N=1,000: lifegen ≥ 20× faster than fx", fmt.Sprintf("%.0f× faster", fx), fx >= 20, fxOK},
	}
}

func w2(b *strings.Builder, r results) []goal {
	b.WriteString("## W2: startup and shutdown of a delayed DAG\n\n" +
		"100 nodes in 10 layers of 10, each depending on two nodes of the layer before; constructors sleep a seeded random 0–5 ms, and so do stops (another seed). " +
		"start = NewApp (or equivalent) through Start returning; stop = Stop until it returns. " +
		"The sleep floor sleeps the critical path's start delays back to back on one goroutine, then the reverse critical path's stop delays (a component stops once everything that depends on it has): " +
		"the best any system can do with time.Sleep on this machine. ÷ floor is the system's time divided by the floor's in the same round.\n\n" +
		"| system | start ms | ÷ critical path | ÷ sleep floor | stop ms | ÷ stop critical path | ÷ stop sleep floor | allocs/op |\n|---|--:|--:|--:|--:|--:|--:|--:|\n")
	name := func(s string) string { return "BenchmarkW2/sys=" + s }
	floor := name("sleep-floor")
	for _, s := range w2Systems {
		k := name(s)
		if r.runs(k) == 0 {
			continue
		}
		fmt.Fprintf(b, "| %s | %.2f | %.3f | %s | %.2f | %.3f | %s | %.0f |\n", s,
			r.get(k, "start-ns")/1e6, r.get(k, "x-critical"), fmtRatio3(r.ratio(k, floor, "start-ns")),
			r.get(k, "stop-ns")/1e6, r.get(k, "x-stop-critical"), fmtRatio3(r.ratio(k, floor, "stop-ns")), r.get(k, "allocs/op"))
	}
	b.WriteString("\n")
	start, startOK := r.ratio(name("lifegen-par"), floor, "start-ns")
	stop, stopOK := r.ratio(name("lifegen-par"), floor, "stop-ns")
	return []goal{
		{"W2: lifegen parallel startup ≤ 1.02× the sleep floor", fmt.Sprintf("%.3f×", start), start <= 1.02, startOK},
		{"W2: lifegen shutdown ≤ 1.05× the reverse critical path's stop delays back to back", fmt.Sprintf("%.3f×", stop), stop <= 1.05, stopOK},
	}
}

func w3(b *strings.Builder, r results) []goal {
	b.WriteString("## W3: generator speed\n\n" +
		"Whole processes, from the program's directory as a user runs them: `lifegen generate` (this checkout, built once) and `wire gen` " +
		"(the version in bench/go.mod, built once) on the W5 program of N components (the W1 graph), as a lifegen spec with the components' Go code, " +
		"and as wire providers with an injector. One exec per op, the generated file removed before it; lines is the generated file's length.\n\n" +
		"| N | lifegen ms | wire ms | lifegen ÷ wire | lifegen peak MB | wire peak MB | lifegen lines | wire lines |\n|--:|--:|--:|--:|--:|--:|--:|--:|\n")
	name := func(n int, tool string) string { return fmt.Sprintf("BenchmarkW3/n=%d/tool=%s", n, tool) }
	for _, n := range buildN {
		l, w := name(n, "lifegen"), name(n, "wire")
		if !r.has(l, "wall-ms") {
			continue
		}
		fmt.Fprintf(b, "| %s | %s | %s | %s | %.0f | %.0f | %s | %s |\n", num(float64(n)), num(r.get(l, "wall-ms")), num(r.get(w, "wall-ms")),
			fmtRatio(r.ratio(l, w, "wall-ms")), r.get(l, "peak-MB"), r.get(w, "peak-MB"), num(r.get(l, "lines")), num(r.get(w, "lines")))
	}
	b.WriteString("\n")
	var goals []goal
	for _, n := range []int{100, 1000} {
		x, ok := r.ratio(name(n, "lifegen"), name(n, "wire"), "wall-ms")
		goals = append(goals, goal{fmt.Sprintf("W3 N=%s: `lifegen generate` no slower than `wire gen`", num(float64(n))),
			fmt.Sprintf("%.2f× wire's time", x), x <= 1, ok})
	}
	return goals
}

func w4(b *strings.Builder, r results) []goal {
	b.WriteString("## W4: workers\n\n" +
		"Throughput: b.N items sent on the queue of a pool of GOMAXPROCS workers (capacity 1024) with a no-op handler, then Stop, which drains. " +
		"The items go through the send side of the queue held by a feeder service. " +
		"`hand` is a channel + goroutines ranging over it (closed at stop); `hand-select` never closes the channel, as lifegen must not, " +
		"and selects between an item and a quit channel, counting items.\n\n" +
		"| system | items/s | ns/item | lifegen ÷ system |\n|---|--:|--:|--:|\n")
	var names []string
	for name := range r {
		if strings.HasPrefix(name, "BenchmarkW4Throughput/") {
			names = append(names, name)
		}
	}
	slices.Sort(names)
	sysName := func(s string) string {
		for _, n := range names {
			if strings.HasSuffix(n, "/sys="+s) {
				return n
			}
		}
		return ""
	}
	lg := sysName("lifegen")
	for _, s := range []string{"lifegen", "hand", "hand-select"} {
		k := sysName(s)
		if k == "" {
			continue
		}
		fmt.Fprintf(b, "| %s (%s) | %s | %.1f | %s |\n", s, strings.Split(k, "/")[1], num(r.get(k, "items/s")), r.get(k, "ns/op"),
			fmtRatio(r.ratio(lg, k, "items/s")))
	}
	b.WriteString("\nIdle cost: goroutines a running app adds (NumGoroutine after Start − before), for 10 services alone; " +
		"10 services + a queue, its feeder service and a worker block of 4; 10 services with a health check each. cycle is one NewApp + Start + Stop.\n\n" +
		"| spec | goroutines | per component | cycle µs | allocs/cycle |\n|---|--:|--:|--:|--:|\n")
	for _, s := range []string{"services", "workers", "health"} {
		k := "BenchmarkW4Idle/spec=" + s
		if r.runs(k) == 0 {
			continue
		}
		fmt.Fprintf(b, "| %s | %.0f | %.2f | %.1f | %.0f |\n", s, r.get(k, "goroutines"), r.get(k, "goroutines/component"), r.get(k, "ns/op")/1e3, r.get(k, "allocs/op"))
	}
	b.WriteString("\n")
	x, ok := r.ratio(lg, sysName("hand"), "items/s")
	return []goal{{"W4: lifegen worker throughput ≥ 0.95× a hand-written pool (`hand`, closed channel)", fmt.Sprintf("%.2f×", x), x >= 0.95, ok}}
}

func w5(b *strings.Builder, r results) []goal {
	b.WriteString("## W5: build cost\n\n" +
		"`go build` of one program of N components (the W1 graph; constructors `NewCI(ctx, deps...) (*CI, error)`, `Stop(ctx) error`; main starts and stops everything) " +
		"written three ways: `lifegen` (a spec and its generated file), `wire` (one provider per component adapting it to wire's cleanup shape, an injector and its generated wire_gen.go), " +
		"`hand` (straight-line start in dependency order, stop in reverse, errors joined). " +
		"Only the program's package is compiled and linked in a measured build (dependencies come from the warm build cache). " +
		"peak MB is the largest process of the build (compiler, linker or go command). A build over the cap is killed and shown as > cap.\n\n" +
		"| N | way | build ms | ÷ hand | peak MB | ÷ hand | binary KB | ÷ hand |\n|--:|---|--:|--:|--:|--:|--:|--:|\n")
	name := func(n int, way string) string { return fmt.Sprintf("BenchmarkW5/n=%d/way=%s", n, way) }
	capped := func(k string) bool { return r.get(k, "capped") > 0 }
	for _, n := range buildN {
		hand := name(n, "hand")
		if !r.has(hand, "build-ms") {
			continue
		}
		for _, way := range ways {
			k := name(n, way)
			if !r.has(k, "build-ms") {
				continue
			}
			if capped(k) {
				fmt.Fprintf(b, "| %s | %s | > %s (cap) | > %s | – | – | – | – |\n", num(float64(n)), way, num(r.get(k, "build-ms")),
					fmtRatio(r.get(k, "build-ms")/r.get(hand, "build-ms"), true))
				continue
			}
			fmt.Fprintf(b, "| %s | %s | %s | %s | %.0f | %s | %s | %s |\n", num(float64(n)), way, num(r.get(k, "build-ms")),
				fmtRatio(r.ratio(k, hand, "build-ms")), r.get(k, "peak-MB"), fmtRatio(r.ratio(k, hand, "peak-MB")),
				num(r.get(k, "bin-KB")), fmtRatio(r.ratio(k, hand, "bin-KB")))
		}
	}
	b.WriteString("\nBinary growth per component, the slope between N = 100 and N = 1,000:\n\n| way | KB per component | ÷ hand |\n|---|--:|--:|\n")
	slope := func(way string) (float64, bool) {
		a, z := name(100, way), name(1000, way)
		if !r.has(a, "bin-KB") || !r.has(z, "bin-KB") || capped(a) || capped(z) {
			return 0, false
		}
		return (r.get(z, "bin-KB") - r.get(a, "bin-KB")) / 900, true
	}
	handSlope, handOK := slope("hand")
	for _, way := range ways {
		if s, ok := slope(way); ok {
			fmt.Fprintf(b, "| %s | %.2f | %s |\n", way, s, fmtRatio(s/handSlope, handOK))
		} else {
			fmt.Fprintf(b, "| %s | – | – |\n", way)
		}
	}
	b.WriteString("\n")
	var goals []goal
	for _, n := range []int{100, 1000} {
		l, h := name(n, "lifegen"), name(n, "hand")
		t, tOK := r.ratio(l, h, "build-ms")
		m, mOK := r.ratio(l, h, "peak-MB")
		ok := tOK && mOK && !capped(l) && !capped(h)
		goals = append(goals, goal{fmt.Sprintf("W5 N=%s: lifegen build time and peak memory ≤ 2× hand-written", num(float64(n))),
			fmt.Sprintf("time %.2f×, memory %.2f×", t, m), t <= 2 && m <= 2, ok})
	}
	ls, lOK := slope("lifegen")
	return append(goals, goal{"W5: lifegen binary growth per component ≤ 2× hand-written's",
		fmt.Sprintf("%.2f vs %.2f KB (%.1f×)", ls, handSlope, ls/handSlope), ls <= 2*handSlope, lOK && handOK})
}

// fmtRatio formats a ratio with two decimals, or "–" when there is none.
func fmtRatio(v float64, ok bool) string {
	if !ok {
		return "–"
	}
	return fmt.Sprintf("%.2f", v)
}

// fmtRatio3 is fmtRatio with three decimals.
func fmtRatio3(v float64, ok bool) string {
	if !ok {
		return "–"
	}
	return fmt.Sprintf("%.3f", v)
}

// num formats a number with thousands separators and no decimals.
func num(v float64) string {
	s := fmt.Sprintf("%.0f", v)
	var out []byte
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 && s[i-1] != '-' {
			out = append(out, ',')
		}
		out = append(out, s[i])
	}
	return string(out)
}
