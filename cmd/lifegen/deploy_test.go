package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	corev1 "k8s.io/api/core/v1"
	"sigs.k8s.io/yaml"

	"github.com/lifegen/lifegen/spec"
)

// deployCase is a spec and what a deployment of it must allow for.
type deployCase struct {
	name   string
	spec   string
	target string
	// stop is shutdown_delay + shutdown_timeout.
	stop time.Duration
	// start is the longest chain of start timeouts, worked out by hand;
	// -1 when a component that starts has start_timeout "none".
	start time.Duration
}

var deployCases = []deployCase{
	{
		// The critical path (most components) is db → cache → warm → api,
		// 4s of start timeouts; the longest chain of start timeouts is
		// slow → api, 31s.
		name: "parallel",
		spec: `
lifegen {
  shutdown_timeout = "12s"
}
service "db" {
  start         = "OpenDB"
  start_timeout = "2s"
}
service "cache" {
  start         = "NewCache"
  depends_on    = [service.db]
  start_timeout = "1s"
}
service "warm" {
  start         = "Warm"
  depends_on    = [service.cache]
  start_timeout = "500ms"
}
service "slow" {
  start         = "NewSlow"
  start_timeout = "30s"
}
service "api" {
  start         = "NewAPI"
  depends_on    = [service.warm, service.slow]
  start_timeout = "1s"
}
`,
		stop:  12 * time.Second,
		start: 31 * time.Second,
	},
	{
		// after orders startup like depends_on: report waits for export.
		name: "after",
		spec: `
service "export" {
  start         = "NewExport"
  start_timeout = "40s"
}
service "report" {
  start         = "NewReport"
  after         = [service.export]
  start_timeout = "25s"
}
service "api" {
  start = "NewAPI"
}
`,
		stop:  30 * time.Second,
		start: 65 * time.Second,
	},
	{
		// Everything in turn: 2s + 15s (default) + 0 (queue, worker) + 15s.
		name: "sequential",
		spec: `
lifegen {
  startup          = "sequential"
  shutdown_timeout = "5s"
}
service "database" {
  start         = "ConnectDatabase"
  start_timeout = "2s"
}
service "cache" {
  start      = "NewCache"
  depends_on = [service.database]
}
queue "jobs" {
  type = "Job"
}
worker "background" {
  queue      = queue.jobs
  handler    = "ProcessJob"
  depends_on = [service.database]
}
service "api" {
  start      = "NewAPI"
  depends_on = [service.cache, queue.jobs]
}
`,
		stop:  5 * time.Second,
		start: 32 * time.Second,
	},
	{
		name: "none",
		spec: `
service "db" {
  start = "OpenDB"
}
service "migrate" {
  start         = "Migrate"
  depends_on    = [service.db]
  start_timeout = "none"
}
`,
		stop:  30 * time.Second,
		start: -1,
	},
	{
		// A readiness drain of 2.5s: 2.5s + 20s + 5s rounds up to 28s.
		name: "delay",
		spec: `
lifegen {
  shutdown_delay   = "2500ms"
  shutdown_timeout = "20s"
}
service "api" {
  start         = "NewAPI"
  start_timeout = "3s"
}
`,
		stop:  22500 * time.Millisecond,
		start: 3 * time.Second,
	},
	{
		// frontend needs db and api, not the slow export nor the
		// migration without a timeout, which only workers need.
		name:   "target-frontend",
		spec:   deployTargetSpec,
		target: "frontend",
		stop:   45 * time.Second,
		start:  13 * time.Second,
	},
	{
		name:   "target-workers",
		spec:   deployTargetSpec,
		target: "workers",
		stop:   45 * time.Second,
		start:  -1,
	},
	{
		name:   "target-sequential",
		spec:   strings.Replace(deployTargetSpec, `shutdown_delay`, "startup = \"sequential\"\n  shutdown_delay", 1),
		target: "frontend",
		stop:   45 * time.Second,
		start:  13 * time.Second,
	},
	{
		// Every target: the migration without a timeout counts.
		name:  "targets-all",
		spec:  deployTargetSpec,
		stop:  45 * time.Second,
		start: -1,
	},
	{
		name: "large",
		spec: `
service "warehouse" {
  start         = "Open"
  start_timeout = "10m"
}
`,
		stop:  30 * time.Second,
		start: 10 * time.Minute,
	},
}

