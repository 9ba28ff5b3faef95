package generator

import (
	"fmt"
	"strings"

	"github.com/dave/jennifer/jen"
	"github.com/lifegen/lifegen/spec"
)

// service writes the signature checks of a service's functions and the
// method that describes it.
func (g *file) service(s *spec.Service) {
	checks := []jen.Code{g.startCheck(s)}
	for _, m := range []struct {
		name  string
		typed *spec.Method
		stop  bool
	}{{s.Run, typedMethod(s, "run"), false}, {s.Stop, typedMethod(s, "stop"), true}, {healthCheck(s), typedMethod(s, "check"), false}} {
		if m.name != "" {
			checks = append(checks, g.methodCheck(s, m.name, m.typed, m.stop))
		}
	}
	g.checks(&s.Node, checks)
	kv := g.head(&s.Node)
	if s.StartTimeout > 0 {
		kv = append(kv, jen.Id("StartTimeout"), duration(s.StartTimeout))
	}
	kv = append(kv, jen.Id("StopTimeout"), duration(s.StopTimeout))
	if s.OnExit != "" && s.OnExit != spec.OnExitShutdown {
		kv = append(kv, jen.Id("OnExit"), policy(s.OnExit))
	}
	if r := s.Restart; r != nil {
		kv = append(kv, jen.Id("Restart"), jen.Op("&").Add(rt("RestartLimits")).Values(fields(
			jen.Id("Max"), jen.Lit(r.Max), jen.Id("Within"), duration(r.Within),
			jen.Id("Backoff"), duration(r.Backoff), jen.Id("MaxBackoff"), duration(r.MaxBackoff))...))
	}
	if h := s.Health; h != nil {
		kv = append(kv, jen.Id("Health"), g.health(h))
	}
	kv = append(kv, jen.Id("Start"), g.serviceStart(s))
	g.component(&s.Node, g.serviceSummary(s), kv)
}

// checks writes the lines that state the signatures of a component's
// functions, so that a function changed after generating fails to
// compile on a line that names it.
func (g *file) checks(n *spec.Node, checks []jen.Code) {
	g.doc(fmt.Sprintf("The functions of %s %q, as the wiring below calls them.", n.Kind, n.Name))
	for _, c := range checks {
		g.f.Var().Add(c)
	}
	g.f.Line()
}

// serviceSummary says in words what the block below does.
func (g *file) serviceSummary(s *spec.Service) string {
	parts := []string{fmt.Sprintf("%s(%s) returns its value", s.Start, strings.Join(g.argNames(s.DependsOn, s.Typed != nil && s.Typed.Start.Ctx || s.Typed == nil), ", "))}
	if s.Run != "" {
		parts = append(parts, s.Run+" runs until it stops")
	}
	if s.Stop != "" {
		parts = append(parts, s.Stop+" stops it")
	}
	if s.Health != nil {
		parts = append(parts, s.Health.Check+" checks its health")
	}
	if s.StartTimeout == 0 {
		parts = append(parts, "its start has no deadline")
	}
	return strings.Join(parts, "; ")
}

// plural writes n things, e.g. "1 goroutine", "3 goroutines".
func plural(n int, thing string) string {
	if n == 1 {
		return "1 " + thing
	}
	return fmt.Sprintf("%d %ss", n, thing)
}

// head is the start of every component literal: name, kind, what it needs
// and what it comes after.
func (g *file) head(n *spec.Node) []jen.Code {
	kv := []jen.Code{jen.Id("Name"), jen.Lit(n.Name), jen.Id("Kind"), rt("Kind" + strings.ToUpper(string(n.Kind[:1])) + string(n.Kind[1:]))}
	if names := g.names(needs(g.s.Graph, n.Index)); len(names) > 0 {
		kv = append(kv, jen.Id("Needs"), jen.Index().String().Values(names...))
	}
	if g.s.Graph.After != nil {
		if names := g.names(g.s.Graph.After[n.Index]); len(names) > 0 {
			kv = append(kv, jen.Id("After"), jen.Index().String().Values(names...))
		}
	}
	return kv
}

// needs returns what component i requires.
func needs(gr *spec.Graph, i int) []int {
	if gr.Needs != nil {
		return gr.Needs[i]
	}
	return gr.Deps[i]
}

func (g *file) names(idx []int) []jen.Code {
	var out []jen.Code
	for _, i := range idx {
		out = append(out, jen.Lit(g.s.Components[i].Info().Name))
	}
	return out
}

// component writes the method that returns a component's description.
func (g *file) component(n *spec.Node, summary string, kv []jen.Code) {
	g.doc(fmt.Sprintf("%s describes %s %q: %s.", methodName(n), n.Kind, n.Name, summary))
	g.f.Func().Params(jen.Id("a").Op("*").Id(g.app)).Id(methodName(n)).Params().Add(rt("Component")).Block(
		jen.Return(rt("Component").Values(fields(kv...)...)),
	)
	g.f.Line()
}

// health writes a service's health settings.
func (g *file) health(h *spec.Health) jen.Code {
	kv := []jen.Code{
		jen.Id("Interval"), duration(h.Interval),
		jen.Id("Timeout"), duration(h.Timeout),
	}
	if h.InitialDelay > 0 {
		kv = append(kv, jen.Id("InitialDelay"), duration(h.InitialDelay))
	}
	kv = append(kv, jen.Id("Threshold"), jen.Lit(h.FailureThreshold), jen.Id("OnFailure"), policy(h.OnFailure))
	if h.ReadinessGate {
		kv = append(kv, jen.Id("ReadinessGate"), jen.True())
	}
	return jen.Op("&").Add(rt("Health")).Values(fields(kv...)...)
}

func policy(p string) jen.Code { return rt("Policy" + strings.ToUpper(p[:1]) + p[1:]) }

