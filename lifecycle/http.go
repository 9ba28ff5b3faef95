package lifecycle

import (
	"encoding/json"
	"net/http"
)

// Status returns a snapshot of every component, in spec order.
func (a *App) Status() []Status {
	a.mu.Lock()
	defer a.unlock()
	out := make([]Status, len(a.comps))
	for i, c := range a.comps {
		s := Status{Name: c.Name, Kind: c.Kind, State: c.state, Since: c.since, Err: c.err,
			ConsecutiveFailures: c.failures, Dropped: c.dropped, Restarts: c.restarts}
		if c.Kind == KindQueue && c.Queue != nil {
			s.Len = c.Queue.Len()
		}
		for _, n := range c.counts {
			s.Processed += int(n.processed.Load())
			s.Failed += int(n.failed.Load())
		}
		out[i] = s
	}
	return out
}

// Handler serves the app's probes: GET /livez (200 unless a shutdown has
// begun), GET /readyz (200 when every selected component is running and
// no shutdown has begun; ?verbose gives every component as JSON) and GET
// /debug/lifecycle (the lifecycle page; ?format=json for its data). HEAD
// is answered like GET.
func (a *App) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/livez", a.serveLivez)
	mux.HandleFunc("/readyz", a.serveReadyz)
	mux.HandleFunc("/debug/lifecycle", a.serveLifecycle)
	return onlyGet(mux)
}

// onlyGet answers 405 to methods other than GET and HEAD.
func onlyGet(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		h.ServeHTTP(w, r)
	})
}

func (a *App) serveLivez(w http.ResponseWriter, r *http.Request) {
	a.mu.Lock()
	live := a.phase < stopping
	a.unlock()
	a.probe(w, r, live)
}

func (a *App) serveReadyz(w http.ResponseWriter, r *http.Request) {
	a.probe(w, r, a.isReady())
}

// isReady reports whether Start has succeeded, no shutdown has begun and
// every selected component is running (none unhealthy or restarting).
func (a *App) isReady() bool {
	a.mu.Lock()
	defer a.unlock()
	if a.phase != running {
		return false
	}
	for _, c := range a.comps {
		if c.enabled && c.state != Running {
			return false
		}
	}
	return true
}

// probe writes a probe's answer: "ok" or "failing", or with ?verbose the
// JSON of every selected component.
func (a *App) probe(w http.ResponseWriter, r *http.Request, ok bool) {
	w.Header().Set("Cache-Control", "no-store")
	code, status := http.StatusOK, "ok"
	if !ok {
		code, status = http.StatusServiceUnavailable, "failing"
	}
	if !r.URL.Query().Has("verbose") {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.WriteHeader(code)
		w.Write([]byte(status + "\n"))
		return
	}
	type entry struct {
		Name  string `json:"name"`
		Kind  string `json:"kind"`
		State State  `json:"state"`
		Error string `json:"error"`
	}
	body := struct {
		Status     string  `json:"status"`
		Components []entry `json:"components"`
	}{Status: status, Components: []entry{}}
	for _, s := range a.Status() {
		if s.State == Disabled {
			continue
		}
		e := entry{Name: s.Name, Kind: s.Kind, State: s.State}
		if s.Err != nil {
			e.Error = s.Err.Error()
		}
		body.Components = append(body.Components, e)
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(body)
}
