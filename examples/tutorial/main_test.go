package main

import (
	"bytes"
	"context"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestRun runs the tutorial for its default duration and checks what its
// output promises: the startup order, readiness, health checks, every
// enqueued job processed, and the shutdown order.
func TestRun(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run(t.Context(), nil, &stdout, &stderr); code != 0 {
		t.Fatalf("run returned %d, want 0\nstdout:\n%s\nstderr:\n%s", code, stdout.String(), stderr.String())
	}
	if stderr.Len() > 0 {
		t.Errorf("unexpected stderr:\n%s", stderr.String())
	}
	lines := untimed(stdout.String())
	t.Logf("output:\n%s", strings.Join(lines, "\n"))

	// Sequential startup: the order is fixed, and readiness comes last.
	var events []string
	for _, l := range lines[:index(t, lines, "main       all components ready")] {
		if strings.Contains(l, " -> ") {
			e, _, _ := strings.Cut(l, " (took") // the durations vary
			events = append(events, strings.Join(strings.Fields(e), " "))
		}
	}
	want := []string{
		"database -> starting", "database -> running",
		"cache -> starting", "cache -> running",
		"background -> starting", "background -> running",
		"jobs -> starting", "jobs -> running",
		"api -> starting", "api -> running",
	}
	if !slices.Equal(events, want) {
		t.Errorf("startup events:\n  %s\nwant:\n  %s", strings.Join(events, "\n  "), strings.Join(want, "\n  "))
	}

	index(t, lines, "database   health check #1: ok")

	// Every job the API enqueued was processed before the workers stopped.
	enqueued := count(lines, regexp.MustCompile(`^api +GET /report/\d+: enqueued job \d+$`))
	completed := count(lines, regexp.MustCompile(`^background job \d+: completed$`))
	if enqueued == 0 || completed != enqueued {
		t.Errorf("%d jobs enqueued, %d completed; want the same, at least 1", enqueued, completed)
	}
	index(t, lines, "main       background: "+strconv.Itoa(enqueued)+" jobs processed, 0 failed, 0 dropped")

	// Shutdown in reverse dependency order; cache and jobs (then
	// background) may stop in parallel.
	before := func(a, b string) {
		t.Helper()
		if index(t, lines, a) >= index(t, lines, b) {
			t.Errorf("%q should come before %q", a, b)
		}
	}
	before("main       shutting down (-duration 2s elapsed), in reverse order", "api        -> stopping")
	before("api        -> stopped", "cache      -> stopping")
	before("api        -> stopped", "jobs       -> stopping")
	before("jobs       -> stopped", "background -> stopping")
	before("cache      -> stopped", "database   -> stopping")
	before("background -> stopped", "database   -> stopping")
	before("database   -> stopped", "main       all components stopped")
}

func TestRunBadFlag(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), []string{"-nope"}, &stdout, &stderr); code != 2 {
		t.Errorf("run returned %d, want 2", code)
	}
}

// untimed returns the lines of out without their "[  0.201s] " prefix.
func untimed(out string) []string {
	prefix := regexp.MustCompile(`^\[ *\d+\.\d{3}s\] `)
	var lines []string
	for l := range strings.Lines(out) {
		lines = append(lines, prefix.ReplaceAllString(strings.TrimSuffix(l, "\n"), ""))
	}
	return lines
}

// index returns the index of the first line that starts with prefix.
func index(t *testing.T, lines []string, prefix string) int {
	t.Helper()
	i := slices.IndexFunc(lines, func(l string) bool { return strings.HasPrefix(l, prefix) })
	if i < 0 {
		t.Fatalf("no line starts with %q", prefix)
	}
	return i
}

func count(lines []string, re *regexp.Regexp) int {
	n := 0
	for _, l := range lines {
		if re.MatchString(l) {
			n++
		}
	}
	return n
}
