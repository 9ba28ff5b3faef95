package after

import (
	"context"
	"slices"
	"strings"
	"sync"
	"testing"

	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

// The api's constructor receives nothing from what it comes after.
var _ func(*Journal) *API = NewAPI

func TestAfterOrdersStartAndStop(t *testing.T) {
	j := &Journal{}
	app := NewApp(j)
	var mu sync.Mutex
	var events []string
	app.OnEvent = func(e AppEvent) {
		mu.Lock()
		defer mu.Unlock()
		events = append(events, e.Name+" "+string(e.State))
	}
	if err := app.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	app.Producer().Events <- Event{ID: 1}
	if err := app.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}

	mu.Lock()
	defer mu.Unlock()
	for _, pair := range [][2]string{
		// Started after: every component in the api's after list is
		// ready before it starts; the worker waits for the db.
		{"db running", "indexer starting"},
		{"db running", "api starting"},
		{"indexer running", "api starting"},
		{"events running", "api starting"},
		// Stopped before: the api has stopped before any of them stops;
		// the worker has stopped before the db stops.
		{"api stopped", "db stopping"},
		{"api stopped", "events stopping"},
		{"api stopped", "indexer stopping"},
		{"indexer stopped", "db stopping"},
	} {
		if i, k := slices.Index(events, pair[0]), slices.Index(events, pair[1]); i < 0 || k < 0 || i > k {
			t.Errorf("want %q before %q:\n  %s", pair[0], pair[1], strings.Join(events, "\n  "))
		}
	}
	lines := j.Lines()
	if i, k := slices.Index(lines, "open db"), slices.Index(lines, "new api"); i < 0 || i > k {
		t.Errorf("the api was constructed before the db opened: %q", lines)
	}
	if i, k := slices.Index(lines, "shutdown api"), slices.Index(lines, "close db"); k < 0 || i > k {
		t.Errorf("the db closed before the api shut down: %q", lines)
	}
	if !slices.Contains(lines, "index event") {
		t.Errorf("the event was not indexed: %q", lines)
	}
}
