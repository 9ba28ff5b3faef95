package thanos_sidecar

import (
	"context"
	"log/slog"
	"maps"
	"net/http"
	"net/http/httptest"
	"slices"
	"testing"
	"time"

	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

// The constructors keep the sidecar's shapes.
var (
	_ func(*Config) *PromMetadata                     = NewPromMetadata
	_ func(*PromMetadata, Labels) *StoreServer        = NewStoreServer
	_ func(*Config, Labels) (*Shipper, func(), error) = NewShipper
)

// targets is what main derives from the flags: the shipper only with a
// bucket.
func targets(cfg *Config) []string {
	if cfg.Bucket == "" {
		return []string{"sidecar"}
	}
	return []string{"sidecar", "shipper"}
}

func newApp(cfg *Config) *App {
	app := NewApp(cfg)
	app.Targets = targets(cfg)
	app.Logger = slog.New(slog.DiscardHandler) // failed heartbeats
	return app
}

func readyz(app *App) int {
	rec := httptest.NewRecorder()
	app.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/readyz", nil))
	return rec.Code
}

func state(app *App, name string) AppState {
	for _, s := range app.Status() {
		if s.Name == name {
			return s.State
		}
	}
	return ""
}

func TestWaitsForPrometheus(t *testing.T) {
	prom := &Prometheus{AnswerAfter: 5, Labels: map[string]string{"cluster": "eu1", "replica": "a"}}
	cfg := &Config{Prometheus: prom}
	app := newApp(cfg)
	started := make(chan error, 1)
	go func() { started <- app.Start(context.Background()) }()

	// The labels are retried until Prometheus answers; then the store
	// waits, not ready, for Prometheus to be ready.
	deadline := time.After(5 * time.Second)
	for state(app, "store") != AppStarting {
		select {
		case err := <-started:
			t.Fatalf("Start returned while Prometheus was not ready: %v", err)
		case <-deadline:
			t.Fatalf("the store never started; the labels took %d calls", prom.Calls())
		case <-time.After(time.Millisecond):
		}
	}
	if n := prom.Calls(); n <= prom.AnswerAfter {
		t.Errorf("%d calls to Prometheus, want more than the %d it refused", n, prom.AnswerAfter)
	}
	if code := readyz(app); code != http.StatusServiceUnavailable {
		t.Errorf("/readyz = %d before Prometheus is ready, want 503", code)
	}
	prom.Ready.Store(true)
	if err := <-started; err != nil {
		t.Fatal(err)
	}
	for readyz(app) != http.StatusOK { // the next heartbeat clears the failed ones
		select {
		case <-deadline:
			t.Fatal("/readyz never answered 200")
		case <-time.After(5 * time.Millisecond):
		}
	}
	if !maps.Equal(app.Store().Labels, prom.Labels) {
		t.Errorf("store labels = %v, want Prometheus's %v", app.Store().Labels, prom.Labels)
	}
	// No bucket: the shipper never existed.
	if s := state(app, "shipper"); s != AppDisabled || app.Shipper() != nil {
		t.Errorf("shipper is %s without a bucket, want disabled", s)
	}
	if err := app.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	if j := cfg.Journal(); len(j) > 0 {
		t.Errorf("journal = %q; nothing should have touched a bucket", j)
	}
}

func TestShipsWithABucket(t *testing.T) {
	prom := &Prometheus{Labels: map[string]string{"cluster": "eu1"}}
	prom.Ready.Store(true)
	cfg := &Config{Prometheus: prom, Bucket: "s3://metrics"}
	app := newApp(cfg)
	if err := app.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	select {
	case block := <-app.Shipper().Uploaded():
		if block != "01HBLOCK" {
			t.Errorf("uploaded %q", block)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("nothing uploaded")
	}
	if !maps.Equal(app.Shipper().Labels, prom.Labels) {
		t.Errorf("shipper labels = %v", app.Shipper().Labels)
	}
	if err := app.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	want := []string{"bucket: open s3://metrics", "shipper: stop", "bucket: close"}
	if got := cfg.Journal(); !slices.Equal(got, want) {
		t.Errorf("journal = %q, want %q", got, want)
	}
}
