package generator

import (
	"fmt"
	"go/token"
	"path"
	"strings"
	"time"

	"github.com/dave/jennifer/jen"
	"github.com/lifegen/lifegen/spec"
)

// wiring writes the spec-dependent part of the file with jennifer.
type wiring struct {
	s    *spec.Spec
	p    prefixes
	file string // the spec's base name, for comments
	f    *jen.File
	tc   typeConv

	// The declarations by name, built on first use by lookup and input.
	components map[componentKey]spec.Component
	inputs     map[string]*spec.Input
}

// componentKey identifies a component by kind and name.
type componentKey struct {
	kind spec.Kind
	name string
}

// id returns a generated name with the app prefix: id("Wiring") is
// "appWiring" for app "App".
func (g *wiring) id(suffix string) string { return g.p.unexported + suffix }

// exported returns an exported generated name: exported("New", "") is
// "NewApp".
func (g *wiring) exported(before, after string) string { return before + g.p.exported + after }

func (g *wiring) componentVar(n *spec.Node) string { return g.id(n.GoName + "Component") }

func (g *wiring) where(n *spec.Node) string {
	return fmt.Sprintf("%s %q (%s:%d)", n.Kind, n.Name, g.file, n.DeclRange.Start.Line)
}

func (g *wiring) render() {
	g.wiringStruct()
	g.newApp()
	g.accessors()
	g.options()
	g.table()
	for _, c := range g.s.Components {
		switch c := c.(type) {
		case *spec.Service:
			g.service(c)
		case *spec.Queue:
			g.queue(c)
		case *spec.Worker:
			g.worker(c)
		}
	}
}

// wiringStruct declares the struct that holds inputs, values and channels.
func (g *wiring) wiringStruct() {
	var fields []jen.Code
	for _, in := range g.s.Inputs {
		fields = append(fields, jen.Id(in.GoName).Add(g.tc.code(in.Type)).Comment(g.where(&in.Node)))
	}
	for _, c := range g.s.Components {
		switch c := c.(type) {
		case *spec.Service:
			fields = append(fields, jen.Id(c.GoName).Add(g.tc.code(c.Type)).Comment(g.where(&c.Node)))
		case *spec.Queue:
			fields = append(fields, jen.Id(c.GoName).Add(g.tc.chanOf(c.Type)).Comment(g.where(&c.Node)))
		}
	}
	g.doc(g.id("Wiring") + " holds the inputs, the value of every service and the channel of every queue. Dependents read the values once their dependencies are ready.")
	g.f.Type().Id(g.id("Wiring")).Struct(fields...)
}

// newApp declares NewApp with one parameter per input.
func (g *wiring) newApp() {
	var params []jen.Code
	values := jen.Dict{}
	taken := map[string]bool{g.id("New"): true, g.id("Wiring"): true, g.id("Components"): true, g.id("Spec"): true}
	for _, in := range g.s.Inputs {
		name := paramName(in.GoName, taken)
		params = append(params, jen.Id(name).Add(g.tc.code(in.Type)))
		values[jen.Id(in.GoName)] = jen.Id(name)
	}
	name := g.exported("New", "")
	g.doc(fmt.Sprintf("%s returns an %s that runs the components of %s. Set its exported fields, then call Run, or Start and Stop.", name, g.p.exported, g.file))
	g.f.Func().Id(name).Params(params...).Op("*").Id(g.p.exported).Block(
		jen.Return(jen.Id(g.id("New")).Call(jen.Id(g.id("Wiring")).Values(values), jen.Id(g.id("Components")), jen.Id(g.id("Spec")))),
	)
}

// paramName is the NewApp parameter of an input: lower camel case, with a
// trailing underscore when that is a keyword or a name NewApp uses.
func paramName(goName string, taken map[string]bool) string {
	name := spec.LowerGoName(goName)
	for token.IsKeyword(name) || taken[name] {
		name += "_"
	}
	taken[name] = true
	return name
}

// accessors declares one method per service (its value) and per queue
// (its send side).
func (g *wiring) accessors() {
	recv := jen.Id("a").Op("*").Id(g.p.exported)
	for i, c := range g.s.Components {
		switch c := c.(type) {
		case *spec.Service:
			g.doc(fmt.Sprintf("%s returns the value of service %q once it has started, else the zero value.", c.GoName, c.Name))
			g.f.Func().Params(recv).Id(c.GoName).Params().Add(g.tc.code(c.Type)).Block(
				jen.Return(jen.Id(g.id("Value")).Call(jen.Id("a"), jen.Lit(i), jen.Op("&").Id("a").Dot("w").Dot(c.GoName))),
			)
		case *spec.Queue:
			g.doc(fmt.Sprintf("%s returns the send side of queue %q. Sends block while the queue is full.", c.GoName, c.Name))
			g.f.Func().Params(recv).Id(c.GoName).Params().Chan().Op("<-").Add(g.tc.code(c.Type)).Block(
				jen.Return(jen.Id("a").Dot("w").Dot(c.GoName)),
			)
		}
	}
}

