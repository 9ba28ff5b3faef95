package lifecycle

// Targets, Status and the probes (docs/semantics.md: Targets; Probes and
// the lifecycle page).

import (
	"context"
	"encoding/json"
	"math"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"
)

// targetsApp: frontend = api (needs db); workers = work (needs db) and
// its queue. api comes after work, an order-only edge.
func targetsApp(tl *tally) *App {
	ch := make(chan int, 1)
	work := Component{Name: "work", Kind: KindWorker, Needs: []string{"db"},
		Start: func(context.Context) (Hooks, error) {
			tl.add("start work")
			return Hooks{Consume: Consume(ch, func(context.Context, int) error { return nil })}, nil
		}}
	api := svc(tl, "api", "db")
	api.After = []string{"work"}
	return New(Spec{ShutdownTimeout: bound, Components: []Component{
		svc(tl, "db"), work, {Name: "q", Kind: KindQueue, Needs: []string{"work"}, Queue: Chan(ch)}, api, svc(tl, "lonely")},
		Targets: []Target{{Name: "frontend", Components: []string{"api"}}, {Name: "workers", Components: []string{"q"}}}})
}

// TestTargets: only the selected targets and what they need start; the
// rest is disabled, never constructed, silent, and out of /readyz; an
// after edge to a disabled component is ignored.
func TestTargets(t *testing.T) {
	modes(t, func(t *testing.T, seq bool) {
		tl := &tally{}
		a := targetsApp(tl)
		a.spec.Sequential = seq
		if seq {
			a.order = topoOrder(a.comps)
		}
		rec := &recorder{}
		start(t, a, Config{Targets: []string{"frontend"}, OnEvent: rec.on})
		if readyz(a) != http.StatusOK {
			t.Fatalf("/readyz = %d", readyz(a))
		}
		body := verbose(t, a, "/readyz")
		stop(t, a)
		if got := tl.list(); !slices.Equal(got, []string{"start db", "start api", "stop api", "stop db"}) {
			t.Fatalf("calls %v", got)
		}
		for _, name := range []string{"work", "q", "lonely"} {
			if s := stateOf(a, name); s != Disabled || len(rec.states(name)) != 0 || strings.Contains(body, `"`+name+`"`) {
				t.Fatalf("%s: %s, events %v, /readyz %s", name, s, rec.states(name), body)
			}
		}
	})
	tl := &tally{}
	a := targetsApp(tl)
	start(t, a, Config{Targets: []string{"workers"}})
	stop(t, a)
	if got := tl.list(); !slices.Equal(got, []string{"start db", "start work", "stop db"}) || stateOf(a, "api") != Disabled {
		t.Fatalf("workers: calls %v, api %s", got, stateOf(a, "api"))
	}
}

// TestUnknownTarget: Start fails before constructing anything, and its
// error lists the valid targets.
func TestUnknownTarget(t *testing.T) {
	tl := &tally{}
	a := targetsApp(tl)
	err := a.Start(context.Background(), Config{Logger: quiet, Targets: []string{"frontend", "backend"}})
	wantErr(t, "Start", err, nil, `unknown target "backend"`, `"frontend", "workers"`)
	if len(tl.list()) != 0 {
		t.Fatalf("calls %v", tl.list())
	}
}

// verbose returns the body of GET path?verbose.
func verbose(t *testing.T, a *App, path string) string {
	t.Helper()
	w := httptest.NewRecorder()
	a.Handler().ServeHTTP(w, httptest.NewRequest(http.MethodGet, path+"?verbose", nil))
	if ct := w.Header().Get("Content-Type"); ct != "application/json" {
		t.Fatalf("%s?verbose: Content-Type %q", path, ct)
	}
	return w.Body.String()
}

