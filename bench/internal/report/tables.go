package main

import (
	"fmt"
	"strings"
)

type machine struct {
	goVersion, nproc, cpu, date, load, count, duration string
}

var (
	w1Sizes   = []int{10, 100, 1000, 5000}
	w1Systems = []string{"lifegen-par", "lifegen-seq", "hand-seq", "hand-dataflow", "hand-par", "oklog-run", "fx"}
	w2Systems = []string{"sleep-floor", "lifegen-par", "hand-dataflow", "hand-par", "oklog-run", "fx"}
	w3Sizes   = []int{100, 1000, 10000}
)

// target is one goal of the issue and whether the run met it.
type target struct {
	what, measured string
	met            bool
}

func write(b *strings.Builder, r results, m machine) {
	fmt.Fprintf(b, "# lifegen benchmarks\n\nWritten by `bench/run.sh` (%s); every number is the median of %s runs (`-count`). "+
		"Regenerate with `./run.sh` from `bench/`.\n\n", m.duration, m.count)
	fmt.Fprintf(b, "## Machine\n\n| | |\n|---|---|\n| go | %s |\n| nproc | %s |\n| CPU | %s |\n| date | %s |\n| load average (before → after) | %s |\n\n",
		m.goVersion, m.nproc, m.cpu, m.date, m.load)
	var targets []target
	targets = append(targets, w1(b, r)...)
	targets = append(targets, w2(b, r)...)
	targets = append(targets, w3(b, r)...)
	targets = append(targets, w4(b, r)...)
	b.WriteString("## Targets\n\n| target | measured | |\n|---|---|---|\n")
	for _, t := range targets {
		verdict := "**missed**"
		if t.met {
			verdict = "met"
		}
		fmt.Fprintf(b, "| %s | %s | %s |\n", t.what, t.measured, verdict)
	}
	b.WriteString("\n")
}

func w1(b *strings.Builder, r results) []target {
	b.WriteString("## W1: start + stop of N no-op components\n\n" +
		"Component i depends on i-1 and i/2. One op = NewApp (or fx.New, ...) + Start + Stop. " +
		"Every system calls the same constructors, each of which allocates its value (1 alloc per component: hand-seq shows the floor). " +
		"par ÷ sys and seq ÷ sys are lifegen parallel's and sequential's time divided by the system's: below 1 lifegen is faster.\n\n")
	name := func(n int, s string) string { return fmt.Sprintf("BenchmarkW1/n=%d/sys=%s", n, s) }
	for _, n := range w1Sizes {
		fmt.Fprintf(b, "### N = %d\n\n| system | ns/op | ns/component | allocs/op | allocs/component | B/op | par ÷ sys | seq ÷ sys |\n|---|--:|--:|--:|--:|--:|--:|--:|\n", n)
		par, seq := r.get(name(n, "lifegen-par"), "ns/op"), r.get(name(n, "lifegen-seq"), "ns/op")
		for _, s := range w1Systems {
			k := name(n, s)
			if r.runs(k) == 0 {
				continue
			}
			ns := r.get(k, "ns/op")
			fmt.Fprintf(b, "| %s | %s | %.1f | %.0f | %.2f | %.0f | %s | %s |\n", s, num(ns), ns/float64(n),
				r.get(k, "allocs/op"), r.get(k, "allocs/op")/float64(n), r.get(k, "B/op"), ratio(par, ns), ratio(seq, ns))
		}
		b.WriteString("\n")
	}
	const n = 1000
	par, seq := r.get(name(n, "lifegen-par"), "ns/op"), r.get(name(n, "lifegen-seq"), "ns/op")
	flow, hseq, fx := r.get(name(n, "hand-dataflow"), "ns/op"), r.get(name(n, "hand-seq"), "ns/op"), r.get(name(n, "fx"), "ns/op")
	pa, sa := r.get(name(n, "lifegen-par"), "allocs/op")/n, r.get(name(n, "lifegen-seq"), "allocs/op")/n
	return []target{
		{"W1 N=1000: parallel ≤ 1.5× hand-written dataflow", fmt.Sprintf("%.2f×", par/flow), par <= 1.5*flow},
		{"W1 N=1000: parallel ≥ 100× faster than fx", fmt.Sprintf("%.0f× faster", fx/par), fx >= 100*par},
		{"W1 N=1000: sequential ≤ 1.5× hand-written sequential", fmt.Sprintf("%.2f×", seq/hseq), seq <= 1.5*hseq},
		{"W1 N=1000: ≤ 2 allocations per component (the constructor's own included)", fmt.Sprintf("par %.3f, seq %.3f", pa, sa), pa <= 2 && sa <= 2},
	}
}

