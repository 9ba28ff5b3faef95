package shapes

import (
	"context"
	"errors"
	"log/slog"
	"slices"
	"strings"
	"testing"
	"time"

	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

func newApp(j *Journal) *App {
	app := NewApp(j)
	app.Logger = slog.New(slog.DiscardHandler) // the failing note is logged
	return app
}

// before fails unless line a is in the journal before line b.
func before(t *testing.T, lines []string, a, b string) {
	t.Helper()
	i, j := slices.Index(lines, a), slices.Index(lines, b)
	if i < 0 || j < 0 || i > j {
		t.Errorf("want %q before %q in the journal:\n  %s", a, b, strings.Join(lines, "\n  "))
	}
}

func TestEveryShapeStartsAndStops(t *testing.T) {
	j := NewJournal()
	app := newApp(j)
	if err := app.Start(context.Background()); err != nil {
		t.Fatal(err)
	}

	// Inferred types, passed on as the constructors returned them.
	if got := app.Settings(); got.Name != "shapes" {
		t.Errorf("Settings() = %+v", got)
	}
	if db := app.DB(); db == nil || db.Store != app.Store() || db.Settings != app.Settings() {
		t.Errorf("DB() = %+v, want the store and the settings", db)
	}
	if app.Store().Name != "main" {
		t.Errorf("Store() = %+v", app.Store())
	}
	if c := app.Cache(); c == nil || c.DB != app.DB() {
		t.Errorf("Cache() = %+v", c)
	}
	if c := app.Conn(); c == nil || c.Clock != app.Clock() {
		t.Errorf("Conn() = %+v", c)
	}
	if p := app.Pool(); p == nil || p.DB != app.DB() {
		t.Errorf("Pool() = %+v", p)
	}
	if s := app.Session(); s == nil || s.Cache != app.Cache() || s.Conn != app.Conn() {
		t.Errorf("Session() = %+v", s)
	}
	// The *Echo went to a Route parameter.
	if r := app.Router(); r == nil || r.Route != Route(app.Echo()) || r.Route.Pattern() != "/echo" {
		t.Errorf("Router() = %+v, want the echo service as its route", r)
	}
	// ctx, when a constructor takes one, carries its start_timeout.
	lines := j.Lines()
	for _, want := range []string{"new clock (deadline true)", "open db (deadline true)"} {
		if !slices.Contains(lines, want) {
			t.Errorf("journal has no %q: %q", want, lines)
		}
	}

	// Handlers without a ctx, without an error, or both.
	p := app.Producer()
	p.Items <- Item{N: 1}
	p.Jobs <- Job{N: 2}
	p.Notes <- Note{Text: "hi"}
	p.Notes <- Note{} // TakeNote fails: logged and counted

	if err := app.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	lines = j.Lines()
	for _, want := range []string{"tally 1", "run job 2 (ctx alive true)", `note "hi"`} {
		if !slices.Contains(lines, want) {
			t.Errorf("journal has no %q: %q", want, lines)
		}
	}
	for _, s := range app.Status() {
		if s.Name == "noter" && (s.Processed != 1 || s.Failed != 1) {
			t.Errorf("noter: %d processed, %d failed; want 1 and 1", s.Processed, s.Failed)
		}
	}

	// A requested shutdown passes a nil cause. Each cleanup runs after its
	// service's stop and before what the service depends on stops.
	before(t, lines, "close session", "cleanup session")
	before(t, lines, "cleanup session", "flush cache (cause <nil>)")
	before(t, lines, "cleanup session", "hangup conn (cause <nil>)")
	before(t, lines, "flush cache (cause <nil>)", "cleanup cache")
	before(t, lines, "cleanup cache", "close db")
	before(t, lines, "hangup conn (cause <nil>)", "cleanup conn")
	before(t, lines, "cleanup pool", "close db")
	if !app.Store().Closed() {
		t.Error("store not closed")
	}
}

func TestCleanupNotCalledWhenTheConstructorFails(t *testing.T) {
	j := NewJournal()
	j.FailSession = true
	app := newApp(j)
	err := app.Start(context.Background())
	if !errors.Is(err, ErrSession) || !strings.Contains(err.Error(), `service "session"`) {
		t.Fatalf("Start = %v, want ErrSession naming service \"session\"", err)
	}
	lines := j.Lines()
	if slices.Contains(lines, "cleanup session") {
		t.Errorf("the failed constructor's cleanup was called: %q", lines)
	}
	// What had started is stopped, cleanups included; the stops receive
	// the start failure as the cause.
	for _, want := range []string{"cleanup cache", "cleanup conn", "close db"} {
		if !slices.Contains(lines, want) {
			t.Errorf("journal has no %q: %q", want, lines)
		}
	}
	// The pool starts in parallel with the session: it may have been
	// started, and then stopped, or not at all.
	if slices.Contains(lines, "new pool") != slices.Contains(lines, "cleanup pool") {
		t.Errorf("the pool was started and not cleaned up, or the reverse: %q", lines)
	}
	if !slices.ContainsFunc(lines, func(l string) bool {
		return strings.HasPrefix(l, "flush cache (cause ") && strings.Contains(l, "session refused")
	}) {
		t.Errorf("Flush did not receive the start failure: %q", lines)
	}
	if err := app.Stop(context.Background()); err != nil {
		t.Errorf("Stop after a failed Start = %v, want nil", err)
	}
}

func TestStopsReceiveTheCause(t *testing.T) {
	j := NewJournal()
	app := newApp(j)
	if err := app.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	boom := errors.New("clock broke")
	j.Crash <- boom
	select {
	case <-app.Stopped():
	case <-time.After(5 * time.Second):
		t.Fatal("the app did not stop after its run loop failed")
	}
	if !errors.Is(app.Err(), boom) {
		t.Errorf("Err() = %v, want the run loop's error", app.Err())
	}
	lines := j.Lines()
	for _, prefix := range []string{"flush cache (cause ", "hangup conn (cause "} {
		if !slices.ContainsFunc(lines, func(l string) bool {
			return strings.HasPrefix(l, prefix) && strings.Contains(l, "clock broke")
		}) {
			t.Errorf("no %q...clock broke) in the journal: %q", prefix, lines)
		}
	}
	if err := app.Stop(context.Background()); !errors.Is(err, boom) {
		t.Errorf("Stop = %v, want the cause", err)
	}
}
