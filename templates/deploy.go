package templates

import (
	"embed"
	"fmt"
	"strings"
	"text/template"
	"time"
)

// deployFS holds the templates of `lifegen deploy`, one per format.
//
//go:embed deploy/*.tmpl
var deployFS embed.FS

// DeployFormats are the formats of `lifegen deploy`, each with its
// template deploy/FORMAT.*.tmpl.
var DeployFormats = []string{"kubernetes", "systemd"}

// Deployment is what a deployment template is executed with: the numbers
// `lifegen deploy` derived from a spec, and what they were derived from,
// so that the output can say where each number comes from.
type Deployment struct {
	App    string // the generated type, e.g. "App"
	Spec   string // the spec file, as named on the command line
	Name   string // the container's name: App in kebab case, e.g. "app"
	Target string // the target the program runs (-target=NAME); "" for all

	Start StartBound

	// ShutdownDelay and ShutdownTimeout are the spec's shutdown_delay and
	// shutdown_timeout.
	ShutdownDelay, ShutdownTimeout time.Duration
	// Margin is added to the start and stop bounds before they are
	// rounded up to whole seconds.
	Margin time.Duration
	// StopSeconds is ShutdownDelay + ShutdownTimeout + Margin in whole
	// seconds, rounded up: terminationGracePeriodSeconds, TimeoutStopSec.
	StopSeconds int

	// Port is the port the program serves App.Handler() on (kubernetes).
	Port int
	// Watchdog is WatchdogSec as a systemd time span, "" for none
	// (systemd).
	Watchdog string
}

// StartBound is how long Start may take: the longest chain of start
// timeouts of the components that start.
type StartBound struct {
	// Sequential reports startup = "sequential": the chain is every
	// component that starts, one after the other.
	Sequential bool
	// Unbounded lists the services that start and have start_timeout =
	// "none", in spec order. When there are any, Start has no bound.
	Unbounded []string
	// Chain is the chain whose start timeouts add up to the longest
	// total, dependency first; in sequential mode every component that
	// starts, in startup order. Empty when Unbounded is not.
	Chain []Link
	// Total is the sum of the chain's start timeouts.
	Total time.Duration
	// Seconds is Total + Margin in whole seconds, rounded up: the
	// startupProbe's budget and TimeoutStartSec. 0 when unbounded.
	Seconds int
	// ProbePeriod and ProbeThreshold are the startupProbe's periodSeconds
	// and failureThreshold; their product is at least Seconds.
	ProbePeriod, ProbeThreshold int
}

// Link is one component of a chain of start timeouts.
type Link struct {
	Kind, Name string
	// Timeout is a service's start_timeout, 0 for a queue or a worker,
	// which start at once.
	Timeout time.Duration
}

// Deploy returns the template of a deployment format (one of
// DeployFormats), ready to be executed with a *Deployment.
func Deploy(format string) (*template.Template, error) {
	matches, err := deployFS.ReadDir("deploy")
	if err != nil {
		return nil, err
	}
	for _, m := range matches {
		if strings.HasPrefix(m.Name(), format+".") {
			return parseDeploy("deploy/" + m.Name())
		}
	}
	return nil, fmt.Errorf("no deployment template for format %q", format)
}

// parseDeploy parses one deployment template with the helpers it uses.
func parseDeploy(path string) (*template.Template, error) {
	src, err := deployFS.ReadFile(path)
	if err != nil {
		return nil, err
	}
	t := template.New(path).Option("missingkey=error")
	t.Funcs(template.FuncMap{
		"comment": Comment,
		"include": func(name string, data any) (string, error) {
			var b strings.Builder
			err := t.ExecuteTemplate(&b, name, data)
			return b.String(), err
		},
		"chain": chainText,
		"quoteAll": func(names []string) string {
			q := make([]string, len(names))
			for i, n := range names {
				q[i] = fmt.Sprintf("%q", n)
			}
			return strings.Join(q, ", ")
		},
	})
	return t.Parse(string(src))
}

// commentWidth is the width comments are wrapped to, indentation included.
const commentWidth = 78

// Comment turns text into comment lines "# ..." indented by indent
// spaces and wrapped at 78 columns. Runs of white space become one space;
// a blank line in text starts a new paragraph, written as a line "#".
// There is no final newline.
func Comment(indent int, text string) string {
	prefix := strings.Repeat(" ", indent) + "#"
	var lines []string
	for k, para := range strings.Split(strings.TrimSpace(text), "\n\n") {
		if k > 0 {
			lines = append(lines, prefix)
		}
		line := prefix
		for _, word := range strings.Fields(para) {
			if line != prefix && len(line)+1+len(word) > commentWidth {
				lines = append(lines, line)
				line = prefix
			}
			line += " " + word
		}
		lines = append(lines, line)
	}
	return strings.Join(lines, "\n")
}

// chainText writes a chain as "database (2s) -> cache (15s) -> api (15s)",
// queues and workers without a timeout.
func chainText(chain []Link) string {
	parts := make([]string, len(chain))
	for i, l := range chain {
		parts[i] = l.Name
		if l.Kind == "service" {
			parts[i] += " (" + l.Timeout.String() + ")"
		}
	}
	return strings.Join(parts, " -> ")
}
