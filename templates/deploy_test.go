package templates

import (
	"strings"
	"testing"
	"time"
)

func TestComment(t *testing.T) {
	tests := []struct {
		indent int
		text   string
		want   string
	}{
		{0, "one line", "# one line"},
		{4, "  spaces   and\n newlines  collapse ", "    # spaces and newlines collapse"},
		{0, "first\n\nsecond", "# first\n#\n# second"},
		{2, strings.Repeat("word ", 20), "  #" + strings.Repeat(" word", 15) + "\n  #" + strings.Repeat(" word", 5)},
		{0, strings.Repeat("x", 90), "# " + strings.Repeat("x", 90)},
	}
	for _, tt := range tests {
		if got := Comment(tt.indent, tt.text); got != tt.want {
			t.Errorf("Comment(%d, %q) =\n%s\nwant\n%s", tt.indent, tt.text, got, tt.want)
		}
	}
}

// sampleDeployments cover the branches of the templates: bounded or
// not, parallel or sequential, with a target, a delay and a watchdog or
// without.
func sampleDeployments() []*Deployment {
	chain := []Link{{"service", "db", 2 * time.Second}, {"worker", "w", 0}, {"queue", "q", 0}, {"service", "api", 15 * time.Second}}
	bounded := StartBound{Chain: chain, Total: 17 * time.Second, Seconds: 22, ProbePeriod: 1, ProbeThreshold: 22}
	sequential := bounded
	sequential.Sequential = true
	return []*Deployment{
		{App: "App", Spec: "lifecycle.hcl", Name: "app", Start: bounded, ShutdownTimeout: 30 * time.Second,
			Margin: 5 * time.Second, StopSeconds: 35, Port: 8080},
		{App: "ShopApp", Spec: "svc/shop.lifecycle.hcl", Name: "shop-app", Target: "frontend", Start: sequential,
			ShutdownDelay: 5 * time.Second, ShutdownTimeout: 30 * time.Second, Margin: 5 * time.Second,
			StopSeconds: 40, Port: 9090, Watchdog: "30s"},
		{App: "App", Spec: "lifecycle.hcl", Name: "app", Start: StartBound{Unbounded: []string{"migrate"}},
			ShutdownTimeout: 30 * time.Second, Margin: 5 * time.Second, StopSeconds: 35, Port: 8080},
		{App: "App", Spec: "lifecycle.hcl", Name: "app", Start: StartBound{Unbounded: []string{"a", "b"}},
			ShutdownTimeout: 30 * time.Second, Margin: 5 * time.Second, StopSeconds: 35, Port: 8080},
	}
}

// TestDeployTemplates executes every template with every sample and
// checks the text: comments wrapped, no missing values, no trailing
// spaces, one final newline.
func TestDeployTemplates(t *testing.T) {
	for _, format := range DeployFormats {
		tmpl, err := Deploy(format)
		if err != nil {
			t.Fatalf("Deploy(%q): %v", format, err)
		}
		for _, d := range sampleDeployments() {
			var b strings.Builder
			if err := tmpl.Execute(&b, d); err != nil {
				t.Fatalf("%s: %v", format, err)
			}
			out := b.String()
			if strings.Contains(out, "<no value>") || !strings.HasSuffix(out, "\n") || strings.HasSuffix(out, "\n\n") {
				t.Errorf("%s: missing value or wrong ending:\n%s", format, out)
			}
			for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
				comment := strings.HasPrefix(strings.TrimSpace(line), "#")
				if strings.TrimRight(line, " \t") != line || comment && len(line) > commentWidth {
					t.Errorf("%s: line %q: trailing space or too long", format, line)
				}
			}
			if d.Target != "" && !strings.Contains(out, "-target="+d.Target) {
				t.Errorf("%s: no -target=%s:\n%s", format, d.Target, out)
			}
		}
	}
}

func TestDeployUnknownFormat(t *testing.T) {
	if _, err := Deploy("helm"); err == nil {
		t.Error("Deploy(helm) succeeded")
	}
}

// TestDeployFiles checks that every embedded template belongs to a format.
func TestDeployFiles(t *testing.T) {
	entries, err := deployFS.ReadDir("deploy")
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != len(DeployFormats) {
		t.Errorf("%d templates for %d formats", len(entries), len(DeployFormats))
	}
}