// options declares the spec-wide settings.
func (g *wiring) options() {
	var order []jen.Code
	var names []string
	for _, i := range g.s.Graph.Order {
		order = append(order, jen.Lit(i))
		names = append(names, g.s.Components[i].Info().Name)
	}
	g.doc(fmt.Sprintf("%s holds the settings of %s. The sequential startup order is %s.", g.id("Spec"), g.file, strings.Join(names, ", ")))
	g.f.Var().Id(g.id("Spec")).Op("=").Id(g.id("Options")).Values(fields(
		jen.Id("shutdownTimeout"), duration(g.s.ShutdownTimeout),
		jen.Id("sequential"), jen.Lit(g.s.Startup == spec.StartupSequential),
		jen.Id("order"), jen.Index().Int().Values(order...),
	)...)
}

// table declares the list of components in spec order.
func (g *wiring) table() {
	var items []jen.Code
	for _, c := range g.s.Components {
		items = append(items, jen.Line().Id(g.componentVar(c.Info())))
	}
	items = append(items, jen.Line())
	g.doc(g.id("Components") + " lists every component in spec order; deps and dependents are positions in this list.")
	g.f.Var().Id(g.id("Components")).Op("=").Index().Op("*").Id(g.id("Component")).Values(items...)
}

// fields writes keyed composite-literal elements, one per line, in the
// order given: name, value, name, value...
func fields(kv ...jen.Code) []jen.Code {
	var out []jen.Code
	for i := 0; i+1 < len(kv); i += 2 {
		out = append(out, jen.Line().Add(kv[i]).Op(":").Add(kv[i+1]))
	}
	return append(out, jen.Line())
}

// component declares one component: a doc comment, the signature checks of
// its user functions, and its table entry with name, kind, deps,
// dependents and the given fields.
func (g *wiring) component(n *spec.Node, doc string, checks []jen.Code, kv ...jen.Code) {
	g.doc(doc + " " + g.order(n))
	head := []jen.Code{
		jen.Id("name"), jen.Lit(n.Name),
		jen.Id("kind"), jen.Lit(string(n.Kind)),
	}
	if deps := g.s.Graph.Deps[n.Index]; len(deps) > 0 {
		head = append(head, jen.Id("deps"), jen.Index().Int().Values(ints(deps)...))
	}
	if deps := g.s.Graph.Dependents[n.Index]; len(deps) > 0 {
		head = append(head, jen.Id("dependents"), jen.Index().Int().Values(ints(deps)...))
	}
	entry := jen.Id(g.componentVar(n)).Op("=").Op("&").Id(g.id("Component")).Values(fields(append(head, kv...)...)...)
	g.f.Var().Defs(append(checks, jen.Line(), entry)...)
	g.f.Line()
}

// names lists the names of components by index.
func (g *wiring) names(idx []int) string {
	var names []string
	for _, i := range idx {
		names = append(names, g.s.Components[i].Info().Name)
	}
	if len(names) > 1 {
		return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
	}
	return strings.Join(names, ", ")
}

// order describes when a component starts and stops, for its doc.
func (g *wiring) order(n *spec.Node) string {
	start, stop := "It starts at once", "it stops first"
	if deps := g.s.Graph.Deps[n.Index]; len(deps) > 0 {
		start = "It starts once " + g.names(deps) + " " + isAre(len(deps)) + " ready"
	}
	if deps := g.s.Graph.Dependents[n.Index]; len(deps) > 0 {
		stop = "stops once " + g.names(deps) + " " + hasHave(len(deps)) + " stopped"
	}
	return start + " and " + stop + "."
}

func isAre(n int) string {
	if n == 1 {
		return "is"
	}
	return "are"
}

func hasHave(n int) string {
	if n == 1 {
		return "has"
	}
	return "have"
}

// duration writes d as a constant expression such as 10 * time.Second.
func duration(d time.Duration) jen.Code {
	if d == 0 {
		return jen.Lit(0)
	}
	units := []struct {
		d    time.Duration
		name string
	}{{time.Hour, "Hour"}, {time.Minute, "Minute"}, {time.Second, "Second"}, {time.Millisecond, "Millisecond"}, {time.Microsecond, "Microsecond"}}
	for _, u := range units {
		if d%u.d == 0 {
			return jen.Lit(int(d/u.d)).Op("*").Qual("time", u.name)
		}
	}
	return jen.Lit(int(d)).Op("*").Qual("time", "Nanosecond")
}

func ints(xs []int) []jen.Code {
	out := make([]jen.Code, len(xs))
	for i, x := range xs {
		out[i] = jen.Lit(x)
	}
	return out
}

// doc writes text as // comment lines of about 76 characters.
func (g *wiring) doc(text string) {
	for _, line := range strings.Split(wrapComment(text), "\n") {
		g.f.Comment(line)
	}
}

// wrapComment breaks text into lines of about 76 characters.
func wrapComment(text string) string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(text) {
		if line != "" && len(line)+1+len(w) > 76 {
			lines = append(lines, line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	return strings.Join(append(lines, line), "\n")
}

// specBase is the base name of a spec path, for the header and comments.
func specBase(name string) string { return path.Base(strings.ReplaceAll(name, "\\", "/")) }
