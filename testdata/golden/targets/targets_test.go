package targets

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"

	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

func TestAppTargets(t *testing.T) {
	if want := []string{"frontend", "workers"}; !slices.Equal(AppTargets, want) {
		t.Errorf("AppTargets = %q, want %q", AppTargets, want)
	}
}

// run is one run of the app with targets: what was constructed, the
// events, and the states and /readyz while it ran.
type run struct {
	constructed []string
	events      []string // "name state", in order
	states      map[string]AppState
	readyz      int
	listed      []string // the components /readyz?verbose lists
}

func runTargets(t *testing.T, targets ...string) run {
	t.Helper()
	j := &Journal{}
	app := NewApp(j)
	app.Targets = targets
	var r run
	var mu sync.Mutex
	app.OnEvent = func(e AppEvent) {
		mu.Lock()
		defer mu.Unlock()
		r.events = append(r.events, e.Name+" "+string(e.State))
	}
	if err := app.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	r.states = map[string]AppState{}
	for _, s := range app.Status() {
		r.states[s.Name] = s.State
	}
	rec := httptest.NewRecorder()
	app.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/readyz?verbose", nil))
	r.readyz = rec.Code
	var body struct{ Components []struct{ Name string } }
	if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
		t.Fatalf("/readyz?verbose: %v: %s", err, rec.Body)
	}
	for _, c := range body.Components {
		r.listed = append(r.listed, c.Name)
	}
	if s := app.Scheduler(); s != nil {
		s.Jobs <- Job{ID: 1}
	}
	if err := app.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	r.constructed = j.Lines()
	mu.Lock()
	defer mu.Unlock()
	return r
}

func (r run) check(t *testing.T, enabled, disabled []string) {
	t.Helper()
	if r.readyz != http.StatusOK {
		t.Errorf("/readyz = %d, want 200: disabled components do not count", r.readyz)
	}
	if !slices.Equal(r.listed, enabled) {
		t.Errorf("/readyz?verbose lists %q, want %q", r.listed, enabled)
	}
	for _, name := range enabled {
		if r.states[name] != AppRunning {
			t.Errorf("%s is %s after Start, want running", name, r.states[name])
		}
	}
	for _, name := range disabled {
		if r.states[name] != AppDisabled {
			t.Errorf("%s is %s, want disabled", name, r.states[name])
		}
		if slices.Contains(r.constructed, name) {
			t.Errorf("disabled %s was constructed", name)
		}
		for _, e := range r.events {
			if strings.HasPrefix(e, name+" ") {
				t.Errorf("disabled %s had an event: %s", name, e)
			}
		}
	}
}

func TestFrontend(t *testing.T) {
	r := runTargets(t, "frontend")
	// The admin is after the scheduler, which is disabled: it starts anyway.
	if want := []string{"db", "cache", "api", "admin"}; !sameSet(r.constructed, want) {
		t.Errorf("constructed %q, want %q", r.constructed, want)
	}
	r.check(t, []string{"db", "cache", "api", "admin"}, []string{"jobs", "process", "scheduler"})
}

func TestWorkers(t *testing.T) {
	r := runTargets(t, "workers")
	if want := []string{"db", "scheduler", "processed a job"}; !sameSet(r.constructed, want) {
		t.Errorf("constructed %q, want %q", r.constructed, want)
	}
	r.check(t, []string{"db", "jobs", "process", "scheduler"}, []string{"cache", "api", "admin"})
}

func TestBothTargets(t *testing.T) {
	r := runTargets(t, "workers", "frontend")
	all := []string{"db", "cache", "api", "admin", "jobs", "process", "scheduler"}
	r.check(t, all, nil)
	// With both ends enabled, the after edge orders them.
	if i, k := slices.Index(r.events, "scheduler running"), slices.Index(r.events, "admin starting"); i < 0 || i > k {
		t.Errorf("admin started before the scheduler was ready: %q", r.events)
	}
	if i, k := slices.Index(r.events, "admin stopped"), slices.Index(r.events, "scheduler stopping"); i < 0 || i > k {
		t.Errorf("scheduler stopped before the admin: %q", r.events)
	}
}

func TestNoTargetsRunsEverything(t *testing.T) {
	r := runTargets(t)
	r.check(t, []string{"db", "cache", "api", "admin", "jobs", "process", "scheduler"}, nil)
}

func TestUnknownTarget(t *testing.T) {
	j := &Journal{}
	app := NewApp(j)
	app.Targets = []string{"frontend", "backend"}
	err := app.Start(context.Background())
	if err == nil {
		t.Fatal("Start with an unknown target succeeded")
	}
	for _, want := range []string{`"backend"`, `"frontend", "workers"`} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("Start error %q does not contain %s", err, want)
		}
	}
	if got := j.Lines(); len(got) > 0 {
		t.Errorf("constructed %q before reporting the unknown target", got)
	}
	if err := app.Stop(context.Background()); err != nil {
		t.Errorf("Stop = %v", err)
	}
}

func sameSet(a, b []string) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(a, b)
}
