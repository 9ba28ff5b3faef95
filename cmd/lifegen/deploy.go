package main

import (
	"bytes"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/spf13/cobra"

	"github.com/lifegen/lifegen/spec"
	"github.com/lifegen/lifegen/templates"
)

// deployOptions are the flags of deploy.
type deployOptions struct {
	format   *enumFlag
	port     int
	target   string
	watchdog time.Duration
}

const (
	// defaultProbePort is the port of App.Handler() when --port is not
	// given.
	defaultProbePort = 8080
	// deployMargin is added to the bounds of startup and shutdown: the
	// time the process needs to begin (and end) around Start and Stop,
	// and the probes' own latency.
	deployMargin = 5 * time.Second
	// maxStartupChecks bounds the startupProbe's failureThreshold: up to
	// this many seconds it checks every second, beyond that less often.
	maxStartupChecks = 60
)

func newDeployCmd() *cobra.Command {
	o := &deployOptions{format: &enumFlag{allowed: templates.DeployFormats}}
	cmd := &cobra.Command{
		Use:   "deploy [SPEC] --format kubernetes|systemd",
		Short: "Print a Kubernetes or systemd fragment consistent with a spec",
		Long: `Deploy prints what a platform must be told about a program built from one
spec, with numbers taken from the spec and comments that say where each
comes from. Replace the REPLACE_ME placeholders (the image, the program's
path).

--format kubernetes prints a pod spec, what goes under a Deployment's
spec.template.spec: terminationGracePeriodSeconds covering shutdown_delay +
shutdown_timeout plus a 5s margin, and one container with a livenessProbe
on /livez, a readinessProbe on /readyz and a startupProbe on /readyz whose
period × failureThreshold covers the longest chain of start timeouts plus
the margin (none when a component that starts has start_timeout "none").
--port sets the probes' port (default 8080), where the program serves
App.Handler().

--format systemd prints a [Service] section: Type=notify, TimeoutStartSec
covering the longest chain of start timeouts plus the margin (infinity with
"none"), TimeoutStopSec covering shutdown_delay + shutdown_timeout plus
the margin, WatchdogSec when --watchdog is given, and Restart=on-failure.

The longest chain of start timeouts is, with startup = "parallel", the
path through the graph whose services' start_timeouts add up to the most
(queues and workers start at once); with "sequential", the sum over every
component that starts.

--target NAME is for a program that runs one target: it adds -target=NAME
to the container's args (the ExecStart line), and only that target's part
counts for the startup bound.`,
		Example: `  lifegen deploy --format kubernetes
  lifegen deploy --format kubernetes --port 9090 --target frontend
  lifegen deploy --format systemd --watchdog 30s api.lifecycle.hcl`,
		Args:              cobra.MaximumNArgs(1),
		ValidArgsFunction: specArgsCompletion,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runDeploy(cmd, o, args)
		},
	}
	cmd.Flags().Var(o.format, "format", "what to print: kubernetes (a pod spec) or systemd (a [Service] section); required")
	cmd.MarkFlagRequired("format")
	cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(templates.DeployFormats, cobra.ShellCompDirectiveNoFileComp))
	cmd.Flags().IntVar(&o.port, "port", defaultProbePort, "kubernetes: the `PORT` the program serves App.Handler() on, for the probes")
	cmd.Flags().StringVar(&o.target, "target", "", "the program runs only target `NAME` (-target=NAME); its part bounds the startup")
	cmd.RegisterFlagCompletionFunc("target", targetCompletion)
	cmd.Flags().DurationVar(&o.watchdog, "watchdog", 0, "systemd: WatchdogSec, a `DURATION` such as 30s (default: no watchdog)")
	return cmd
}

// check returns a usage error for flags that do not fit together.
func (o *deployOptions) check(cmd *cobra.Command) error {
	flags := cmd.Flags()
	switch {
	case flags.Changed("port") && o.format.value != "kubernetes":
		return fmt.Errorf("--port is for --format kubernetes")
	case flags.Changed("watchdog") && o.format.value != "systemd":
		return fmt.Errorf("--watchdog is for --format systemd")
	case o.port < 1 || o.port > 65535:
		return fmt.Errorf("--port %d is not a port number (1 to 65535)", o.port)
	case flags.Changed("watchdog") && o.watchdog < time.Millisecond:
		return fmt.Errorf("--watchdog %v is too short: give at least 1ms", o.watchdog)
	}
	return nil
}

func runDeploy(cmd *cobra.Command, o *deployOptions, args []string) error {
	if err := o.check(cmd); err != nil {
		return err
	}
	stderr := cmd.ErrOrStderr()
	s := newSession(stderr)
	sp, target, err := s.oneSpec("deploy", args, o.target)
	if err != nil {
		return err
	}
	if sp != nil {
		out, err := renderDeployment(o.format.value, newDeployment(sp, target, o))
		if err != nil {
			return fail(stderr, "internal error: %v, please report", err)
		}
		cmd.OutOrStdout().Write(out)
	}
	return s.finish(stderr, "text")
}

