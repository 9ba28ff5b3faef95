package templates

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// probe sends one request to h.
func probe(h http.Handler, method, target string) *httptest.ResponseRecorder {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(method, target, nil))
	return rec
}

type probeJSON struct {
	Status     string `json:"status"`
	Components []struct {
		Name  string `json:"name"`
		Kind  string `json:"kind"`
		State string `json:"state"`
		Error string `json:"error"`
	} `json:"components"`
}

func TestHandlerProbes(t *testing.T) {
	var sick atomic.Bool
	startGate, stopGate := make(chan struct{}), make(chan struct{})
	b := newBuilder(t).
		service(svc{name: "db", check: func(context.Context) error {
			if sick.Load() {
				return errors.New("db is sick")
			}
			return nil
		}, health: &appHealth{interval: time.Millisecond, timeout: time.Second, threshold: 1}}).
		service(svc{name: "api", deps: []string{"db"},
			start: func(context.Context) error { <-startGate; return nil },
			stop:  func(context.Context) error { <-stopGate; return nil }})
	a := b.app()
	ev := watch(a)
	h := a.Handler()
	codes := func(when string, live, ready int) {
		t.Helper()
		if got := probe(h, http.MethodGet, "/livez").Code; got != live {
			t.Errorf("%s: /livez = %d, want %d", when, got, live)
		}
		if got := probe(h, http.MethodGet, "/readyz").Code; got != ready {
			t.Errorf("%s: /readyz = %d, want %d", when, got, ready)
		}
	}
	verbose := func(when string) probeJSON {
		t.Helper()
		rec := probe(h, http.MethodGet, "/readyz?verbose")
		if ct := rec.Header().Get("Content-Type"); ct != "application/json" {
			t.Errorf("%s: Content-Type = %q", when, ct)
		}
		var body probeJSON
		if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
			t.Fatalf("%s: body %q: %v", when, rec.Body, err)
		}
		return body
	}

	codes("before Start", 200, 503)
	starting := ev.next("api", AppStarting)
	errc := make(chan error, 1)
	go func() { errc <- a.Start(context.Background()) }()
	recv(t, starting, "api starting")
	codes("while starting", 200, 503)
	close(startGate)
	if err := recv(t, errc, "Start"); err != nil {
		t.Fatal(err)
	}
	codes("ready", 200, 200)
	body := verbose("ready")
	want := `{ok [{db service running } {api service running }]}`
	if got := strings.Join(strings.Fields(fmtBody(body)), " "); got != want {
		t.Errorf("verbose body = %s, want %s", got, want)
	}

	unhealthy := ev.next("db", AppUnhealthy)
	sick.Store(true)
	recv(t, unhealthy, "db unhealthy")
	codes("unhealthy", 200, 503)
	body = verbose("unhealthy")
	if body.Status != "failing" || len(body.Components) != 2 || body.Components[0].State != "unhealthy" ||
		!strings.Contains(body.Components[0].Error, "db is sick") {
		t.Errorf("verbose body while db is unhealthy = %+v", body)
	}
	running := ev.next("db", AppRunning)
	sick.Store(false)
	recv(t, running, "db running again")
	codes("healthy again", 200, 200)

	stopping := ev.next("api", AppStopping)
	go func() { errc <- a.Stop(context.Background()) }()
	recv(t, stopping, "api stopping")
	codes("shutting down", 503, 503)
	close(stopGate)
	if err := recv(t, errc, "Stop"); err != nil {
		t.Fatal(err)
	}
	codes("stopped", 503, 503)
	if body := verbose("stopped"); body.Status != "failing" || body.Components[1].State != "stopped" {
		t.Errorf("verbose body after Stop = %+v", body)
	}

	rec := probe(h, http.MethodPost, "/livez")
	if rec.Code != http.StatusMethodNotAllowed || !strings.Contains(rec.Header().Get("Allow"), "GET") {
		t.Errorf("POST /livez = %d, Allow %q; want 405 with GET allowed", rec.Code, rec.Header().Get("Allow"))
	}
	if rec := probe(h, http.MethodGet, "/metrics"); rec.Code != http.StatusNotFound {
		t.Errorf("GET /metrics = %d, want 404", rec.Code)
	}
}

func fmtBody(b probeJSON) string {
	s := "{" + b.Status + " ["
	for k, c := range b.Components {
		if k > 0 {
			s += " "
		}
		s += "{" + c.Name + " " + c.Kind + " " + c.State + " " + c.Error + "}"
	}
	return s + "]}"
}

func TestHandlerVerboseListsEveryKindInSpecOrder(t *testing.T) {
	b := newBuilder(t).queue("jobs", 1, "api")
	b.worker("pool", "jobs", 1, nil, func(context.Context, int) error { return nil }, time.Second, false)
	b.service(svc{name: "api"})
	a := b.app()
	if err := a.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	defer a.Stop(context.Background())
	srv := httptest.NewServer(a.Handler())
	defer srv.Close()
	resp, err := http.Get(srv.URL + "/livez?verbose")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var body probeJSON
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range body.Components {
		got = append(got, c.Name+" "+c.Kind+" "+c.State)
	}
	want := []string{"jobs queue running", "pool worker running", "api service running"}
	if resp.StatusCode != 200 || body.Status != "ok" {
		t.Errorf("status %d %q", resp.StatusCode, body.Status)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("components (-want +got):\n%s", diff)
	}
}
