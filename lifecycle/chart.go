package lifecycle

import (
	"fmt"
	"math"
	"slices"
	"time"
)

// The chart's geometry, in pixels.
const (
	labelWidth = 180 // the names, left of the bars
	chartWidth = 760 // the bars
	axisHeight = 26  // the tick labels, above the rows
	rowHeight  = 22
	barHeight  = 14 // starting, stopping, restarting
	lineHeight = 4  // running, unhealthy
	breakWidth = 40 // a collapsed stretch of time
	tickSpace  = 90 // the least room between two ticks
)

// The colours of the bars. The critical path is drawn darker.
var fills = map[State][2]string{ // normal, critical
	Starting:   {"#5b9bd5", "#1d4f91"},
	Stopping:   {"#b392dc", "#5e3592"},
	Restarting: {"#f6cf9c", "#f6cf9c"},
	Running:    {"#8fd18f", "#8fd18f"},
	Unhealthy:  {"#f0a830", "#f0a830"},
	Failed:     {"#d93a32", "#d93a32"},
}

// view lays out row i: its label, and its bars on the axis.
func (r *row) view(i int, ax axis, chart bool) rowView {
	y := axisHeight + i*rowHeight
	v := rowView{Name: printable(r.name), Kind: r.kind, State: string(r.state), Error: printable(errText(r.err)),
		Restarts: r.restarts, Disabled: r.state == Disabled, Stripe: i%2 == 1, Y: y, H: rowHeight, TextY: y + rowHeight - 7}
	if !r.since.IsZero() && r.state != Disabled && r.state != Pending {
		v.Since = r.since.Format("15:04:05.000")
	}
	if !chart {
		return v
	}
	for _, b := range r.bars {
		v.Bars = append(v.Bars, b.view(r.name, ax, y))
	}
	// Lines first, then bars, then the marks of failures on top.
	slices.SortStableFunc(v.Bars, func(a, b barView) int { return a.H - b.H })
	return v
}

// view lays out one bar of the row at y.
func (b bar) view(name string, ax axis, y int) barView {
	x1, x2 := int(math.Round(ax.x(b.from))), int(math.Round(ax.x(b.to)))
	v := barView{Class: "bar " + string(b.state), Fill: fills[b.state][0], X: x1, W: max(x2-x1, 2)}
	switch b.state {
	case Running, Unhealthy:
		v.Y, v.H = y+(rowHeight-lineHeight)/2, lineHeight
	case Failed:
		v.X, v.W, v.Y, v.H = x1-2, 4, y+1, rowHeight-2
	default:
		v.Y, v.H = y+(rowHeight-barHeight)/2, barHeight
	}
	switch {
	case b.failed && (b.state == Starting || b.state == Stopping):
		v.Class, v.Fill = v.Class+" failed", fills[Failed][0]
	case b.critical:
		v.Class, v.Fill = v.Class+" critical", fills[b.state][1]
	}
	v.X = min(max(v.X, labelWidth), labelWidth+chartWidth-v.W) // short bars at the edges
	v.Title = printable(b.title(name))
	return v
}

// title is a bar's tooltip: what it shows, how long it took, how it ended.
func (b bar) title(name string) string {
	if b.state == Failed {
		return fmt.Sprintf("%s failed: %v", name, b.err)
	}
	t := fmt.Sprintf("%s %s for %v", name, b.state, approx(b.to.Sub(b.from)))
	switch {
	case b.open:
		t += " (still " + string(b.state) + ")"
	case b.failed:
		t += ", then failed: " + errText(b.err)
	}
	if b.critical {
		t += " (critical path)"
	}
	return t
}

// approx rounds a duration for people: 3 significant digits or so.
func approx(d time.Duration) time.Duration {
	for r := time.Microsecond; r < time.Hour; r *= 10 {
		if d < 1000*r {
			return d.Round(r)
		}
	}
	return d.Round(time.Second)
}

// axis maps times to x coordinates. Time is drawn to one scale, except
// that a long stretch in which nothing starts, stops or restarts (an app
// that ran for hours between its startup and its shutdown) is collapsed
// into a break, so that the startup and the shutdown stay readable side
// by side.
type axis struct {
	t0    time.Time // when the first bar began
	parts []span    // the stretches drawn to scale, in time order
	xs    []float64 // where each part begins
	scale float64   // pixels per second
	gap   float64   // the width of a break
}

type span struct{ from, to time.Time }

// minBreak is the shortest stretch of time that is collapsed into a break.
const minBreak = 250 * time.Millisecond

