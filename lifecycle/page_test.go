package lifecycle

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"errors"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

var pageQuiet = Config{Logger: slog.New(slog.DiscardHandler)}

// pageService is a service that takes start to start and stop to stop.
func pageService(name string, start, stop time.Duration, needs ...string) Component {
	return Component{Name: name, Kind: KindService, Needs: needs, StartTimeout: 5 * time.Second,
		Start: func(ctx context.Context) (Hooks, error) {
			time.Sleep(start)
			return Hooks{Value: name, Stop: func() { time.Sleep(stop) }}, nil
		}}
}

// pageGet answers GET target with the app's handler.
func pageGet(t *testing.T, app *App, target string) *httptest.ResponseRecorder {
	t.Helper()
	rec := httptest.NewRecorder()
	app.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, target, nil))
	if rec.Code != http.StatusOK {
		t.Fatalf("GET %s: %d %s", target, rec.Code, rec.Body)
	}
	if cc := rec.Header().Get("Cache-Control"); cc != "no-store" {
		t.Errorf("GET %s: Cache-Control %q, want no-store", target, cc)
	}
	return rec
}

// pageRun starts and stops an app of comps, then returns its page.
func pageRun(t *testing.T, spec Spec, cfg Config) (*App, *pageNode) {
	t.Helper()
	app := New(spec)
	if err := app.Start(t.Context(), cfg); err != nil {
		t.Fatal(err)
	}
	if err := app.Stop(t.Context()); err != nil {
		t.Fatal(err)
	}
	return app, pageParse(t, pageGet(t, app, "/debug/lifecycle").Body.Bytes())
}

func TestLifecycleJSON(t *testing.T) {
	spec := Spec{ShutdownTimeout: 5 * time.Second, Components: []Component{
		pageService("db", 0, 0), pageService("api", 0, 0, "db"), pageService("admin", 0, 0, "db"),
	}, Targets: []Target{{Name: "api", Components: []string{"api"}}}}
	cfg := pageQuiet
	cfg.Targets = []string{"api"}
	app, _ := pageRun(t, spec, cfg)
	rec := pageGet(t, app, "/debug/lifecycle?format=json")
	if ct := rec.Header().Get("Content-Type"); ct != "application/json" {
		t.Errorf("Content-Type %q", ct)
	}
	var got struct {
		Components []struct {
			Name, Kind string
			State      State
			Events     []struct {
				State State
				Time  string
			}
		}
	}
	dec := json.NewDecoder(bytes.NewReader(rec.Body.Bytes()))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&got); err != nil {
		t.Fatalf("%v\n%s", err, rec.Body)
	}
	var names []string
	for _, c := range got.Components {
		names = append(names, c.Name+" "+c.Kind+" "+string(c.State))
		var states []State
		var last time.Time
		for _, e := range c.Events {
			states = append(states, e.State)
			at, err := time.Parse(time.RFC3339Nano, e.Time)
			if err != nil || at.Format(time.RFC3339Nano) != e.Time || at.Before(last) {
				t.Errorf("%s: time %q: not RFC3339Nano, or before the previous event (%v)", c.Name, e.Time, err)
			}
			last = at
		}
		want := []State{Starting, Running, Stopping, Stopped}
		if c.State == Disabled {
			want = nil
		}
		if !slices.Equal(states, want) {
			t.Errorf("%s: events %v, want %v", c.Name, states, want)
		}
	}
	if want := []string{"db service stopped", "api service stopped", "admin service disabled"}; !slices.Equal(names, want) {
		t.Errorf("components %q, want %q", names, want)
	}
	if !strings.Contains(rec.Body.String(), `"name":"admin","kind":"service","state":"disabled","events":[]`) {
		t.Errorf("a disabled component has an empty list of events:\n%s", rec.Body)
	}
}

