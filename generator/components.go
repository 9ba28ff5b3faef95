package generator

import (
	"fmt"

	"github.com/dave/jennifer/jen"
	"github.com/lifegen/lifegen/spec"
)

// service writes the signature check and table entry of a service.
func (g *wiring) service(s *spec.Service) {
	typ := g.tc.code(s.Type)
	args := g.args(spec.Refs(s.DependsOn))
	doc := fmt.Sprintf("Service %q (%s:%d): %s(ctx%s) returns its value.", s.Name, g.file, s.DeclRange.Start.Line, s.Start, argNames(spec.Refs(s.DependsOn)))
	checks := []jen.Code{g.signature(s.Start, g.paramTypes(spec.Refs(s.DependsOn)), typ, jen.Error())}
	hooks := []jen.Code{
		jen.Id("start"), jen.Func().Params(jen.Id("w").Op("*").Id(g.id("Wiring")), jen.Id("ctx").Qual("context", "Context")).
			Params(typ, jen.Error()).Block(jen.Return(g.tc.fn(s.Start).Call(args...))),
		jen.Id("set"), jen.Func().Params(jen.Id("w").Op("*").Id(g.id("Wiring")), jen.Id("v").Add(typ)).
			Block(jen.Id("w").Dot(s.GoName).Op("=").Id("v")),
	}
	hooks = g.method(hooks, "run", s.Type, s.Run)
	hooks = g.method(hooks, "stop", s.Type, s.Stop)
	kv := []jen.Code{
		jen.Id("startTimeout"), duration(s.StartTimeout),
		jen.Id("stopTimeout"), duration(s.StopTimeout),
	}
	if h := s.Health; h != nil {
		hooks = g.method(hooks, "check", s.Type, h.Check)
		kv = append(kv, jen.Id("health"), jen.Op("&").Id(g.id("Health")).Values(fields(
			jen.Id("interval"), duration(h.Interval),
			jen.Id("timeout"), duration(h.Timeout),
			jen.Id("initialDelay"), duration(h.InitialDelay),
			jen.Id("threshold"), jen.Lit(h.FailureThreshold),
			jen.Id("shutdown"), jen.Lit(h.OnFailure == spec.OnFailureShutdown),
		)...))
	}
	kv = append(kv, jen.Id("service"), jen.Op("&").Id(g.id("Service")).Types(typ).Values(fields(hooks...)...))
	g.component(&s.Node, doc, checks, kv...)
}

// method adds a run, stop or check method, adapted by appMethod so that a
// signature other than the four allowed fails to compile on that line.
func (g *wiring) method(hooks []jen.Code, field string, typ spec.GoType, name string) []jen.Code {
	if name == "" {
		return hooks
	}
	t := g.tc.code(typ)
	return append(hooks, jen.Id(field), jen.Id(g.id("Method")).Types(t).Call(jen.Parens(t).Dot(name)))
}

// queue writes the table entry of a queue.
func (g *wiring) queue(q *spec.Queue) {
	typ := g.tc.code(q.Type)
	doc := fmt.Sprintf("Queue %q (%s:%d): a channel of %s with room for %d items.", q.Name, g.file, q.DeclRange.Start.Line, q.Type.Text, q.Capacity)
	g.component(&q.Node, doc, nil, jen.Id("queue"), jen.Op("&").Id(g.id("Queue")).Types(typ).Values(fields(
		jen.Id("capacity"), jen.Lit(q.Capacity),
		jen.Id("ch"), jen.Func().Params(jen.Id("w").Op("*").Id(g.id("Wiring"))).Op("*").Add(g.tc.chanOf(q.Type)).
			Block(jen.Return(jen.Op("&").Id("w").Dot(q.GoName))),
	)...))
}

