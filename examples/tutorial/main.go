package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	// The first Ctrl-C (or SIGTERM) cancels ctx, and app.Run shuts down
	// gracefully; a second one ends the process at once, for when the
	// shutdown takes longer than whoever pressed Ctrl-C wants to wait.
	ctx, cancel := context.WithCancelCause(context.Background())
	signals := make(chan os.Signal, 1)
	signal.Notify(signals, os.Interrupt, syscall.SIGTERM)
	go func() {
		sig := <-signals
		cancel(fmt.Errorf("received %v", sig))
		<-signals
		fmt.Fprintln(os.Stderr, "second signal: exiting without waiting for the shutdown")
		os.Exit(1)
	}()
	os.Exit(run(ctx, os.Args[1:], os.Stdout, os.Stderr))
}

// run is the whole program: main only adds the signal handling and the
// exit code, so that the test can call run directly.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("tutorial", flag.ContinueOnError)
	flags.SetOutput(stderr)
	duration := flags.Duration("duration", 2*time.Second, "shut down after this long (0: wait for Ctrl-C)")
	if err := flags.Parse(args); err != nil {
		return 2
	}
	if *duration > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeoutCause(ctx, *duration, fmt.Errorf("-duration %v elapsed", *duration))
		defer cancel()
	}

	log := NewLog(stdout)
	app := NewApp(log)
	// Every state change of every component, as one readable line. The
	// Logger still reports problems (a failed health check, a failed job).
	app.OnEvent = eventPrinter(ctx, app, log)
	app.Logger = slog.New(slog.NewTextHandler(stdout, &slog.HandlerOptions{Level: slog.LevelWarn}))

	go announceReady(app, log)
	log.Printf("main", "starting (press Ctrl-C to stop)")
	err := app.Run(ctx)
	for _, s := range app.Status() {
		if s.Kind == "worker" {
			log.Printf("main", "%s: %d jobs processed, %d failed, %d dropped", s.Name, s.Processed, s.Failed, s.Dropped)
		}
	}
	if err != nil {
		log.Printf("main", "stopped with an error: %v", err)
		return 1
	}
	log.Printf("main", "all components stopped")
	return 0
}

// eventPrinter returns an OnEvent function that prints each state change:
//
//	[  0.201s] database   -> running (took 201ms)
//
// Before the first "stopping" of the shutdown it says why the shutdown
// began (a restart stops components too, without a shutdown).
func eventPrinter(ctx context.Context, app *App, log *Log) func(AppEvent) {
	stopping := false // OnEvent is called one event at a time
	return func(e AppEvent) {
		if e.State == AppStopping && !stopping && isClosed(app.Done()) {
			stopping = true
			why := "a component failed"
			if err := app.Err(); err != nil {
				why = err.Error()
			} else if ctx.Err() != nil {
				why = context.Cause(ctx).Error()
			}
			log.Printf("main", "shutting down (%s), in reverse order", why)
		}
		line := "-> " + string(e.State)
		if took := e.Duration.Round(time.Millisecond); took > 0 && (e.State == AppRunning || e.State == AppStopped) {
			line += fmt.Sprintf(" (took %v)", took)
		}
		if e.Err != nil {
			line += ": " + e.Err.Error()
		}
		log.Printf(e.Name, "%s", line)
	}
}

func isClosed(c <-chan struct{}) bool {
	select {
	case <-c:
		return true
	default:
		return false
	}
}

// announceReady says when every component is ready, which is when Start
// (inside Run) returns.
func announceReady(app *App, log *Log) {
	select {
	case <-app.Ready():
		log.Printf("main", "all components ready")
	case <-app.Done():
	}
}
