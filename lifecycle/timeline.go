package lifecycle

import "net/http"

// serveLifecycle serves the lifecycle page.
func (a *App) serveLifecycle(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "not yet", http.StatusNotImplemented)
}
