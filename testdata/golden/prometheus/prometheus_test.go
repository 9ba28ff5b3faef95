package prometheus

import (
	"context"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

// The constructors have Prometheus's shapes: no ctx, no error where the
// real ones have none.
var (
	_ func(*Flags) (*AgentDB, error)        = OpenAgentDB
	_ func(*Flags, *AlertQueue) *Notifier   = NewNotifier
	_ func(*TSDB, *AlertQueue) *RuleManager = NewRuleManager
	_ func(Appendable) *ScrapeManager       = NewScrapeManager
	_ func(*Flags, func(error)) *WebHandler = NewWebHandler
)

// runUntilQuit runs the app in mode until the web handler's /-/quit is
// posted, and returns the events.
func runUntilQuit(t *testing.T, app *App, mode string) []string {
	t.Helper()
	app.Targets = []string{mode}
	var mu sync.Mutex
	var events []string
	app.OnEvent = func(e AppEvent) {
		mu.Lock()
		defer mu.Unlock()
		events = append(events, e.Name+" "+string(e.State))
	}
	errc := make(chan error, 1)
	go func() { errc <- app.Run(context.Background()) }()
	select {
	case <-app.Ready():
	case err := <-errc:
		t.Fatalf("Run: %v", err)
	}

	rec := httptest.NewRecorder()
	app.Web().ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/-/quit", nil))
	if !strings.Contains(rec.Body.String(), "Goodbye") {
		t.Errorf("POST /-/quit = %q", rec.Body)
	}
	select {
	case err := <-errc:
		if err != nil {
			t.Errorf("Run = %v, want nil after /-/quit", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not return after /-/quit")
	}
	if app.Err() != nil {
		t.Errorf("Err() = %v, want nil: /-/quit is a requested shutdown", app.Err())
	}
	mu.Lock()
	defer mu.Unlock()
	return slices.Clone(events)
}

func before(t *testing.T, events []string, a, b string) {
	t.Helper()
	if i, k := slices.Index(events, a), slices.Index(events, b); i < 0 || k < 0 || i > k {
		t.Errorf("want %q before %q:\n  %s", a, b, strings.Join(events, "\n  "))
	}
}

func TestServerMode(t *testing.T) {
	flags := &Flags{WALSegments: 10}
	alerts := &AlertQueue{}
	app := NewApp(flags, alerts)
	events := runUntilQuit(t, app, "server")

	// The WAL replay had no deadline of its own and ran to its end.
	if slices.Contains(flags.Journal(), "tsdb: replay with a deadline") {
		t.Error("the TSDB's replay had a deadline")
	}
	if n := app.Tsdb().Replayed; n != 10 {
		t.Errorf("replayed %d WAL segments, want 10", n)
	}
	if app.Scrape().Storage != Appendable(app.Tsdb()) {
		t.Error("the scrape manager does not write to the TSDB")
	}
	// Agent mode's parts were never opened.
	if app.AgentDB() != nil || app.AgentScrape() != nil || slices.Contains(flags.Journal(), "agent db: open") {
		t.Error("agent mode's storage was opened in server mode")
	}
	for _, s := range app.Status() {
		if disabled := s.Name == "agent_db" || s.Name == "agent_scrape"; disabled != (s.State == AppDisabled) {
			t.Errorf("%s is %s", s.Name, s.State)
		}
	}

	// The rule manager starts after the notifier and stops before it, so
	// the alerts of its last evaluation are delivered.
	before(t, events, "notifier running", "rules starting")
	before(t, events, "rules stopped", "notifier stopping")
	if got, want := app.Notifier().Delivered(), []string{"HighLatency firing", "HighLatency resolved"}; !slices.Equal(got, want) {
		t.Errorf("delivered %q, want %q", got, want)
	}
	// The web handler serves once the TSDB is open, and stops first.
	before(t, events, "tsdb running", "web starting")
	before(t, events, "web stopped", "tsdb stopping")
}

func TestAgentMode(t *testing.T) {
	flags := &Flags{WALSegments: 10}
	app := NewApp(flags, &AlertQueue{})
	events := runUntilQuit(t, app, "agent")

	if app.AgentScrape().Storage != Appendable(app.AgentDB()) {
		t.Error("the scrape manager does not write to the agent's WAL")
	}
	// No TSDB, no rules, no notifier; the web handler's edge to the TSDB
	// is ignored, the one to the agent's WAL is kept.
	for _, s := range app.Status() {
		agent := s.Name == "agent_db" || s.Name == "agent_scrape" || s.Name == "web"
		if agent == (s.State == AppDisabled) {
			t.Errorf("%s is %s", s.Name, s.State)
		}
	}
	if j := flags.Journal(); slices.Contains(j, "tsdb: open") || slices.Contains(j, "notifier: run") {
		t.Errorf("server mode's parts ran in agent mode: %q", j)
	}
	before(t, events, "agent_db running", "web starting")
	before(t, events, "web stopped", "agent_db stopping")
}
