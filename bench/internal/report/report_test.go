package main

import (
	"strings"
	"testing"
)

const sample = `goos: linux
BenchmarkW2/sys=sleep-floor-2   10  1 ns/op  40000000 start-ns  1.1 x-critical  30000000 stop-ns  1.2 x-stop-critical  0 B/op  0 allocs/op
BenchmarkW2/sys=lifegen-par-2   10  1 ns/op  40400000 start-ns  1.1 x-critical  33000000 stop-ns  1.3 x-stop-critical  0 B/op  9 allocs/op
BenchmarkW2/sys=sleep-floor-2   10  1 ns/op  50000000 start-ns  1.1 x-critical  30000000 stop-ns  1.2 x-stop-critical  0 B/op  0 allocs/op
BenchmarkW2/sys=lifegen-par-2   10  1 ns/op  50500000 start-ns  1.1 x-critical  30300000 stop-ns  1.3 x-stop-critical  0 B/op  9 allocs/op
BenchmarkW5/n=100/way=lifegen-2  1  1 ns/op  300 bin-KB  1500 build-ms  0 capped  150 peak-MB
BenchmarkW5/n=100/way=wire-2     1  1 ns/op  200 bin-KB  1200 build-ms  0 capped  100 peak-MB
BenchmarkW5/n=100/way=hand-2     1  1 ns/op  200 bin-KB  1000 build-ms  0 capped  100 peak-MB
BenchmarkW5/n=1000/way=lifegen-2 1  1 ns/op  1200 bin-KB 4000 build-ms  0 capped  300 peak-MB
BenchmarkW5/n=1000/way=wire-2    1  1 ns/op  300000 build-ms  1 capped
BenchmarkW5/n=1000/way=hand-2    1  1 ns/op  740 bin-KB 2000 build-ms  0 capped  120 peak-MB
`

func TestRatioPairsRounds(t *testing.T) {
	r, err := parse(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	// Rounds: 40.4/40 = 1.01 and 50.5/50 = 1.01; the ratio of the
	// medians would be 45.45/45 = 1.01 too, but stop: 1.1 and 1.01.
	got, ok := r.ratio("BenchmarkW2/sys=lifegen-par", "BenchmarkW2/sys=sleep-floor", "stop-ns")
	if !ok || got < 1.0549 || got > 1.0551 {
		t.Errorf("stop ratio = %v, %v; want the median of 1.1 and 1.01 (1.055)", got, ok)
	}
	if _, ok := r.ratio("BenchmarkW2/sys=fx", "BenchmarkW2/sys=sleep-floor", "stop-ns"); ok {
		t.Error("a ratio with a system that did not run")
	}
}

func TestWrite(t *testing.T) {
	r, err := parse(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	write(&b, r, machine{mode: "quick"})
	out := b.String()
	for _, want := range []string{
		"| W2: lifegen parallel startup ≤ 1.02× the sleep floor | 1.010× | met |",
		"| W2: lifegen shutdown ≤ 1.05× the reverse critical path's stop delays back to back | 1.055× | **missed** |",
		"| 1,000 | wire | > 300,000 (cap) | > 150.00 | – | – | – | – |",
		"| W5 N=100: lifegen build time and peak memory ≤ 2× hand-written | time 1.50×, memory 1.50× | met |",
		"| lifegen | 1.00 | 1.67 |",
		"| wire | – | – |",
		"| W3 N=100: `lifegen generate` no slower than `wire gen` | – | not measured |",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	if t.Failed() {
		t.Log(out)
	}
}