// TestHandler: /livez and /readyz through an app's life, ?verbose JSON,
// HEAD, 405 and 404.
func TestHandler(t *testing.T) {
	release := make(chan struct{})
	entered := make(chan struct{})
	a := New(Spec{ShutdownTimeout: bound, Components: []Component{
		svc(&tally{}, "db"),
		{Name: "api", Kind: KindService, Needs: []string{"db"}, Start: func(context.Context) (Hooks, error) {
			return Hooks{Stop: func() { close(entered); <-release }}, nil
		}},
	}})
	get := func(method, path string) (int, string) {
		w := httptest.NewRecorder()
		a.Handler().ServeHTTP(w, httptest.NewRequest(method, path, nil))
		return w.Code, w.Body.String()
	}
	type probes struct{ live, ready int }
	check := func(when string, want probes) {
		t.Helper()
		live, _ := get(http.MethodGet, "/livez")
		ready, _ := get(http.MethodGet, "/readyz")
		if (probes{live, ready}) != want {
			t.Errorf("%s: /livez %d, /readyz %d; want %v", when, live, ready, want)
		}
	}
	check("before Start", probes{200, 503})
	start(t, a, Config{})
	check("running", probes{200, 200})
	var body struct {
		Status     string `json:"status"`
		Components []struct {
			Name, Kind, State, Error string
		} `json:"components"`
	}
	if err := json.Unmarshal([]byte(verbose(t, a, "/readyz")), &body); err != nil || body.Status != "ok" || len(body.Components) != 2 ||
		body.Components[0].Name != "db" || body.Components[1].State != "running" || body.Components[0].Kind != "service" {
		t.Fatalf("verbose: %+v, %v", body, err)
	}
	if code, _ := get(http.MethodHead, "/readyz"); code != 200 {
		t.Errorf("HEAD /readyz: %d", code)
	}
	if code, _ := get(http.MethodPost, "/readyz"); code != http.StatusMethodNotAllowed {
		t.Errorf("POST /readyz: %d", code)
	}
	if code, _ := get(http.MethodGet, "/nope"); code != http.StatusNotFound {
		t.Errorf("GET /nope: %d", code)
	}
	stopped := make(chan error)
	go func() { stopped <- a.Stop(context.Background()) }()
	<-entered
	check("stopping", probes{503, 503})
	json.Unmarshal([]byte(verbose(t, a, "/readyz")), &body)
	if body.Status != "failing" || body.Components[1].State != "stopping" {
		t.Errorf("verbose while stopping: %+v", body)
	}
	close(release)
	<-stopped
	check("stopped", probes{503, 503})
}

// TestStatus: every field of Status, for a service, a queue and a worker.
func TestStatus(t *testing.T) {
	ch := make(chan int, 5)
	hold := make(chan struct{})
	comps := workerPool(ch, 2, bound, PolicyLog, func(ctx context.Context, i int) error {
		if i == 0 {
			return errBoom
		}
		select {
		case <-hold:
		case <-ctx.Done():
		}
		return nil
	})
	comps = append(comps, Component{Name: "db", Kind: KindService, Health: &Health{Interval: time.Microsecond, Timeout: bound, Threshold: math.MaxInt, OnFailure: PolicyIgnore},
		Start: func(context.Context) (Hooks, error) { return Hooks{Check: func() error { return errBoom }}, nil }})
	a := New(Spec{ShutdownTimeout: bound, Components: comps})
	before := time.Now()
	start(t, a, Config{})
	for i := range 5 {
		ch <- i
	}
	eventually(t, "checks failed", func() bool { return statusOf(a, "db").ConsecutiveFailures >= 2 })
	eventually(t, "items taken", func() bool { return statusOf(a, "q").Len == 2 && statusOf(a, "work").Failed == 1 })
	st := a.Status()
	if len(st) != 3 || st[0].Name != "work" || st[0].Kind != KindWorker || st[1].Kind != KindQueue || st[2].Kind != KindService ||
		st[2].State != Running || st[2].Since.Before(before) || !errorsIs(st[2].Err, errBoom) || !errorsIs(st[0].Err, errBoom) {
		t.Fatalf("status %+v", st)
	}
	close(hold)
	if err := stop(t, a); err != nil {
		t.Fatal(err)
	}
	if s := statusOf(a, "work"); s.Processed != 4 || s.Failed != 1 || s.State != Stopped {
		t.Fatalf("worker %+v", s)
	}
}

// TestStartAfterUnknownTarget: a Start refused for an unknown target
// changes nothing: a second Start, with every component, starts them all
// as enabled ones.
func TestStartAfterUnknownTarget(t *testing.T) {
	tl := &tally{}
	a := targetsApp(tl)
	if err := a.Start(context.Background(), Config{Logger: quiet, Targets: []string{"frontend", "nope"}}); err == nil {
		t.Fatal("Start with an unknown target succeeded")
	}
	start(t, a, Config{})
	for _, c := range a.comps {
		if !c.enabled {
			t.Errorf("%s is not enabled after a Start of every component", c.Name)
		}
	}
	stop(t, a)
	if got := len(tl.with("start")); got != 4 {
		t.Fatalf("calls %v", tl.list())
	}
}