func w2(b *strings.Builder, r results) []target {
	b.WriteString("## W2: parallel startup against the critical path\n\n" +
		"100 nodes in 10 layers of 10, each depending on two nodes of the layer before; constructors sleep a seeded random 0–5 ms. " +
		"start = NewApp (or equivalent) through Start returning. The sleep floor sleeps the critical path's delays back to back on one goroutine. " +
		"÷ floor is the system's start time divided by the floor's.\n\n" +
		"| system | start ms | ÷ critical path | ÷ sleep floor | allocs/op |\n|---|--:|--:|--:|--:|\n")
	name := func(s string) string { return "BenchmarkW2/sys=" + s }
	floor := r.get(name("sleep-floor"), "start-ns")
	for _, s := range w2Systems {
		k := name(s)
		if r.runs(k) == 0 {
			continue
		}
		st := r.get(k, "start-ns")
		fmt.Fprintf(b, "| %s | %.2f | %.3f | %.3f | %.0f |\n", s, st/1e6, r.get(k, "x-critical"), st/floor, r.get(k, "allocs/op"))
	}
	b.WriteString("\n")
	lg := r.get(name("lifegen-par"), "start-ns")
	return []target{{"W2: lifegen parallel start ≤ 1.03× the sleep floor", fmt.Sprintf("%.3f×", lg/floor), lg <= 1.03*floor}}
}

func w3(b *strings.Builder, r results) []target {
	b.WriteString("## W3: generator speed\n\n" +
		"Whole processes: `lifegen generate -o OUT SPEC` (binary built once with `go build`) and `wire gen ./nN` (wire v0.7.0, built with `go install`) " +
		"on the W1 graph shape as a lifegen spec and as wire providers + injector. One exec per op.\n\n" +
		"| N | lifegen ms | wire ms | lifegen ÷ wire |\n|--:|--:|--:|--:|\n")
	proc := func(n int, tool string) float64 {
		return r.get(fmt.Sprintf("BenchmarkW3Process/n=%d/tool=%s", n, tool), "ns/op")
	}
	for _, n := range w3Sizes {
		l, w := proc(n, "lifegen"), proc(n, "wire")
		fmt.Fprintf(b, "| %d | %.1f | %.1f | %s |\n", n, l/1e6, w/1e6, ratio(l, w))
	}
	fmt.Fprintf(b, "| growth t(10k)/t(1k) | %.2f | %.2f | |\n\n", proc(10000, "lifegen")/proc(1000, "lifegen"), proc(10000, "wire")/proc(1000, "wire"))
	b.WriteString("In process (testing.B): `spec.Parse`, `generator.Generate`, and both.\n\n| N | parse ms | generate ms | parse+generate ms | allocs/op (both) |\n|--:|--:|--:|--:|--:|\n")
	inp := func(n int, step, unit string) float64 {
		return r.get(fmt.Sprintf("BenchmarkW3InProcess/n=%d/step=%s", n, step), unit)
	}
	for _, n := range w3Sizes {
		fmt.Fprintf(b, "| %d | %.1f | %.1f | %.1f | %.0f |\n", n, inp(n, "parse", "ns/op")/1e6, inp(n, "generate", "ns/op")/1e6,
			inp(n, "parse+generate", "ns/op")/1e6, inp(n, "parse+generate", "allocs/op"))
	}
	fmt.Fprintf(b, "| growth t(10k)/t(1k) | %.2f | %.2f | %.2f | |\n\n", inp(10000, "parse", "ns/op")/inp(1000, "parse", "ns/op"),
		inp(10000, "generate", "ns/op")/inp(1000, "generate", "ns/op"), inp(10000, "parse+generate", "ns/op")/inp(1000, "parse+generate", "ns/op"))
	l1, w1 := proc(1000, "lifegen"), proc(1000, "wire")
	growth := proc(10000, "lifegen") / l1
	return []target{
		{"W3 N=1000: lifegen generate ≥ 5× faster than wire gen (whole processes)", fmt.Sprintf("lifegen takes %.2f× wire's time", l1/w1), w1 >= 5*l1},
		{"W3: lifegen t(10k)/t(1k) ≤ 12", fmt.Sprintf("%.2f", growth), growth <= 12},
	}
}