func TestLifecyclePageBars(t *testing.T) {
	spec := Spec{ShutdownTimeout: 5 * time.Second, Components: []Component{
		pageService("db", 60*time.Millisecond, 0), pageService("api", 0, 0, "db"),
		{Name: "jobs", Kind: KindQueue}, pageService("admin", 0, 0),
	}, Targets: []Target{{Name: "main", Components: []string{"api", "jobs"}}}}
	cfg := pageQuiet
	cfg.Targets = []string{"main"}
	_, page := pageRun(t, spec, cfg)
	bars := page.bars()
	for _, name := range []string{"db", "api", "jobs"} {
		for _, state := range []State{Starting, Running, Stopping} {
			if len(bars[name+" "+string(state)]) != 1 {
				t.Errorf("%s: %d %s bars, want 1", name, len(bars[name+" "+string(state)]), state)
			}
		}
	}
	if len(bars["admin starting"]) > 0 || !strings.Contains(page.text(), "admin (disabled)") {
		t.Error("admin is not shown as disabled")
	}
	for _, rects := range bars {
		for _, r := range rects {
			if x, w := r.int("x"), r.int("width"); x < labelWidth || x+w > labelWidth+chartWidth+1 || w < 2 {
				t.Errorf("bar %q at x=%d, width %d: outside the chart", r.title(), x, w)
			}
		}
	}
	db, api := bars["db starting"][0], bars["api starting"][0]
	if db.int("width") < 10*api.int("width") {
		t.Errorf("db took 60ms to start, api no time, but their bars are %d and %d pixels wide", db.int("width"), api.int("width"))
	}
}

// The critical path of a graph with known delays:
//
//	a 30ms ─┬─▶ c 10ms ─▶ e 100ms      (c waits for a and b)
//	b 80ms ─┘
//	a ─▶ d 100ms
//
// Startup: e is ready last (at 190ms), after c, which waited longer
// for b than for a: b, c, e. Shutdown: e and d stop first, then c,
// then b and a; d takes 80ms to stop, so a, which waits for c and d,
// stops last, after d: d, a.
func TestLifecycleCriticalPath(t *testing.T) {
	ms := time.Millisecond
	spec := Spec{ShutdownTimeout: 5 * time.Second, Components: []Component{
		pageService("a", 30*ms, 10*ms), pageService("b", 80*ms, 10*ms), pageService("c", 10*ms, 10*ms, "a", "b"),
		pageService("d", 100*ms, 80*ms, "a"), pageService("e", 100*ms, 10*ms, "c"),
	}}
	app, page := pageRun(t, spec, pageQuiet)
	tl := app.timeline()
	if got := pageNames(tl, tl.startPath); !slices.Equal(got, []string{"e", "c", "b"}) {
		t.Errorf("startup critical path (last first) %q, want e, c, b", got)
	}
	if got := pageNames(tl, tl.stopPath); !slices.Equal(got, []string{"a", "d"}) {
		t.Errorf("shutdown critical path (last first) %q, want a, d", got)
	}
	var critical []string
	for _, r := range page.find("rect") {
		if strings.Contains(r.attr("class"), "critical") {
			name, rest, _ := strings.Cut(r.title(), " for ")
			critical = append(critical, name)
			if !strings.HasSuffix(rest, "(critical path)") {
				t.Errorf("title %q does not say that the bar is on the critical path", r.title())
			}
		}
	}
	want := []string{"a stopping", "b starting", "c starting", "d stopping", "e starting"}
	if !slices.Equal(critical, want) {
		t.Errorf("bars marked critical: %q, want %q", critical, want)
	}
	if text := page.text(); !strings.Contains(text, "critical path: b ") || !strings.Contains(text, "critical path: d ") {
		t.Errorf("the page does not spell the critical paths:\n%s", text)
	}
}

func pageNames(tl *timeline, path []int) []string {
	var names []string
	for _, i := range path {
		names = append(names, tl.rows[i].name)
	}
	return names
}