// renderDeployment executes the template of format with d.
func renderDeployment(format string, d *templates.Deployment) ([]byte, error) {
	t, err := templates.Deploy(format)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	if err := t.Execute(&b, d); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// newDeployment derives the numbers of a deployment of sp, or with target
// non-nil of a program that runs only that target.
func newDeployment(sp *spec.Spec, target *spec.Target, o *deployOptions) *templates.Deployment {
	d := &templates.Deployment{
		App:             sp.App,
		Spec:            filepath.ToSlash(sp.Filename),
		Name:            containerName(sp.App),
		ShutdownDelay:   sp.ShutdownDelay,
		ShutdownTimeout: sp.ShutdownTimeout,
		Margin:          deployMargin,
		StopSeconds:     wholeSeconds(sp.ShutdownDelay + sp.ShutdownTimeout + deployMargin),
		Port:            o.port,
		Watchdog:        systemdSpan(o.watchdog),
		Start:           startBound(sp, target),
	}
	if target != nil {
		d.Target = target.Name
	}
	return d
}

// startBound returns how long Start may take in sp, or in target's part:
// the longest chain of start timeouts, unbounded when a service that
// starts has start_timeout "none".
func startBound(sp *spec.Spec, target *spec.Target) templates.StartBound {
	g, nodes := sp.Graph, allNodes(len(sp.Components))
	if target != nil {
		g, nodes = g.Part(target.Closure), target.Closure
	}
	b := templates.StartBound{Sequential: sp.Startup == spec.StartupSequential}
	for _, i := range nodes {
		if s, ok := sp.Components[i].(*spec.Service); ok && s.StartTimeout == 0 {
			b.Unbounded = append(b.Unbounded, s.Name)
		}
	}
	if len(b.Unbounded) > 0 {
		return b
	}
	chain := g.Order
	if !b.Sequential {
		chain = longestChain(g, func(i int) time.Duration { return startTimeout(sp.Components[i]) })
	}
	for _, i := range chain {
		c := sp.Components[i].Info()
		l := templates.Link{Kind: string(c.Kind), Name: c.Name, Timeout: startTimeout(sp.Components[i])}
		b.Chain = append(b.Chain, l)
		b.Total += l.Timeout
	}
	b.Seconds = wholeSeconds(b.Total + deployMargin)
	b.ProbePeriod = max(1, ceilDiv(b.Seconds, maxStartupChecks))
	b.ProbeThreshold = ceilDiv(b.Seconds, b.ProbePeriod)
	return b
}

// startTimeout is how long a component may take to start: a service's
// start_timeout; queues and workers start at once.
func startTimeout(c spec.Component) time.Duration {
	if s, ok := c.(*spec.Service); ok {
		return s.StartTimeout
	}
	return 0
}

// longestChain returns the chain of g (dependency first) whose weights
// add up to the most: with start timeouts as weights, how long a parallel
// start may take, which need not be the critical path (the chain with the
// most components). Ties go to the dependency listed first, and to the
// chain that ends first in g.Order.
func longestChain(g *spec.Graph, weight func(int) time.Duration) []int {
	total := make([]time.Duration, len(g.Deps))
	prev := make([]int, len(g.Deps))
	end := -1
	for _, i := range g.Order {
		prev[i] = -1
		for _, d := range g.Deps[i] {
			if prev[i] == -1 || total[d] > total[prev[i]] {
				prev[i] = d
			}
		}
		total[i] = weight(i)
		if prev[i] != -1 {
			total[i] += total[prev[i]]
		}
		if end == -1 || total[i] > total[end] {
			end = i
		}
	}
	var chain []int
	for i := end; i != -1; i = prev[i] {
		chain = append(chain, i)
	}
	slices.Reverse(chain)
	return chain
}

// wholeSeconds rounds d up to whole seconds.
func wholeSeconds(d time.Duration) int {
	return int((d + time.Second - 1) / time.Second)
}

// ceilDiv is a / b rounded up, for positive numbers.
func ceilDiv(a, b int) int { return (a + b - 1) / b }

// systemdSpan writes d as a systemd time span: whole seconds ("30s") when
// it is one, else milliseconds rounded up ("1500ms"); "" for 0.
func systemdSpan(d time.Duration) string {
	switch {
	case d <= 0:
		return ""
	case d%time.Second == 0:
		return fmt.Sprintf("%ds", d/time.Second)
	}
	return fmt.Sprintf("%dms", (d+time.Millisecond-1)/time.Millisecond)
}

// containerName turns the app's Go name into a DNS label (RFC 1123) for
// the container, in kebab case: "App" → "app", "ShopApp" → "shop-app",
// "HTTPServer" → "http-server" (an acronym ends before the capital that
// begins the next word). Characters a label cannot hold are dropped.
func containerName(app string) string {
	rs := []rune(app)
	var b strings.Builder
	for i, r := range rs {
		lower := unicode.ToLower(r)
		if unicode.IsUpper(r) && i > 0 {
			prevLower := unicode.IsLower(rs[i-1]) || unicode.IsDigit(rs[i-1])
			acronymEnd := unicode.IsUpper(rs[i-1]) && i+1 < len(rs) && unicode.IsLower(rs[i+1])
			if prevLower || acronymEnd {
				b.WriteByte('-')
			}
		}
		switch {
		case lower >= 'a' && lower <= 'z' || lower >= '0' && lower <= '9':
			b.WriteRune(lower)
		case r == '_':
			b.WriteByte('-')
		}
	}
	name := b.String()
	for strings.Contains(name, "--") {
		name = strings.ReplaceAll(name, "--", "-")
	}
	name = strings.Trim(name, "-")
	if len(name) > 63 {
		name = strings.TrimRight(name[:63], "-")
	}
	if name == "" {
		return "app"
	}
	return name
}
