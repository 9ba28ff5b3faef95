package loki

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

// The modules keep their shapes: no ctx, (T, error), (T, func()).
var (
	_ func(*Config) (*KV, func())                      = NewMemberlistKV
	_ func(*Config, *Server, *Ring) (*Ingester, error) = NewIngester
	_ func(*Server) (*QueryFrontend, error)            = NewQueryFrontend
)

const (
	push  = "/loki/api/v1/push"
	flush = "/ingester/shutdown"
	tail  = "/loki/api/v1/tail"
	query = "/loki/api/v1/query_range"
)

func TestTargets(t *testing.T) {
	for _, tc := range []struct {
		target   string   // as -target takes it
		routes   []string // sorted
		disabled []string
	}{
		{"write", []string{flush, push}, []string{"querier", "query_frontend"}},
		{"read", []string{query, tail}, []string{"ingester", "distributor"}},
		{"read,write", []string{flush, push, query, tail}, nil},
		{"all", []string{flush, push, query, tail}, nil},
	} {
		t.Run(tc.target, func(t *testing.T) {
			cfg := &Config{}
			app := NewApp(cfg)
			app.Targets = strings.Split(tc.target, ",")
			if err := app.Start(context.Background()); err != nil {
				t.Fatal(err)
			}
			served := make(chan []string, 1)
			go func() { served <- app.HTTP().Served() }()
			select {
			case got := <-served:
				// Every module that runs had registered its routes when
				// the server began to serve; no other module ran.
				if !slices.Equal(got, tc.routes) {
					t.Errorf("served %q, want %q", got, tc.routes)
				}
				if all := app.Server().Routes(); !slices.Equal(all, got) {
					t.Errorf("routes registered after serving began: %q, served %q", all, got)
				}
			case <-time.After(5 * time.Second):
				t.Fatal("the http server did not serve")
			}
			for _, s := range app.Status() {
				if want := slices.Contains(tc.disabled, s.Name); want != (s.State == AppDisabled) {
					t.Errorf("%s is %s", s.Name, s.State)
				}
			}
			if err := app.Stop(context.Background()); err != nil {
				t.Fatal(err)
			}
			// The http server stops before the modules; the memberlist
			// KV leaves the cluster once the ring has stopped.
			j := cfg.Journal()
			order := []string{"http: shutdown", "ring: stop", "memberlist: leave"}
			if tc.target != "read" {
				order = []string{"http: shutdown", "ingester: flush", "ring: stop", "memberlist: leave"}
			}
			last := -1
			for _, line := range order {
				i := slices.Index(j, line)
				if i <= last {
					t.Errorf("want %q in this order in the journal %q", order, j)
					break
				}
				last = i
			}
		})
	}
}