// A failed start and a restart: red bars with the error in their
// tooltip, several bars on the restarted service's row, the backoff
// shaded.
func TestLifecyclePageFailureAndRestart(t *testing.T) {
	var runs atomic.Int32
	flaky := Component{Name: "flaky", Kind: KindService, OnExit: PolicyRestart,
		Restart: &RestartLimits{Backoff: 20 * time.Millisecond},
		Start: func(ctx context.Context) (Hooks, error) {
			first := runs.Add(1) == 1
			return Hooks{Run: func(ctx context.Context) error {
				if first {
					return errors.New("lost the connection")
				}
				<-ctx.Done()
				return nil
			}}, nil
		}}
	app := New(Spec{ShutdownTimeout: 5 * time.Second, Components: []Component{flaky}})
	restarted := make(chan struct{})
	var once sync.Once
	cfg := pageQuiet
	cfg.OnEvent = func(e Event) {
		if e.State == Running && runs.Load() == 2 {
			once.Do(func() { close(restarted) })
		}
	}
	if err := app.Start(t.Context(), cfg); err != nil {
		t.Fatal(err)
	}
	<-restarted
	if err := app.Stop(t.Context()); err != nil {
		t.Fatal(err)
	}
	bars := pageParse(t, pageGet(t, app, "/debug/lifecycle").Body.Bytes()).bars()
	if n := len(bars["flaky starting"]); n != 2 {
		t.Errorf("%d starting bars, want 2", n)
	}
	if n := len(bars["flaky restarting"]); n != 1 {
		t.Errorf("%d restarting bars, want 1", n)
	}
	if running := bars["flaky running"]; len(running) != 2 || running[0].attr("fill") != fills[Running][0] {
		t.Errorf("want two running lines, the first in the colour of running until the failure: %v", running)
	}
	failed := bars["flaky failed:"]
	if len(failed) != 1 || failed[0].attr("fill") != fills[Failed][0] || !strings.Contains(failed[0].title(), "lost the connection") {
		t.Errorf("the failure is not marked in red with its error: %v", failed)
	}
}

