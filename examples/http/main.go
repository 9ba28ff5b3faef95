package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	// The first Ctrl-C (or the SIGTERM Kubernetes sends) cancels ctx, and app.Run shuts down
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

// run parses the flags, then runs the app until ctx ends or -duration
// passes. The test calls it with -addr 127.0.0.1:0.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("http", flag.ContinueOnError)
	flags.SetOutput(stderr)
	addr := flags.String("addr", "127.0.0.1:8080", "address to listen on (port 0: any free port)")
	duration := flags.Duration("duration", 0, "shut down after this long (0: wait for Ctrl-C)")
	if err := flags.Parse(args); err != nil {
		return 2
	}
	if *duration > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, *duration)
		defer cancel()
	}

	// The probes go on the mux before the app starts; the server the app
	// starts serves this mux, so they share the server's port.
	mux := http.NewServeMux()
	app := NewApp(&Config{Addr: *addr}, mux)
	mux.Handle("/livez", app.Handler())
	mux.Handle("/readyz", app.Handler())

	// Every state change is logged: component, kind, state, duration, err.
	log := slog.New(slog.NewTextHandler(stdout, &slog.HandlerOptions{ReplaceAttr: shortTime}))
	app.Logger = log

	go func() {
		select {
		case <-app.Ready():
			url := app.Server().URL()
			log.Info("all components ready", "url", url, "probes", url+"/livez "+url+"/readyz")
		case <-app.Done():
		}
	}()
	if err := app.Run(ctx); err != nil {
		log.Error("stopped with an error", "err", err)
		return 1
	}
	log.Info("all components stopped")
	return 0
}

// shortTime prints the time of a log line as 15:04:05.000.
func shortTime(groups []string, a slog.Attr) slog.Attr {
	if a.Key == slog.TimeKey && len(groups) == 0 {
		return slog.String(a.Key, a.Value.Time().Format("15:04:05.000"))
	}
	return a
}
