package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"slices"
	"strings"
	"syscall"
	"testing"
)

// TestTargets runs the program with each choice of -target and checks
// what it constructed and what it left to the other deployment.
func TestTargets(t *testing.T) {
	for _, tc := range []struct {
		name     string
		args     []string
		running  string
		disabled string
	}{
		{"frontend", []string{"-target=frontend"}, "store api", "jobs process poller"},
		{"workers", []string{"-target=workers"}, "store jobs process poller", "api"},
		{"comma-separated", []string{"-target=frontend,workers"}, "store api jobs process poller", ""},
		{"repeated", []string{"-target=workers", "-target", "frontend"}, "store api jobs process poller", ""},
		{"default", nil, "store api jobs process poller", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			args := append([]string{"-addr=127.0.0.1:0", "-duration=300ms"}, tc.args...)
			var stdout, stderr bytes.Buffer
			if code := run(t.Context(), args, &stdout, &stderr); code != 0 {
				t.Fatalf("run %q = %d\n%s%s", args, code, stdout.String(), stderr.String())
			}
			out := stdout.String()
			t.Logf("output:\n%s", out)
			lines := strings.Split(out, "\n")
			has := func(prefix string) bool {
				return slices.ContainsFunc(lines, func(l string) bool { return strings.HasPrefix(l, prefix) })
			}
			if !slices.Contains(lines, "main     running: "+tc.running) {
				t.Errorf("want running: %s", tc.running)
			}
			if tc.disabled == "" && has("main     disabled:") || tc.disabled != "" && !slices.Contains(lines, "main     disabled: "+tc.disabled) {
				t.Errorf("want disabled: %q", tc.disabled)
			}
			// What a target does not need is never constructed.
			api, workers := strings.Contains(tc.running, "api"), strings.Contains(tc.running, "poller")
			if has("api      listening on") != api {
				t.Errorf("api constructed: %v, want %v", !api, api)
			}
			if has("poller   watching") != workers {
				t.Errorf("poller constructed: %v, want %v", !workers, workers)
			}
			if got := strings.Count(out, "process  job "); workers && got != 3 || !workers && got != 0 {
				t.Errorf("%d jobs processed", got)
			}
			if !slices.Contains(lines, "main     stopped") {
				t.Error("no clean stop")
			}
		})
	}
}

func TestUnknownTarget(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run(t.Context(), []string{"-target=frontend,backend"}, &stdout, &stderr); code != 2 {
		t.Errorf("run = %d, want 2", code)
	}
	if want := `unknown target "backend"; the targets are: frontend, workers`; !strings.Contains(stderr.String(), want) {
		t.Errorf("stderr does not say %q:\n%s", want, stderr.String())
	}
	if stdout.Len() > 0 {
		t.Errorf("something ran:\n%s", stdout.String())
	}
}

// TestSecondSignalExits drives the signal handling with fake signals: the
// first cancels the context, the second exits at once.
func TestSecondSignalExits(t *testing.T) {
	ctx, cancel := context.WithCancelCause(context.Background())
	signals := make(chan os.Signal)
	exited := make(chan int, 1)
	var stderr bytes.Buffer // read once exit was called
	go shutdownOnSignal(signals, cancel, &stderr, func(code int) { exited <- code })

	signals <- os.Interrupt
	<-ctx.Done()
	if cause := context.Cause(ctx); cause == nil || !strings.Contains(cause.Error(), "interrupt") {
		t.Errorf("cause = %v, want the signal", cause)
	}
	select {
	case code := <-exited:
		t.Fatalf("exited with %d after the first signal", code)
	default:
	}
	signals <- syscall.SIGTERM
	if code := <-exited; code != 1 {
		t.Errorf("exit code %d, want 1", code)
	}
	if !strings.Contains(stderr.String(), "again") {
		t.Errorf("stderr = %q", stderr.String())
	}
	if errors.Is(context.Cause(ctx), context.Canceled) {
		t.Error("the cause does not name the signal")
	}
}
