package lifecycle

import (
	"fmt"
	"html/template"
	"io"
	"slices"
	"strings"
)

// pageView is what the page template shows.
type pageView struct {
	Status, Cause, Now  string
	Startup, Shutdown   string // how long each took, and its critical path
	Chart               bool
	Width, Height       int
	RowsEnd, LabelX     int
	BreakHeight         int
	Ticks               []tickView
	Breaks              []breakView
	Rows                []rowView
	Legend              []legendView
	LegendY, LegendText int
}

type rowView struct {
	Name, Kind, State, Since, Error string
	Restarts                        int
	Disabled, Stripe                bool
	Y, H, TextY                     int
	Bars                            []barView
}

type barView struct {
	Class, Fill, Title string
	X, Y, W, H         int
}

type tickView struct {
	X     int
	Label string
}

type breakView struct {
	X, W  int
	Title string
}

type legendView struct {
	X, TextX    int
	Fill, Label string
}

// writePage writes the lifecycle page.
func (tl *timeline) writePage(w io.Writer) error {
	ax, ok := tl.axis()
	v := pageView{Status: tl.status(), Cause: printable(errText(tl.cause)), Now: tl.now.Format("2006-01-02 15:04:05.000 MST"),
		Startup:  tl.pathText("Startup", tl.startPath, firstBar(Starting)),
		Shutdown: tl.pathText("Shutdown", tl.stopPath, lastBar(Stopping)),
		Chart:    ok, Width: labelWidth + chartWidth + 10, LabelX: labelWidth - 8}
	v.RowsEnd = axisHeight + len(tl.rows)*rowHeight
	v.BreakHeight = v.RowsEnd - 20
	v.Height, v.LegendY, v.LegendText = v.RowsEnd+34, v.RowsEnd+14, v.RowsEnd+24
	for i, s := range []State{Starting, Running, Unhealthy, Restarting, Stopping, Failed, "critical path"} {
		fill := fills[s][0]
		if s == "critical path" {
			fill = fills[Starting][1]
		}
		x := labelWidth + i*96
		v.Legend = append(v.Legend, legendView{X: x, TextX: x + 18, Fill: fill, Label: string(s)})
	}
	if ok {
		v.Ticks, v.Breaks = ax.ticks(), ax.breaks()
	}
	for i, r := range tl.rows {
		v.Rows = append(v.Rows, r.view(i, ax, ok))
	}
	return pageTemplate.Execute(w, v)
}

// status says where the app is in its life, and why a shutdown began.
func (tl *timeline) status() string {
	switch tl.phase {
	case idle:
		return "Not started."
	case starting:
		return "Starting."
	case running:
		return "Running."
	case stopping:
		return printable("Shutting down: " + tl.reason + ".")
	}
	return printable("Stopped: " + tl.reason + ".")
}

// pathText says how long the startup or the shutdown took, and spells
// its critical path (pick finds each row's bar on it).
func (tl *timeline) pathText(what string, path []int, pick func(*row) *bar) string {
	if len(path) == 0 {
		return ""
	}
	var steps []string
	for _, i := range slices.Backward(path) {
		b := pick(&tl.rows[i])
		steps = append(steps, fmt.Sprintf("%s %v", tl.rows[i].name, approx(b.to.Sub(b.from))))
	}
	first, last := pick(&tl.rows[path[len(path)-1]]), pick(&tl.rows[path[0]])
	return printable(fmt.Sprintf("%s took %v; critical path: %s.", what, approx(last.to.Sub(first.from)), strings.Join(steps, " → ")))
}

// printable replaces the control characters that XML forbids, so that the
// page stays well-formed whatever a name or an error holds.
func printable(s string) string {
	return strings.Map(func(r rune) rune {
		if r < ' ' && r != '\t' && r != '\n' {
			return '\uFFFD'
		}
		return r
	}, s)
}

var pageTemplate = template.Must(template.New("page").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8"/>
<title>lifecycle</title>
<style>
body { font: 14px/1.4 sans-serif; margin: 16px 24px; color: #222; background: #fff }
h1 { font-size: 20px; margin: 0 0 6px }
p { margin: 3px 0 }
small { color: #777 }
.cause, td.error { color: #b3261e }
svg { display: block; margin: 14px 0 }
svg text { font: 12px sans-serif; fill: #333 }
svg text.disabled { fill: #999 }
table { border-collapse: collapse; margin-top: 6px }
th, td { text-align: left; padding: 3px 14px 3px 0; border-bottom: 1px solid #e4e4e4; vertical-align: top }
td.failed, td.unhealthy { color: #b3261e; font-weight: bold }
td.disabled { color: #999 }
</style>
</head>
<body>
<h1>Lifecycle</h1>
<p>{{.Status}} <small>As of {{.Now}}; reload to refresh.</small></p>
{{with .Cause}}<p class="cause">{{.}}</p>
{{end}}{{with .Startup}}<p>{{.}}</p>
{{end}}{{with .Shutdown}}<p>{{.}}</p>
{{end}}{{if .Chart}}<svg xmlns="http://www.w3.org/2000/svg" width="{{.Width}}" height="{{.Height}}" viewBox="0 0 {{.Width}} {{.Height}}" shape-rendering="crispEdges">
{{range .Rows}}{{if .Stripe}}<rect class="stripe" x="0" y="{{.Y}}" width="{{$.Width}}" height="{{.H}}" fill="#f4f4f4"/>
{{end}}{{end}}{{range .Breaks}}<rect class="break" x="{{.X}}" y="20" width="{{.W}}" height="{{$.BreakHeight}}" fill="#e6e6e6"><title>{{.Title}}</title></rect>
{{end}}{{range .Ticks}}<line x1="{{.X}}" y1="20" x2="{{.X}}" y2="{{$.RowsEnd}}" stroke="#d4d4d4"/><text x="{{.X}}" y="14" text-anchor="middle">{{.Label}}</text>
{{end}}{{range .Rows}}<text x="{{$.LabelX}}" y="{{.TextY}}" text-anchor="end"{{if .Disabled}} class="disabled"{{end}}>{{.Name}}{{if .Disabled}} (disabled){{end}}</text>
{{range .Bars}}<rect class="{{.Class}}" x="{{.X}}" y="{{.Y}}" width="{{.W}}" height="{{.H}}" fill="{{.Fill}}"><title>{{.Title}}</title></rect>
{{end}}{{end}}{{range .Legend}}<rect class="legend" x="{{.X}}" y="{{$.LegendY}}" width="14" height="12" fill="{{.Fill}}"/><text x="{{.TextX}}" y="{{$.LegendText}}">{{.Label}}</text>
{{end}}</svg>
{{else}}<p>Nothing has started yet.</p>
{{end}}<table>
<tr><th>component</th><th>kind</th><th>state</th><th>since</th><th>restarts</th><th>error</th></tr>
{{range .Rows}}<tr><td>{{.Name}}</td><td>{{.Kind}}</td><td class="{{.State}}">{{.State}}</td><td>{{.Since}}</td><td>{{.Restarts}}</td><td class="error">{{.Error}}</td></tr>
{{end}}</table>
</body>
</html>
`))
