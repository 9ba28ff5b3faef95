package fx_app

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

// The constructors are the ones fx.Provide takes, unchanged.
var (
	_ func(*Config) (*Logger, error)              = NewLogger
	_ func(*Config, *Logger) (*DB, func(), error) = NewDB
	_ func(*Logger) *EchoHandler                  = NewEchoHandler
	_ func([]Route) *ServeMux                     = NewServeMux
	_ func(*Config, *ServeMux, *Logger) *Server   = NewHTTPServer
)

func TestApp(t *testing.T) {
	app := NewApp(&Config{Addr: ":8080", DSN: "postgres://app"})
	if err := app.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	// The value group, in the order written.
	if got := app.Mux().Patterns(); !slices.Equal(got, []string{"/echo", "/hello"}) {
		t.Errorf("routes = %q, want [/echo /hello]", got)
	}
	if app.Server().Mux != app.Mux() {
		t.Error("the server does not serve the mux")
	}
	if !app.DB().Migrated() || app.Migrations().Applied != 3 {
		t.Error("the migrations did not run")
	}
	if err := app.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	// The invoke ran before the server served; the pool closed (its
	// cleanup) after the server shut down; the logger synced last.
	want := []string{"db: open", "migrations: applied", "server: serve", "server: shutdown", "db: close", "logger: sync"}
	if got := app.Log().Lines(); !slices.Equal(got, want) {
		t.Errorf("log:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}

func TestProvideError(t *testing.T) {
	app := NewApp(&Config{Addr: ":8080"})
	err := app.Start(context.Background())
	if !errors.Is(err, ErrNoDSN) || !strings.Contains(err.Error(), `service "db"`) {
		t.Fatalf("Start = %v, want the db's error", err)
	}
	// Nothing that needs the db was built; the logger was still synced.
	if app.Mux() != nil || app.Server() != nil {
		t.Error("components that need the db were constructed")
	}
	if got := app.Log().Lines(); !slices.Equal(got, []string{"logger: sync"}) {
		t.Errorf("log = %q, want only the sync", got)
	}
}
