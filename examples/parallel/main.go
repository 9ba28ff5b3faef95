package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"time"
)

func main() {
	// Ctrl-C cancels ctx, which aborts a Start in progress. The demo's
	// stops are quick, but a second Ctrl-C still ends it at once: once ctx
	// is cancelled, stop restores the default handling of the signal.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	context.AfterFunc(ctx, stop)
	code := run(ctx, os.Stdout)
	stop()
	os.Exit(code)
}

// startStopper is what main needs of both generated apps.
type startStopper interface {
	Start(context.Context) error
	Stop(context.Context) error
}

// run starts and stops the parallel app, then the sequential one, and
// prints how long each took to start next to the sum and the maximum of
// the services' delays.
func run(ctx context.Context, stdout io.Writer) int {
	var sum, slowest time.Duration
	for _, d := range Delays {
		sum += d.Delay
		slowest = max(slowest, d.Delay)
	}
	quiet := slog.New(slog.NewTextHandler(stdout, &slog.HandlerOptions{Level: slog.LevelWarn}))

	// The two apps have different types (Parallel, Sequential) and
	// different event types; each OnEvent passes the fields to print.
	p := NewParallel()
	p.Logger = quiet
	t0 := time.Now()
	p.OnEvent = func(e ParallelEvent) { printEvent(stdout, t0, e.Time, e.Name, string(e.State), e.Duration) }
	fmt.Fprintln(stdout, `startup = "parallel" (parallel.lifecycle.hcl):`)
	took, err := startStop(ctx, p)
	if err != nil {
		fmt.Fprintln(stdout, "error:", err)
		return 1
	}
	parallel := took

	s := NewSequential()
	s.Logger = quiet
	t0 = time.Now()
	s.OnEvent = func(e SequentialEvent) { printEvent(stdout, t0, e.Time, e.Name, string(e.State), e.Duration) }
	fmt.Fprintln(stdout, "\n"+`startup = "sequential" (sequential.lifecycle.hcl):`)
	if took, err = startStop(ctx, s); err != nil {
		fmt.Fprintln(stdout, "error:", err)
		return 1
	}
	sequential := took

	fmt.Fprintf(stdout, "\ndelays: sum %v, max %v\n", sum, slowest)
	fmt.Fprintf(stdout, "parallel start:   %v (about the max)\n", parallel.Round(time.Millisecond))
	fmt.Fprintf(stdout, "sequential start: %v (about the sum)\n", sequential.Round(time.Millisecond))
	return 0
}

// startStop starts app, reports how long Start took, then stops it.
func startStop(ctx context.Context, app startStopper) (time.Duration, error) {
	t0 := time.Now()
	if err := app.Start(ctx); err != nil {
		return 0, err
	}
	took := time.Since(t0)
	return took, app.Stop(context.WithoutCancel(ctx))
}

// printEvent prints one state change, with its time since t0.
func printEvent(w io.Writer, t0, at time.Time, name, state string, d time.Duration) {
	line := fmt.Sprintf("[%7.3fs] %-8s -> %s", at.Sub(t0).Seconds(), name, state)
	if took := d.Round(time.Millisecond); took > 0 && (state == "running" || state == "stopped") {
		line += fmt.Sprintf(" (took %v)", took)
	}
	fmt.Fprintln(w, line)
}
