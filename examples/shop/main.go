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
	"strings"
	"syscall"
	"time"
)

func main() {
	ctx := shutdownOnSignal(os.Stderr)
	os.Exit(run(ctx, os.Args[1:], os.Stdout, os.Stderr))
}

// shutdownOnSignal returns a ctx that the first SIGINT (Ctrl-C) or SIGTERM
// (what Kubernetes and systemd send) cancels, which begins the graceful
// shutdown. A second signal ends the process at once, for someone who
// does not want to wait for it.
func shutdownOnSignal(stderr io.Writer) context.Context {
	ctx, cancel := context.WithCancelCause(context.Background())
	signals := make(chan os.Signal, 2)
	signal.Notify(signals, os.Interrupt, syscall.SIGTERM)
	go func() {
		sig := <-signals
		fmt.Fprintf(stderr, "received %v: shutting down gracefully (again to exit at once)\n", sig)
		cancel(fmt.Errorf("received %v", sig))
		sig = <-signals
		fmt.Fprintf(stderr, "received %v again: exiting at once\n", sig)
		code := 1
		if s, ok := sig.(syscall.Signal); ok {
			code = 128 + int(s) // as a shell reports a process a signal ended
		}
		os.Exit(code)
	}()
	return ctx
}

// run parses the flags and runs the app until ctx ends or a component
// fails. main only adds the signals and the exit code.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("shop", flag.ContinueOnError)
	flags.SetOutput(stderr)
	cfg := &Config{}
	flags.StringVar(&cfg.Addr, "addr", "127.0.0.1:8080", "the API's address (port 0: any free port)")
	flags.StringVar(&cfg.AdminAddr, "admin-addr", "127.0.0.1:8081", "the address of /livez, /readyz and /debug/lifecycle")
	flags.StringVar(&cfg.DataDir, "data", "data", "the directory of the database file, "+DatabaseFile)
	flags.DurationVar(&cfg.PollInterval, "poll", time.Second, "how often the poller looks for pending rows")
	target := flags.String("target", "", "run only these parts, comma-separated: "+strings.Join(AppTargets, ", ")+" (empty: all)")
	delay := flags.Duration("shutdown-delay", 0, "how long /readyz answers 503 before anything stops (0: lifecycle.hcl's shutdown_delay; < 0: none)")
	if err := flags.Parse(args); err != nil {
		return 2
	}
	if flags.NArg() > 0 {
		fmt.Fprintf(stderr, "shop: unexpected argument %q\n", flags.Arg(0))
		return 2
	}

	// The probes are mounted before the app starts; the admin server
	// that the app starts serves them.
	probes := http.NewServeMux()
	app := NewApp(cfg, probes)
	probes.Handle("/", app.Handler())
	if *target != "" {
		app.Targets = strings.Split(*target, ",")
	}
	app.ShutdownDelay = *delay
	app.Logger = slog.New(slog.NewTextHandler(stderr, nil))

	go announce(app, stdout)
	err := app.Run(ctx)
	for _, s := range app.Status() {
		if s.Kind == "worker" && s.State != AppDisabled {
			fmt.Fprintf(stdout, "worker %s: %d processed, %d failed, %d dropped\n", s.Name, s.Processed, s.Failed, s.Dropped)
		}
	}
	if err != nil {
		fmt.Fprintf(stderr, "shop: %v\n", err)
		return 1
	}
	fmt.Fprintln(stdout, "stopped")
	return 0
}

// announce prints the servers' addresses once the app is ready. The test
// reads them to learn the ports chosen for port 0.
func announce(app *App, stdout io.Writer) {
	select {
	case <-app.Ready():
	case <-app.Done():
		return
	}
	fmt.Fprintf(stdout, "admin listening on %s\n", app.Admin().URL())
	if api := app.API(); api != nil {
		fmt.Fprintf(stdout, "api listening on %s\n", api.URL())
	}
	fmt.Fprintln(stdout, "ready")
}
