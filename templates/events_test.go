package templates

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestEveryStateChangeIsOneEventAndOneLogLine(t *testing.T) {
	boom := errors.New("boom")
	b := newBuilder(t).
		service(svc{name: "db", stop: stopOK}).
		queue("jobs", 2, "api")
	ch := b.ch("jobs")
	b.worker("pool", "jobs", 1, []string{"db"}, func(context.Context, int) error { return nil }, time.Second, false)
	b.service(svc{name: "api", deps: []string{"db"},
		start: func(context.Context) error { *ch <- 1; return nil },
		run:   func(ctx context.Context) error { <-ctx.Done(); return nil },
		stop:  func(context.Context) error { return boom }})
	a := b.app()
	ev := watch(a)
	logs := logTo(a)
	initial := map[string]time.Time{}
	for _, s := range a.Status() {
		if s.State != AppPending {
			t.Errorf("%s is %s before Start", s.Name, s.State)
		}
		initial[s.Name] = s.Since
	}
	if err := a.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	if err := a.Stop(context.Background()); !errors.Is(err, boom) {
		t.Fatalf("Stop = %v", err)
	}

	byName := map[string][]AppEvent{}
	for _, e := range ev.get() {
		byName[e.Name] = append(byName[e.Name], e)
	}
	life := []AppState{AppStarting, AppRunning, AppStopping, AppStopped}
	want := map[string][]AppState{"db": life, "jobs": life, "pool": life,
		"api": {AppStarting, AppRunning, AppStopping, AppFailed}}
	final := status(a)
	for name, states := range want {
		es := byName[name]
		var got []AppState
		for _, e := range es {
			got = append(got, e.State)
		}
		if diff := cmp.Diff(states, got); diff != "" {
			t.Errorf("%s events (-want +got):\n%s", name, diff)
			continue
		}
		prev := initial[name]
		for _, e := range es {
			if e.Duration < 0 || !e.Time.Add(-e.Duration).Equal(prev) {
				t.Errorf("%s %s: Duration %v does not reach back to the previous state's time", name, e.State, e.Duration)
			}
			if e.Kind != final[name].Kind {
				t.Errorf("%s %s: Kind %q, want %q", name, e.State, e.Kind, final[name].Kind)
			}
			prev = e.Time
		}
		last := es[len(es)-1]
		if final[name].State != last.State || !final[name].Since.Equal(last.Time) {
			t.Errorf("%s: Status %s since %v, last event %s at %v", name, final[name].State, final[name].Since, last.State, last.Time)
		}
	}
	if e := byName["api"][3]; !errors.Is(e.Err, boom) {
		t.Errorf("api failed event err = %v", e.Err)
	}

	// One log line per event, with the attributes the spec names.
	var logged, fromEvents []string
	for _, r := range logs.records(t) {
		if _, ok := r["state"]; !ok {
			continue
		}
		for _, k := range []string{"component", "kind", "state", "duration"} {
			if _, ok := r[k]; !ok {
				t.Errorf("log line %v lacks %s", r, k)
			}
		}
		line := fmt.Sprint(r["component"], " ", r["kind"], " ", r["state"])
		if r["state"] == string(AppFailed) {
			if r["level"] != "ERROR" || !strings.Contains(fmt.Sprint(r["err"]), "boom") {
				t.Errorf("failure log line %v: want level ERROR and err", r)
			}
		} else if _, ok := r["err"]; ok {
			t.Errorf("log line %v has err", r)
		}
		logged = append(logged, line)
	}
	for _, e := range ev.get() {
		fromEvents = append(fromEvents, e.Name+" "+e.Kind+" "+string(e.State))
	}
	slices.Sort(logged)
	slices.Sort(fromEvents)
	if diff := cmp.Diff(fromEvents, logged); diff != "" {
		t.Errorf("log lines vs events (-events +logs):\n%s", diff)
	}
}