func w4(b *strings.Builder, r results) []target {
	b.WriteString("## W4: workers\n\n" +
		"Throughput: b.N items sent on the queue of a pool of GOMAXPROCS workers (capacity 1024) with a no-op handler, then Stop, which drains. " +
		"`hand` is a channel + goroutines ranging over it (closed at stop); `hand-select` never closes the channel, as lifegen must not, " +
		"and selects between an item and a quit channel, counting items.\n\n" +
		"| system | items/s | ns/item | lifegen ÷ system |\n|---|--:|--:|--:|\n")
	var lg, hand float64
	for name := range r {
		if !strings.HasPrefix(name, "BenchmarkW4Throughput/") {
			continue
		}
		switch {
		case strings.HasSuffix(name, "sys=lifegen"):
			lg = r.get(name, "items/s")
		case strings.HasSuffix(name, "sys=hand"):
			hand = r.get(name, "items/s")
		}
	}
	for _, sys := range []string{"lifegen", "hand", "hand-select"} {
		for name := range r {
			if strings.HasPrefix(name, "BenchmarkW4Throughput/") && strings.HasSuffix(name, "sys="+sys) {
				v := r.get(name, "items/s")
				fmt.Fprintf(b, "| %s (%s) | %s | %.1f | %.2f |\n", sys, strings.Split(name, "/")[1], num(v), r.get(name, "ns/op"), lg/v)
			}
		}
	}
	b.WriteString("\nIdle cost: goroutines a running app adds (NumGoroutine after Start − before), for 10 services alone; " +
		"10 services + a queue + a worker block of 4; 10 services with a health check each. cycle is one NewApp + Start + Stop.\n\n" +
		"| spec | goroutines | per component | cycle µs | allocs/cycle |\n|---|--:|--:|--:|--:|\n")
	for _, s := range []string{"services", "workers", "health"} {
		k := "BenchmarkW4Idle/spec=" + s
		fmt.Fprintf(b, "| %s | %.0f | %.2f | %.1f | %.0f |\n", s, r.get(k, "goroutines"), r.get(k, "goroutines/component"), r.get(k, "ns/op")/1e3, r.get(k, "allocs/op"))
	}
	b.WriteString("\n")
	return []target{{"W4: lifegen worker throughput ≥ 0.9× hand-written (`hand`)", fmt.Sprintf("%.2f×", lg/hand), lg >= 0.9*hand}}
}

// ratio formats a/b.
func ratio(a, b float64) string {
	if b == 0 {
		return "–"
	}
	return fmt.Sprintf("%.2f", a/b)
}

// num formats a large number with thousands separators.
func num(v float64) string {
	s := fmt.Sprintf("%.0f", v)
	var out []byte
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, s[i])
	}
	return string(out)
}