const deployTargetSpec = `
lifegen {
  shutdown_delay   = "5s"
  shutdown_timeout = "40s"
}
service "db" {
  start         = "OpenDB"
  start_timeout = "10s"
}
service "migrate" {
  start         = "Migrate"
  depends_on    = [service.db]
  start_timeout = "none"
}
queue "jobs" {
  type = "Job"
}
worker "process" {
  queue      = queue.jobs
  handler    = "Process"
  depends_on = [service.migrate]
}
service "api" {
  start         = "NewAPI"
  depends_on    = [service.db, queue.jobs]
  start_timeout = "3s"
}
service "web" {
  start         = "NewWeb"
  depends_on    = [service.db]
  after         = [worker.process]
  start_timeout = "3s"
}
target "frontend" {
  components = [service.web]
}
target "workers" {
  components = [worker.process]
}
`

// deploy runs `lifegen deploy` on src, written to lifecycle.hcl in a
// new current directory, with the given flags and returns its stdout,
// failing the test unless it exits 0 with nothing on stderr.
func deploy(t *testing.T, src string, flags ...string) []byte {
	t.Helper()
	t.Chdir(t.TempDir())
	const path = "lifecycle.hcl"
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	args := append([]string{"deploy"}, flags...)
	if code := run(append(args, path), strings.NewReader(""), &stdout, &stderr); code != 0 || stderr.Len() > 0 {
		t.Fatalf("lifegen %s: exit %d\n%s", strings.Join(args, " "), code, stderr.String())
	}
	return stdout.Bytes()
}

// targetFlags returns --target NAME, or nothing.
func (c deployCase) targetFlags() []string {
	if c.target == "" {
		return nil
	}
	return []string{"--target", c.target}
}

// TestDeployKubernetes decodes the pod spec into the Kubernetes API
// types, rejecting unknown fields and repeated keys, and checks its
// numbers against the spec.
func TestDeployKubernetes(t *testing.T) {
	for _, c := range deployCases {
		t.Run(c.name, func(t *testing.T) {
			for _, port := range []int{0, 9090} {
				flags := append([]string{"--format", "kubernetes"}, c.targetFlags()...)
				want := defaultProbePort
				if port != 0 {
					flags, want = append(flags, "--port", strconv.Itoa(port)), port
				}
				out := deploy(t, c.spec, flags...)
				var pod corev1.PodSpec
				if err := yaml.UnmarshalStrict(out, &pod); err != nil {
					t.Fatalf("not a pod spec: %v\n%s", err, out)
				}
				checkPod(t, c, &pod, want)
			}
		})
	}
}

func checkPod(t *testing.T, c deployCase, pod *corev1.PodSpec, port int) {
	t.Helper()
	if g := pod.TerminationGracePeriodSeconds; g == nil || !coversWithMargin(time.Duration(*g)*time.Second, c.stop, time.Second) {
		t.Errorf("terminationGracePeriodSeconds = %v, want %v + 5s, rounded up", g, c.stop)
	}
	if len(pod.Containers) != 1 {
		t.Fatalf("%d containers, want 1", len(pod.Containers))
	}
	ctr := pod.Containers[0]
	if ctr.Name != "app" || ctr.Image != "REPLACE_ME" {
		t.Errorf("container %q, image %q; want app, REPLACE_ME", ctr.Name, ctr.Image)
	}
	var wantArgs []string
	if c.target != "" {
		wantArgs = []string{"-target=" + c.target}
	}
	if !slices.Equal(ctr.Args, wantArgs) {
		t.Errorf("args %q, want %q", ctr.Args, wantArgs)
	}
	checkProbe(t, "livenessProbe", ctr.LivenessProbe, "/livez", port)
	checkProbe(t, "readinessProbe", ctr.ReadinessProbe, "/readyz", port)
	if c.start < 0 {
		if ctr.StartupProbe != nil {
			t.Errorf("a startupProbe despite start_timeout none: %+v", ctr.StartupProbe)
		}
		return
	}
	p := ctr.StartupProbe
	checkProbe(t, "startupProbe", p, "/readyz", port)
	if p == nil {
		return
	}
	budget := time.Duration(p.PeriodSeconds*p.FailureThreshold) * time.Second
	if !coversWithMargin(budget, c.start, time.Duration(p.PeriodSeconds)*time.Second) {
		t.Errorf("startupProbe %ds × %d does not cover %v + 5s closely", p.PeriodSeconds, p.FailureThreshold, c.start)
	}
	if p.FailureThreshold > maxStartupChecks || p.InitialDelaySeconds != 0 {
		t.Errorf("startupProbe failureThreshold %d, initialDelaySeconds %d", p.FailureThreshold, p.InitialDelaySeconds)
	}
}