// axis lays out the bars' times: those of starting, stopping, restarting
// and failures, not of running (a component may run for days). While the
// app runs, the axis goes on to now. ok is false when no bar was drawn.
func (tl *timeline) axis() (ax axis, ok bool) {
	var spans []span
	for _, r := range tl.rows {
		for _, b := range r.bars {
			if b.state != Running && b.state != Unhealthy {
				spans = append(spans, span{b.from, b.to})
			}
		}
	}
	if len(spans) == 0 {
		return axis{}, false
	}
	if tl.phase < finished {
		spans = append(spans, span{tl.now, tl.now})
	}
	return newAxis(spans, labelWidth, chartWidth), true
}

// newAxis draws spans on width pixels from x0. A stretch with no span
// longer than both minBreak and half the time spans cover becomes a
// break; the breaks take at most a quarter of the width.
func newAxis(spans []span, x0, width float64) axis {
	slices.SortFunc(spans, func(a, b span) int { return a.from.Compare(b.from) })
	covered := mergeSpans(spans, 0)
	var active time.Duration
	for _, s := range covered {
		active += s.to.Sub(s.from)
	}
	ax := axis{t0: covered[0].from, parts: mergeSpans(covered, max(minBreak, active/2))}
	var drawn time.Duration
	for _, p := range ax.parts {
		drawn += p.to.Sub(p.from)
	}
	if n := len(ax.parts) - 1; n > 0 {
		ax.gap = min(breakWidth, width/4/float64(n))
	}
	ax.scale = (width - ax.gap*float64(len(ax.parts)-1)) / max(drawn, time.Millisecond).Seconds()
	x := x0
	for _, p := range ax.parts {
		ax.xs = append(ax.xs, x)
		x += p.to.Sub(p.from).Seconds()*ax.scale + ax.gap
	}
	return ax
}

// mergeSpans merges spans, sorted by start, that are at most gap apart.
func mergeSpans(spans []span, gap time.Duration) []span {
	out := []span{spans[0]}
	for _, s := range spans[1:] {
		last := &out[len(out)-1]
		if s.from.Sub(last.to) > gap {
			out = append(out, s)
		} else if s.to.After(last.to) {
			last.to = s.to
		}
	}
	return out
}

// x is where t is drawn; a time in a break is drawn in proportion
// within it, and one past the end at the end.
func (ax axis) x(t time.Time) float64 {
	for i, p := range ax.parts {
		switch {
		case t.Before(p.from) && i == 0:
			return ax.xs[0]
		case t.Before(p.from):
			prev := ax.parts[i-1]
			f := t.Sub(prev.to).Seconds() / p.from.Sub(prev.to).Seconds()
			return ax.xs[i] - ax.gap + f*ax.gap
		case !t.After(p.to):
			return ax.xs[i] + t.Sub(p.from).Seconds()*ax.scale
		}
	}
	last := len(ax.parts) - 1
	return ax.xs[last] + ax.parts[last].to.Sub(ax.parts[last].from).Seconds()*ax.scale
}

// ticks marks round times since t0 along each part, about tickSpace
// pixels apart (the first one after a break at least two thirds of it).
func (ax axis) ticks() []tickView {
	var ticks []tickView
	for _, p := range ax.parts {
		length := p.to.Sub(p.from)
		step := niceStep(length, int(length.Seconds()*ax.scale/tickSpace))
		first := (p.from.Sub(ax.t0) + step - 1) / step * step
		for d := first; d <= p.to.Sub(ax.t0); d += step {
			x := int(math.Round(ax.x(ax.t0.Add(d))))
			if n := len(ticks); n > 0 && x-ticks[n-1].X < tickSpace*2/3 {
				if d != first {
					continue
				}
				ticks = ticks[:n-1] // the first tick after a break wins
			}
			ticks = append(ticks, tickView{X: x, Label: d.String()})
		}
	}
	return ticks
}

// niceStep is the shortest of 1, 2 and 5 times a power of ten
// microseconds that cuts length into at most n whole steps.
func niceStep(length time.Duration, n int) time.Duration {
	for unit := time.Microsecond; ; unit *= 10 {
		for _, m := range []time.Duration{1, 2, 5} {
			if length/(m*unit) <= time.Duration(max(n, 1)) {
				return m * unit
			}
		}
	}
}

// breaks draws the collapsed stretches of time.
func (ax axis) breaks() []breakView {
	var out []breakView
	for i := 1; i < len(ax.parts); i++ {
		gap := ax.parts[i].from.Sub(ax.parts[i-1].to)
		out = append(out, breakView{X: int(math.Round(ax.xs[i] - ax.gap)), W: int(ax.gap),
			Title: fmt.Sprintf("%v in which nothing started or stopped (not to scale)", approx(gap))})
	}
	return out
}
