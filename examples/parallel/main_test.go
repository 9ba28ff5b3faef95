package main

import (
	"bytes"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestRun checks the shape of the output: in parallel every service starts
// before any is running, sequentially each one starts after the previous
// is running; both report their start time. The times themselves are not
// asserted (they belong in benchmarks), only the order of events.
func TestRun(t *testing.T) {
	var out bytes.Buffer
	if code := run(t.Context(), &out); code != 0 {
		t.Fatalf("run returned %d, want 0\n%s", code, out.String())
	}
	t.Logf("output:\n%s", out.String())
	parallel, sequential, ok := strings.Cut(out.String(), `startup = "sequential"`)
	if !ok {
		t.Fatal(`no "startup = \"sequential\"" section`)
	}

	// Parallel: the shortest delay is 200ms, far longer than it takes to
	// launch the three constructors.
	events := startEvents(parallel)
	if got := events[:3]; !sameSet(got, []string{"db starting", "metrics starting", "logs starting"}) {
		t.Errorf("parallel: first events %q, want the three services starting", got)
	}
	if got := events[3:]; !sameSet(got, []string{"db running", "metrics running", "logs running"}) {
		t.Errorf("parallel: then %q, want the three services running", got)
	}

	want := []string{"db starting", "db running", "metrics starting", "metrics running", "logs starting", "logs running"}
	if got := startEvents(sequential); !slices.Equal(got, want) {
		t.Errorf("sequential: events %q, want %q", got, want)
	}
	for _, s := range []string{"delays: sum 900ms, max 400ms", "parallel start:", "sequential start:"} {
		if !strings.Contains(out.String(), s) {
			t.Errorf("no %q in the output", s)
		}
	}
}

// startEvents lists the "NAME starting" and "NAME running" events of out.
func startEvents(out string) []string {
	var events []string
	for _, m := range regexp.MustCompile(`(?m)^\[ *[\d.]+s\] (\S+) +-> (starting|running)`).FindAllStringSubmatch(out, -1) {
		events = append(events, m[1]+" "+m[2])
	}
	return events
}

func sameSet(a, b []string) bool {
	return slices.Equal(slices.Sorted(slices.Values(a)), slices.Sorted(slices.Values(b)))
}