// coversWithMargin reports whether got covers want plus the 5s margin,
// by less than slack more.
func coversWithMargin(got, want, slack time.Duration) bool {
	need := want + deployMargin
	return got >= need && got < need+slack
}

func checkProbe(t *testing.T, name string, p *corev1.Probe, path string, port int) {
	t.Helper()
	switch {
	case p == nil:
		t.Errorf("no %s", name)
	case p.HTTPGet == nil:
		t.Errorf("%s is not an httpGet probe", name)
	case p.HTTPGet.Path != path || p.HTTPGet.Port.IntValue() != port:
		t.Errorf("%s on %s port %s, want %s port %d", name, p.HTTPGet.Path, p.HTTPGet.Port.String(), path, port)
	case p.PeriodSeconds < 1 || p.FailureThreshold < 1:
		t.Errorf("%s periodSeconds %d, failureThreshold %d", name, p.PeriodSeconds, p.FailureThreshold)
	}
}

// TestDeploySystemd parses the [Service] section strictly and checks its
// numbers against the spec.
func TestDeploySystemd(t *testing.T) {
	for _, c := range deployCases {
		t.Run(c.name, func(t *testing.T) {
			for _, watchdog := range []string{"", "30s", "1500ms"} {
				flags := append([]string{"--format", "systemd"}, c.targetFlags()...)
				if watchdog != "" {
					flags = append(flags, "--watchdog", watchdog)
				}
				out := deploy(t, c.spec, flags...)
				unit, err := parseUnit(out)
				if err != nil {
					t.Fatalf("not a unit: %v\n%s", err, out)
				}
				checkUnit(t, c, unit, watchdog)
			}
		})
	}
}

func checkUnit(t *testing.T, c deployCase, unit map[string]string, watchdog string) {
	t.Helper()
	if unit["Type"] != "notify" || unit["Restart"] != "on-failure" {
		t.Errorf("Type=%s Restart=%s, want notify, on-failure", unit["Type"], unit["Restart"])
	}
	wantExec := "/usr/local/bin/REPLACE_ME"
	if c.target != "" {
		wantExec += " -target=" + c.target
	}
	if unit["ExecStart"] != wantExec {
		t.Errorf("ExecStart=%s, want %s", unit["ExecStart"], wantExec)
	}
	if stop, _ := parseTimespan(unit["TimeoutStopSec"]); !coversWithMargin(stop, c.stop, time.Second) {
		t.Errorf("TimeoutStopSec=%s, want %v + 5s, rounded up", unit["TimeoutStopSec"], c.stop)
	}
	start, _ := parseTimespan(unit["TimeoutStartSec"])
	if c.start < 0 && start != -1 || c.start >= 0 && !coversWithMargin(start, c.start, time.Second) {
		t.Errorf("TimeoutStartSec=%s, want %v + 5s", unit["TimeoutStartSec"], c.start)
	}
	got, ok := unit["WatchdogSec"]
	if watchdog == "" && ok {
		t.Errorf("WatchdogSec=%s without --watchdog", got)
	}
	if want, _ := time.ParseDuration(watchdog); watchdog != "" {
		if d, _ := parseTimespan(got); d != want {
			t.Errorf("WatchdogSec=%s, want %v", got, want)
		}
	}
}

// unitKeys are the keys a [Service] section of deploy may hold, each with
// a check of its value.
var unitKeys = map[string]func(string) error{
	"Type":            oneOf("notify"),
	"Restart":         oneOf("on-failure"),
	"ExecStart":       absoluteCommand,
	"TimeoutStartSec": timespanErr,
	"TimeoutStopSec":  timespanErr,
	"WatchdogSec":     timespanErr,
}