// Names and errors are escaped; the page stays well-formed whatever an
// error holds.
func TestLifecyclePageEscapes(t *testing.T) {
	evil := `<script>alert("x")</script> & 'more' ` + "\x01\x00"
	bad := Component{Name: "db", Kind: KindService, Start: func(ctx context.Context) (Hooks, error) {
		return Hooks{}, errors.New(evil)
	}}
	app := New(Spec{ShutdownTimeout: 5 * time.Second, Components: []Component{bad}})
	if err := app.Start(t.Context(), pageQuiet); err == nil {
		t.Fatal("Start succeeded")
	}
	body := pageGet(t, app, "/debug/lifecycle").Body.String()
	if strings.Contains(body, "<script") {
		t.Errorf("the error is not escaped:\n%s", body)
	}
	page := pageParse(t, []byte(body))
	if !strings.Contains(page.text(), `<script>alert("x")</script> & 'more'`) {
		t.Errorf("the page does not show the error:\n%s", body)
	}
	if bars := page.bars()["db starting"]; len(bars) != 1 || bars[0].attr("fill") != fills[Failed][0] {
		t.Errorf("the failed start is not drawn in red: %v", bars)
	}
	var got timelineJSON
	if err := json.Unmarshal(pageGet(t, app, "/debug/lifecycle?format=json").Body.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if e := got.Components[0].Events[1]; e.State != Failed || !strings.Contains(e.Error, evil) {
		t.Errorf("JSON event %+v, want failed with the error", e)
	}
}

// The page is well-formed, self-contained markup at every point of an
// app's life.
func TestLifecyclePageWellFormed(t *testing.T) {
	app := New(Spec{ShutdownTimeout: 5 * time.Second, Components: []Component{
		pageService("db", 0, 0), pageService("api", 0, 0, "db")}})
	check := func(when string) {
		page := pageParse(t, pageGet(t, app, "/debug/lifecycle").Body.Bytes())
		page.walk(func(n *pageNode) {
			switch n.XMLName.Local {
			case "script", "link", "img", "iframe", "object", "embed":
				t.Errorf("%s: a <%s> element", when, n.XMLName.Local)
			}
			for _, a := range n.Attrs {
				if a.Name.Local == "src" || a.Name.Local == "href" || strings.Contains(a.Value, "url(") {
					t.Errorf("%s: <%s %s=%q> refers to something outside the page", when, n.XMLName.Local, a.Name.Local, a.Value)
				}
			}
		})
		if len(page.find("table")) != 1 {
			t.Errorf("%s: no table of the components", when)
		}
	}
	check("before Start")
	if err := app.Start(t.Context(), pageQuiet); err != nil {
		t.Fatal(err)
	}
	check("running")
	app.Stop(t.Context())
	check("stopped")
}

func TestAxisBreak(t *testing.T) {
	t0 := time.Now()
	at := func(d time.Duration) time.Time { return t0.Add(d) }
	ax := newAxis([]span{{at(0), at(300 * time.Millisecond)}, {at(time.Hour), at(time.Hour + 100*time.Millisecond)}}, 100, 800)
	if len(ax.parts) != 2 {
		t.Fatalf("%d parts, want 2: the hour between is collapsed", len(ax.parts))
	}
	xs := []float64{ax.x(at(0)), ax.x(at(300 * time.Millisecond)), ax.x(at(30 * time.Minute)), ax.x(at(time.Hour)), ax.x(at(time.Hour + 100*time.Millisecond))}
	if !slices.IsSorted(xs) || xs[0] != 100 || xs[4] > 900.01 {
		t.Errorf("x = %v: not increasing from 100 to 900", xs)
	}
	if first, second := xs[1]-xs[0], xs[4]-xs[3]; first < 2.9*second || first > 3.1*second {
		t.Errorf("300ms drawn on %v pixels, 100ms on %v: not to one scale", first, second)
	}
	var labels []string
	for _, tk := range ax.ticks() {
		labels = append(labels, tk.Label)
	}
	if !slices.Contains(labels, "0s") || !slices.Contains(labels, "1h0m0s") {
		t.Errorf("ticks %q: want 0s and 1h0m0s among them", labels)
	}
}

// pageNode is an element of the page, parsed as XML.
type pageNode struct {
	XMLName xml.Name
	Attrs   []xml.Attr `xml:",any,attr"`
	Nodes   []pageNode `xml:",any"`
	Text    string     `xml:",chardata"`
}

// pageParse parses the page as XML: it must be well-formed.
func pageParse(t *testing.T, body []byte) *pageNode {
	t.Helper()
	var root pageNode
	if err := xml.Unmarshal(body, &root); err != nil {
		t.Fatalf("the page is not well-formed: %v\n%s", err, body)
	}
	if root.XMLName.Local != "html" {
		t.Fatalf("root element <%s>, want <html>", root.XMLName.Local)
	}
	return &root
}

func (n *pageNode) walk(f func(*pageNode)) {
	f(n)
	for i := range n.Nodes {
		n.Nodes[i].walk(f)
	}
}

func (n *pageNode) find(name string) []*pageNode {
	var out []*pageNode
	n.walk(func(m *pageNode) {
		if m.XMLName.Local == name {
			out = append(out, m)
		}
	})
	return out
}

// text is the page's text, tooltips included.
func (n *pageNode) text() string {
	var b strings.Builder
	n.walk(func(m *pageNode) { b.WriteString(m.Text + "\n") })
	return b.String()
}

func (n *pageNode) attr(name string) string {
	for _, a := range n.Attrs {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

func (n *pageNode) int(name string) int {
	var v int
	json.Unmarshal([]byte(n.attr(name)), &v)
	return v
}

func (n *pageNode) title() string {
	for _, c := range n.Nodes {
		if c.XMLName.Local == "title" {
			return c.Text
		}
	}
	return ""
}

// bars returns the chart's bars by the first two words of their
// tooltips: "db starting".
func (n *pageNode) bars() map[string][]*pageNode {
	out := map[string][]*pageNode{}
	for _, r := range n.find("rect") {
		if strings.HasPrefix(r.attr("class"), "bar ") {
			f := strings.Fields(r.title())
			out[f[0]+" "+f[1]] = append(out[f[0]+" "+f[1]], r)
		}
	}
	return out
}

// Started one at a time, a component waits for the one before it too:
// c needs only a, but started after b.
func TestLifecycleCriticalPathSequential(t *testing.T) {
	ms := time.Millisecond
	spec := Spec{Sequential: true, ShutdownTimeout: 5 * time.Second, Components: []Component{
		pageService("a", 20*ms, 0), pageService("b", 20*ms, 0), pageService("c", 0, 0, "a"),
	}}
	app, _ := pageRun(t, spec, pageQuiet)
	tl := app.timeline()
	if got := pageNames(tl, tl.startPath); !slices.Equal(got, []string{"c", "b", "a"}) {
		t.Errorf("startup critical path (last first) %q, want c, b, a", got)
	}
}
