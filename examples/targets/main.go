package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"slices"
	"strings"
	"syscall"
)

func main() {
	// The first SIGINT or SIGTERM cancels ctx: app.Run shuts down
	// gracefully. A second one exits at once, for when the shutdown takes
	// longer than whoever pressed Ctrl-C is willing to wait.
	ctx, cancel := context.WithCancelCause(context.Background())
	signals := make(chan os.Signal, 1)
	signal.Notify(signals, os.Interrupt, syscall.SIGTERM)
	go shutdownOnSignal(signals, cancel, os.Stderr, os.Exit)
	os.Exit(run(ctx, os.Args[1:], os.Stdout, os.Stderr))
}

// shutdownOnSignal cancels ctx on the first signal and calls exit(1) on
// the second.
func shutdownOnSignal(signals <-chan os.Signal, cancel context.CancelCauseFunc, stderr io.Writer, exit func(int)) {
	sig := <-signals
	fmt.Fprintf(stderr, "%v: shutting down (again to exit at once)\n", sig)
	cancel(fmt.Errorf("received %v", sig))
	sig = <-signals
	fmt.Fprintf(stderr, "%v again: exiting without waiting for the shutdown\n", sig)
	exit(1)
}

// targetList is the -target flag: repeatable, and each value may be a
// comma-separated list, as in -target=frontend,workers.
type targetList []string

func (t *targetList) String() string { return strings.Join(*t, ",") }

func (t *targetList) Set(v string) error {
	for name := range strings.SplitSeq(v, ",") {
		if !slices.Contains(AppTargets, name) {
			return fmt.Errorf("unknown target %q; the targets are: %s", name, strings.Join(AppTargets, ", "))
		}
		if !slices.Contains(*t, name) {
			*t = append(*t, name)
		}
	}
	return nil
}

// run is the whole program: main only adds the signal handling and the
// exit code, so that the test can call run directly.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("targets", flag.ContinueOnError)
	flags.SetOutput(stderr)
	var targets targetList
	flags.Var(&targets, "target", "run only this part: "+strings.Join(AppTargets, " or ")+
		"\n(repeatable or comma-separated; default: every part)")
	addr := flags.String("addr", "127.0.0.1:8080", "where the API listens (port 0: any free port)")
	duration := flags.Duration("duration", 0, "shut down after this long (0: wait for Ctrl-C)")
	if err := flags.Parse(args); err != nil {
		return 2
	}
	if *duration > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, *duration)
		defer cancel()
	}

	log := NewLog(stdout)
	app := NewApp(log, &Config{Addr: *addr})
	app.Targets = targets // nil: every component
	app.Logger = slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))

	go func() {
		select {
		case <-app.Ready():
			printParts(log, app)
		case <-app.Done():
		}
	}()
	if err := app.Run(ctx); err != nil {
		log.Printf("main", "stopped with an error: %v", err)
		return 1
	}
	log.Printf("main", "stopped")
	return 0
}

// printParts says which components this process runs and which belong to
// the other deployment.
func printParts(log *Log, app *App) {
	var running, disabled []string
	for _, s := range app.Status() {
		if s.State == AppDisabled {
			disabled = append(disabled, s.Name)
		} else {
			running = append(running, s.Name)
		}
	}
	targets := strings.Join(app.Targets, ",")
	if targets == "" {
		targets = "all"
	}
	log.Printf("main", "ready (targets: %s)", targets)
	log.Printf("main", "running: %s", strings.Join(running, " "))
	if len(disabled) > 0 {
		log.Printf("main", "disabled: %s", strings.Join(disabled, " "))
	}
}