// worker writes the signature check and table entry of a worker block.
func (g *wiring) worker(w *spec.Worker) {
	q := g.queueOf(w)
	typ := g.tc.code(q.Type)
	doc := fmt.Sprintf("Worker %q (%s:%d): %d goroutines call %s(ctx%s, item) for each item of queue %q.",
		w.Name, g.file, w.DeclRange.Start.Line, w.Count, w.Handler, argNames(spec.Refs(w.DependsOn)), q.Name)
	checks := []jen.Code{g.signature(w.Handler, append(g.paramTypes(spec.Refs(w.DependsOn)), typ), jen.Error())}
	args := append(g.args(spec.Refs(w.DependsOn)), jen.Id("item"))
	g.component(&w.Node, doc, checks,
		jen.Id("worker"), jen.Op("&").Id(g.id("Worker")).Types(typ).Values(fields(
			jen.Id("queue"), jen.Func().Params(jen.Id("w").Op("*").Id(g.id("Wiring"))).Add(g.tc.chanOf(q.Type)).
				Block(jen.Return(jen.Id("w").Dot(q.GoName))),
			jen.Id("handle"), jen.Func().Params(jen.Id("w").Op("*").Id(g.id("Wiring")), jen.Id("ctx").Qual("context", "Context"), jen.Id("item").Add(typ)).
				Error().Block(jen.Return(g.tc.fn(w.Handler).Call(args...))),
		)...),
		jen.Id("count"), jen.Lit(w.Count),
		jen.Id("drainTimeout"), duration(w.DrainTimeout),
		jen.Id("shutdownOnError"), jen.Lit(w.OnError == spec.OnErrorShutdown),
	)
}

// signature is `_ func(context.Context, deps...) (results) = fn`, so that
// a user function with another signature fails to compile on a line that
// names it.
func (g *wiring) signature(fn spec.GoFunc, params []jen.Code, results ...jen.Code) jen.Code {
	params = append([]jen.Code{jen.Qual("context", "Context")}, params...)
	return jen.Id("_").Func().Params(params...).Params(results...).Op("=").Add(g.tc.fn(fn))
}

// args are the arguments of a constructor or handler call: ctx, then one
// value per depends_on entry in the order written.
func (g *wiring) args(refs []spec.Ref) []jen.Code {
	out := []jen.Code{jen.Id("ctx")}
	for _, r := range refs {
		out = append(out, jen.Id("w").Dot(g.goName(r)))
	}
	return out
}

// paramTypes are the parameter types matching args (without ctx).
func (g *wiring) paramTypes(refs []spec.Ref) []jen.Code {
	var out []jen.Code
	for _, r := range refs {
		switch r.Kind {
		case spec.KindInput:
			out = append(out, g.tc.code(g.input(r.Name).Type))
		case spec.KindService:
			out = append(out, g.tc.code(g.lookup(r).(*spec.Service).Type))
		case spec.KindQueue:
			out = append(out, jen.Chan().Op("<-").Add(g.tc.code(g.lookup(r).(*spec.Queue).Type)))
		}
	}
	return out
}

func argNames(refs []spec.Ref) string {
	s := ""
	for _, r := range refs {
		s += ", " + r.Name
	}
	return s
}

// goName is the Go name of a referenced block.
func (g *wiring) goName(r spec.Ref) string {
	if r.Kind == spec.KindInput {
		return g.input(r.Name).GoName
	}
	return g.lookup(r).Info().GoName
}

func (g *wiring) input(name string) *spec.Input {
	if g.inputs == nil {
		g.inputs = make(map[string]*spec.Input, len(g.s.Inputs))
		for _, in := range g.s.Inputs {
			if _, dup := g.inputs[in.Name]; !dup {
				g.inputs[in.Name] = in
			}
		}
	}
	if in, ok := g.inputs[name]; ok {
		return in
	}
	panic(fmt.Sprintf("internal error: input %q not in the validated spec", name))
}

func (g *wiring) lookup(r spec.Ref) spec.Component {
	if g.components == nil {
		// An index, not a scan per reference: that was quadratic in the
		// size of the spec.
		g.components = make(map[componentKey]spec.Component, len(g.s.Components))
		for _, c := range g.s.Components {
			k := componentKey{c.Info().Kind, c.Info().Name}
			if _, dup := g.components[k]; !dup {
				g.components[k] = c
			}
		}
	}
	if c, ok := g.components[componentKey{r.Kind, r.Name}]; ok {
		return c
	}
	panic(fmt.Sprintf("internal error: %s not in the validated spec", r))
}

func (g *wiring) queueOf(w *spec.Worker) *spec.Queue { return g.lookup(w.Queue).(*spec.Queue) }
