package start_error

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

func TestStartError(t *testing.T) {
	p := NewProbe()
	app := NewApp(p)
	events := recordEvents(app)
	err := app.Start(context.Background())
	if err == nil {
		t.Fatal("Start succeeded although three failed")
	}
	if !errors.Is(err, ErrBoom) {
		t.Errorf("Start error %q does not wrap ErrBoom", err)
	}
	if !strings.Contains(err.Error(), `service "three": start: `) {
		t.Errorf("Start error %q does not name the service", err)
	}
	if !errors.Is(app.Err(), ErrBoom) {
		t.Errorf("Err() = %v, want the start failure", app.Err())
	}

	// one and two started and are stopped once each, in reverse order;
	// three, four and five are never stopped.
	lines := p.Lines()
	var stops []string
	for _, l := range lines {
		if strings.HasPrefix(l, "stop ") {
			stops = append(stops, l)
		}
	}
	if want := []string{"stop two", "stop one"}; !slices.Equal(stops, want) {
		t.Errorf("stops = %q, want %q", stops, want)
	}
	for _, never := range []string{"start four", "start five"} {
		if slices.Contains(lines, never) {
			t.Errorf("%q called after the failure: %q", never, lines)
		}
	}
	// The bystander's ctx was cancelled by the failure (its start_timeout
	// is 10s, far later) before Start returned.
	if !slices.Contains(lines, "bystander cancelled") {
		t.Errorf("the bystander's ctx was not cancelled: %q", lines)
	}

	if isClosed(app.Ready()) {
		t.Error("Ready closed although Start failed")
	}
	if !isClosed(app.Done()) {
		t.Error("Done not closed after a failed Start")
	}
	for name, want := range map[string]AppState{
		"one": AppStopped, "two": AppStopped, "three": AppFailed, "four": AppPending, "five": AppPending,
	} {
		if s := stateOf(t, app, name); s.State != want {
			t.Errorf("%s is %s, want %s", name, s.State, want)
		}
	}
	if s := stateOf(t, app, "three"); !errors.Is(s.Err, ErrBoom) {
		t.Errorf("Status of three has Err %v, want ErrBoom", s.Err)
	}
	if e := events.waitFor(t, "three", AppFailed); !errors.Is(e.Err, ErrBoom) {
		t.Errorf("failed event of three has Err %v", e.Err)
	}
	if app.Three() != nil || app.Four() != nil {
		t.Error("accessors of services that did not start are not the zero value")
	}

	// After a failed Start, Stop has nothing left to do.
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_ = app.Stop(ctx)
	if n := p.Count("stop one"); n != 1 {
		t.Errorf("one stopped %d times after Stop, want 1", n)
	}
}
