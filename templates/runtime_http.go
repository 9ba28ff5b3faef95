package templates

import (
	"encoding/json"
	"net/http"
)

// Handler serves Kubernetes-style probes: GET /livez answers 200 unless
// the app is shutting down or has failed, GET /readyz answers 200 when
// every component is ready and none is unhealthy, else 503. With
// ?verbose the body is JSON listing every component in spec order. Mount
// it under a prefix with http.StripPrefix.
func (a *App) Handler() http.Handler { return http.HandlerFunc(a.serveProbe) }

func (a *App) serveProbe(w http.ResponseWriter, r *http.Request) {
	var ok bool
	switch r.URL.Path {
	case "/livez":
		ok = a.live()
	case "/readyz":
		ok = a.live() && a.allReady()
	default:
		http.NotFound(w, r)
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	code, status := http.StatusOK, "ok"
	if !ok {
		code, status = http.StatusServiceUnavailable, "failing"
	}
	w.Header().Set("Cache-Control", "no-store")
	if !r.URL.Query().Has("verbose") {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.WriteHeader(code)
		_, _ = w.Write([]byte(status + "\n"))
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(a.probeBody(status))
}

// live reports whether the app is neither shutting down nor failed.
func (a *App) live() bool {
	select {
	case <-a.rt.done:
		return false
	default:
		return true
	}
}

// allReady reports whether Start has finished and no component is
// unhealthy.
func (a *App) allReady() bool {
	select {
	case <-a.rt.ready:
	default:
		return false
	}
	for i := range a.rt.nodes {
		if state, _ := a.rt.nodes[i].load(); state != appRunning {
			return false
		}
	}
	return true
}

// appProbeBody is the JSON body of a verbose probe.
type appProbeBody struct {
	Status     string          `json:"status"`
	Components []appProbeEntry `json:"components"`
}

type appProbeEntry struct {
	Name  string `json:"name"`
	Kind  string `json:"kind"`
	State string `json:"state"`
	Error string `json:"error"`
}

func (a *App) probeBody(status string) appProbeBody {
	body := appProbeBody{Status: status, Components: []appProbeEntry{}}
	for _, s := range a.Status() {
		pc := appProbeEntry{Name: s.Name, Kind: s.Kind, State: string(s.State)}
		if s.Err != nil {
			pc.Error = s.Err.Error()
		}
		body.Components = append(body.Components, pc)
	}
	return body
}