// serviceStart writes a service's Start: the constructor call with its
// arguments, then the hooks bound to the new value.
func (g *file) serviceStart(s *spec.Service) jen.Code {
	call := g.typedCall(s)
	args := g.args(s.DependsOn, call)
	if call.Ctx {
		args = append([]jen.Code{jen.Id("ctx")}, args...)
	}
	results := []jen.Code{jen.Id("v")}
	if call.Cleanup {
		results = append(results, jen.Id("cleanup"))
	}
	if call.Error {
		results = append(results, jen.Id("err"))
	}
	body := []jen.Code{jen.List(results...).Op(":=").Add(g.tc.fn(s.Start)).Call(args...)}
	if call.Error {
		body = append(body, jen.If(jen.Id("err").Op("!=").Nil()).Block(jen.Return(rt("Hooks").Values(), jen.Id("err"))))
	}
	hooks := []jen.Code{jen.Id("Value"), jen.Id("v")}
	for _, m := range []struct{ field, name string }{{"Run", s.Run}, {"Stop", s.Stop}, {"Check", healthCheck(s)}} {
		if m.name != "" {
			hooks = append(hooks, jen.Id(m.field), jen.Id("v").Dot(m.name))
		}
	}
	if call.Cleanup {
		hooks = append(hooks, jen.Id("Cleanup"), jen.Id("cleanup"))
	}
	body = append(body, jen.Return(rt("Hooks").Values(pairs(hooks...)...), jen.Nil()))
	ctx := jen.Id("ctx")
	if !call.Ctx {
		ctx = jen.Null()
	}
	return jen.Func().Params(ctx.Qual("context", "Context")).Params(rt("Hooks"), jen.Error()).Block(body...)
}

// pairs writes key: value pairs on one line.
func pairs(kv ...jen.Code) []jen.Code {
	var out []jen.Code
	for i := 0; i+1 < len(kv); i += 2 {
		out = append(out, jen.Add(kv[i]).Op(":").Add(kv[i+1]))
	}
	return out
}

// queue writes the method that describes a queue.
func (g *file) queue(q *spec.Queue) {
	summary := fmt.Sprintf("a channel of %s with room for %d items, made by %s and never closed", q.Type.Text, q.Capacity, g.newName())
	kv := append(g.head(&q.Node), jen.Id("Queue"), rt("Chan").Call(jen.Id("a").Dot(g.field(&q.Node))))
	g.component(&q.Node, summary, kv)
}

// worker writes the signature check of a worker's handler and the method
// that describes the worker.
func (g *file) worker(w *spec.Worker) {
	q := g.queueOf(w)
	call := g.handlerCall(w)
	summary := fmt.Sprintf("%s call %s(%s) for each item of queue %q",
		plural(w.Count, "goroutine"), w.Handler, strings.Join(append(g.argNames(w.DependsOn, call.Ctx), "item"), ", "), q.Name)
	g.checks(&w.Node, []jen.Code{g.handlerCheck(w, q, call)})
	kv := append(g.head(&w.Node),
		jen.Id("Count"), jen.Lit(w.Count),
		jen.Id("DrainTimeout"), duration(w.DrainTimeout),
		jen.Id("OnError"), policy(w.OnError),
		jen.Id("Start"), g.workerStart(w, q, call))
	g.component(&w.Node, summary, kv)
}

// workerStart writes a worker's Start: it takes the current values of the
// services the handler needs, and binds the handler to them and to the
// queue.
func (g *file) workerStart(w *spec.Worker, q *spec.Queue, call *spec.Call) jen.Code {
	var locals, values []jen.Code
	bound := map[string]string{}
	for _, r := range spec.Refs(w.DependsOn) {
		if r.Kind == spec.KindService {
			name := g.localName(r, bound)
			bound[r.Name] = name
			locals = append(locals, jen.Id(name))
			values = append(values, jen.Id("a").Dot(g.service0(r).GoName).Call())
		}
	}
	args := g.argsWith(w.DependsOn, call, func(r spec.Ref) jen.Code {
		if name, ok := bound[r.Name]; ok && r.Kind == spec.KindService {
			return jen.Id(name)
		}
		return g.arg(r)
	})
	if call.Ctx {
		args = append([]jen.Code{jen.Id("ctx")}, args...)
	}
	args = append(args, jen.Id("item"))
	handle := jen.Return(g.tc.fn(w.Handler).Call(args...))
	if !call.Error {
		handle = jen.Add(g.tc.fn(w.Handler).Call(args...)).Line().Return(jen.Nil())
	}
	handler := jen.Func().Params(jen.Id("ctx").Qual("context", "Context"), jen.Id("item").Add(g.queueType(q))).Error().Block(handle)
	var body []jen.Code
	if len(locals) > 0 {
		body = append(body, jen.List(locals...).Op(":=").List(values...))
	}
	consume := rt("Consume").Call(jen.Id("a").Dot(g.field(&q.Node)), handler)
	body = append(body, jen.Return(rt("Hooks").Values(jen.Id("Consume").Op(":").Add(consume)), jen.Nil()))
	return jen.Func().Params(jen.Qual("context", "Context")).Params(rt("Hooks"), jen.Error()).Block(body...)
}

// localName is the name of a local variable that holds a service's value
// in a worker's Start: its Go name in lower camel case, unless that would
// hide something the handler call needs.
func (g *file) localName(r spec.Ref, taken map[string]string) string {
	name := spec.LowerGoName(g.service0(r).GoName)
	switch name {
	case "a", "ctx", "item", "err", "lifecycle", "context":
		return name + "Value"
	}
	if g.tc.paths[name] != "" || isKeyword(name) {
		return name + "Value"
	}
	return name
}
