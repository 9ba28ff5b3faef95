package lifecycle

import (
	"encoding/json"
	"net/http"
	"slices"
	"time"
)

// serveLifecycle serves the lifecycle page, or with ?format=json its data.
// Each request takes a new snapshot: a reload shows the latest changes.
func (a *App) serveLifecycle(w http.ResponseWriter, r *http.Request) {
	tl := a.timeline()
	w.Header().Set("Cache-Control", "no-store")
	switch r.URL.Query().Get("format") {
	case "json":
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(tl.json())
	case "", "html":
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		tl.writePage(w)
	default:
		http.Error(w, `unknown format; use format=json, or none for the page`, http.StatusBadRequest)
	}
}

// timeline is what the lifecycle page shows: a copy of every component's
// history, and the bars drawn from it.
type timeline struct {
	now    time.Time
	phase  phase
	reason string // why the shutdown began
	cause  error
	rows   []row // one per component, in spec order
	// startPath and stopPath are the critical paths of the startup and
	// of the shutdown: indices into rows, the last to finish first.
	startPath, stopPath []int
}

// row is one component on the timeline.
type row struct {
	name, kind string
	state      State
	since      time.Time
	err        error
	restarts   int
	history    []stamp
	waits      []int // what it waits for, as indices into rows
	dependents []int // what waits for it
	bars       []bar
}

// bar is a stretch of time a component spent in one state: starting,
// stopping or restarting (drawn as bars), running or unhealthy (drawn as
// lines), or the instant it failed (a mark).
type bar struct {
	state    State
	from, to time.Time
	open     bool  // the component is still in this state
	failed   bool  // it ended in failed
	err      error // the failure
	critical bool  // on the critical path
}

// timeline copies the state and history of every component under a.mu,
// then draws the bars and finds the critical paths without it.
func (a *App) timeline() *timeline {
	a.mu.Lock()
	tl := &timeline{now: time.Now(), phase: a.phase, reason: a.reason, cause: a.cause}
	for _, c := range a.comps {
		tl.rows = append(tl.rows, row{name: c.Name, kind: c.Kind, state: c.state, since: c.since, err: c.err,
			restarts: c.restarts, history: slices.Clone(c.history), waits: indices(c.waitFor), dependents: indices(c.dependents)})
	}
	// Started one at a time, each component also waited for the one
	// before it.
	prev := -1
	for _, c := range a.order {
		if c.enabled {
			if prev >= 0 {
				tl.rows[c.index].waits = append(tl.rows[c.index].waits, prev)
			}
			prev = c.index
		}
	}
	a.unlock()
	for i := range tl.rows {
		tl.rows[i].bars = barsOf(tl.rows[i].history, tl.now)
	}
	tl.startPath = tl.criticalPath(firstBar(Starting), func(r *row) []int { return r.waits })
	if tl.phase >= stopping {
		tl.stopPath = tl.criticalPath(lastBar(Stopping), func(r *row) []int { return r.dependents })
	}
	return tl
}

func indices(cs []*component) []int {
	out := make([]int, len(cs))
	for i, c := range cs {
		out[i] = c.index
	}
	return out
}

// barsOf cuts a history into bars. A bar the component is still in ends
// now.
func barsOf(h []stamp, now time.Time) []bar {
	var bars []bar
	for i, s := range h {
		switch s.state {
		case Failed:
			bars = append(bars, bar{state: Failed, from: s.time, to: s.time, failed: true, err: s.err})
		case Starting, Stopping, Restarting, Running, Unhealthy:
			b := bar{state: s.state, from: s.time, to: now, open: true}
			if i+1 < len(h) {
				next := h[i+1]
				b.to, b.open, b.failed, b.err = next.time, false, next.state == Failed, next.err
			}
			bars = append(bars, b)
		}
	}
	return bars
}

// firstBar and lastBar pick a row's first or last bar in state s.
func firstBar(s State) func(*row) *bar {
	return func(r *row) *bar {
		i := slices.IndexFunc(r.bars, func(b bar) bool { return b.state == s })
		if i < 0 {
			return nil
		}
		return &r.bars[i]
	}
}

func lastBar(s State) func(*row) *bar {
	return func(r *row) *bar {
		for i := len(r.bars) - 1; i >= 0; i-- {
			if r.bars[i].state == s {
				return &r.bars[i]
			}
		}
		return nil
	}
}

// criticalPath marks and returns the chain that made a walk last as long
// as it did: it ends at the bar (picked by pick in each row) that ended
// last, and goes back, at each step, to the predecessor (before) whose
// bar ended last before this one began. For the startup that is what each
// component waited for longest (in sequential mode, the one started
// before it may be that); for the shutdown, what it stopped after.
func (tl *timeline) criticalPath(pick func(*row) *bar, before func(*row) []int) []int {
	bars := make([]*bar, len(tl.rows))
	end := -1
	for i := range tl.rows {
		bars[i] = pick(&tl.rows[i])
		if bars[i] != nil && (end < 0 || bars[i].to.After(bars[end].to)) {
			end = i
		}
	}
	var path []int
	for i := end; i >= 0; {
		bars[i].critical = true
		path = append(path, i)
		next := -1
		for _, p := range before(&tl.rows[i]) {
			if b := bars[p]; b != nil && !b.to.After(bars[i].from) && (next < 0 || b.to.After(bars[next].to)) {
				next = p
			}
		}
		i = next
	}
	return path
}

// timelineJSON is the page's data: every component in spec order with
// its state changes.
type timelineJSON struct {
	Components []componentJSON `json:"components"`
}

type componentJSON struct {
	Name   string      `json:"name"`
	Kind   string      `json:"kind"`
	State  State       `json:"state"`
	Error  string      `json:"error,omitempty"`
	Events []eventJSON `json:"events"`
}

type eventJSON struct {
	State State  `json:"state"`
	Time  string `json:"time"` // time.RFC3339Nano
	Error string `json:"error,omitempty"`
}

func (tl *timeline) json() timelineJSON {
	out := timelineJSON{Components: make([]componentJSON, len(tl.rows))}
	for i, r := range tl.rows {
		c := componentJSON{Name: r.name, Kind: r.kind, State: r.state, Error: errText(r.err), Events: []eventJSON{}}
		for _, s := range r.history {
			c.Events = append(c.Events, eventJSON{State: s.state, Time: s.time.Format(time.RFC3339Nano), Error: errText(s.err)})
		}
		out.Components[i] = c
	}
	return out
}

func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}