// parseUnit reads a systemd unit file as systemd.syntax(7) describes it,
// strictly: blank lines, comments on lines of their own ('#' or ';'),
// section headers, and Key=Value lines. It accepts only the [Service]
// section and unitKeys, each at most once, and returns the keys.
func parseUnit(src []byte) (map[string]string, error) {
	keys := map[string]string{}
	section := ""
	sc := bufio.NewScanner(bytes.NewReader(src))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || line[0] == '#' || line[0] == ';':
			continue
		case strings.HasPrefix(line, "["):
			if line != "[Service]" || section != "" {
				return nil, fmt.Errorf("line %d: section %s (only one [Service])", n, line)
			}
			section = line
			continue
		case strings.HasSuffix(line, `\`):
			return nil, fmt.Errorf("line %d: continuation line", n)
		}
		key, value, ok := strings.Cut(line, "=")
		key, value = strings.TrimSpace(key), strings.TrimSpace(value)
		check := unitKeys[key]
		switch {
		case !ok:
			return nil, fmt.Errorf("line %d: not Key=Value: %q", n, line)
		case section == "":
			return nil, fmt.Errorf("line %d: %s outside a section", n, key)
		case check == nil:
			return nil, fmt.Errorf("line %d: unknown key %s", n, key)
		case keys[key] != "":
			return nil, fmt.Errorf("line %d: %s again", n, key)
		case strings.ContainsAny(value, "#;") && key != "ExecStart":
			return nil, fmt.Errorf("line %d: %s=%s: a comment after a value is part of the value", n, key, value)
		}
		if err := check(value); err != nil {
			return nil, fmt.Errorf("line %d: %s: %v", n, key, err)
		}
		keys[key] = value
	}
	if section == "" {
		return nil, fmt.Errorf("no [Service] section")
	}
	return keys, sc.Err()
}

func oneOf(values ...string) func(string) error {
	return func(v string) error {
		if !slices.Contains(values, v) {
			return fmt.Errorf("%q is not one of %q", v, values)
		}
		return nil
	}
}

func absoluteCommand(v string) error {
	if !strings.HasPrefix(v, "/") {
		return fmt.Errorf("%q is not an absolute path", v)
	}
	return nil
}

func timespanErr(v string) error {
	_, err := parseTimespan(v)
	return err
}

// parseTimespan reads the part of systemd.time(7) deploy writes: a
// whole number followed by s or ms, or "infinity" (returned as -1).
func parseTimespan(v string) (time.Duration, error) {
	if v == "infinity" {
		return -1, nil
	}
	for _, u := range []struct {
		suffix string
		unit   time.Duration
	}{{"ms", time.Millisecond}, {"s", time.Second}} {
		if num, ok := strings.CutSuffix(v, u.suffix); ok {
			n, err := strconv.ParseUint(num, 10, 32)
			if err != nil || n == 0 {
				return 0, fmt.Errorf("bad time span %q", v)
			}
			return time.Duration(n) * u.unit, nil
		}
	}
	return 0, fmt.Errorf("bad time span %q", v)
}

// TestLongestChainIsNotCriticalPath shows why startBound does not use the
// critical path: in the parallel case it has the most components but not
// the longest start timeouts.
func TestLongestChainIsNotCriticalPath(t *testing.T) {
	sp, diags := spec.Parse("lifecycle.hcl", []byte(deployCases[0].spec))
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	b := startBound(sp, nil)
	var chain, critical []string
	for _, l := range b.Chain {
		chain = append(chain, l.Name)
	}
	for _, i := range sp.Graph.CriticalPath {
		critical = append(critical, sp.Components[i].Info().Name)
	}
	if want := []string{"slow", "api"}; !slices.Equal(chain, want) || b.Total != 31*time.Second {
		t.Errorf("chain %q (%v), want %q (31s)", chain, b.Total, want)
	}
	if want := []string{"db", "cache", "warm", "api"}; !slices.Equal(critical, want) {
		t.Errorf("critical path %q, want %q", critical, want)
	}
}

func TestContainerName(t *testing.T) {
	for app, want := range map[string]string{
		"App":                      "app",
		"ShopApp":                  "shop-app",
		"HTTPServer":               "http-server",
		"APIServer":                "api-server",
		"App2Go":                   "app2-go",
		"My_App":                   "my-app",
		"Ünïcode":                  "ncode",
		"É":                        "app",
		strings.Repeat("Long", 20): strings.Repeat("long-", 12) + "lon",
	} {
		if got := containerName(app); got != want {
			t.Errorf("containerName(%q) = %q, want %q", app, got, want)
		}
	}
}

func TestSystemdSpan(t *testing.T) {
	for d, want := range map[time.Duration]string{
		0:                       "",
		30 * time.Second:        "30s",
		2 * time.Minute:         "120s",
		1500 * time.Millisecond: "1500ms",
		1500 * time.Microsecond: "2ms",
	} {
		if got := systemdSpan(d); got != want {
			t.Errorf("systemdSpan(%v) = %q, want %q", d, got, want)
		}
	}
}

// TestDeployDependenciesTestOnly checks that the Kubernetes API types,
// which the tests above decode into, stay out of lifegen itself.
func TestDeployDependenciesTestOnly(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "github.com/lifegen/lifegen/...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	for _, pkg := range strings.Fields(string(out)) {
		if strings.HasPrefix(pkg, "k8s.io/") || strings.HasPrefix(pkg, "sigs.k8s.io/") {
			t.Errorf("%s is imported by a non-test package of lifegen", pkg)
		}
	}
}
