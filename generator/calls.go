package generator

import (
	"go/token"

	"github.com/dave/jennifer/jen"
	"github.com/lifegen/lifegen/spec"
)

// The first version's shapes, used when the package's types were not read:
// constructors func(ctx, deps...) (T, error), handlers func(ctx, deps...,
// item) error.
var (
	fallbackConstructor = &spec.Call{Ctx: true, Error: true}
	fallbackHandler     = &spec.Call{Ctx: true, Error: true}
)

// typedCall is how a service's constructor is called.
func (g *file) typedCall(s *spec.Service) *spec.Call {
	if s.Typed != nil && s.Typed.Start != nil {
		return s.Typed.Start
	}
	return fallbackConstructor
}

// handlerCall is how a worker's handler is called.
func (g *file) handlerCall(w *spec.Worker) *spec.Call {
	if w.Typed != nil && w.Typed.Handler != nil {
		return w.Typed.Handler
	}
	return fallbackHandler
}

// typedMethod is what the package's types say of a run, stop or check
// method; nil when they were not read.
func typedMethod(s *spec.Service, which string) *spec.Method {
	if s.Typed == nil {
		return nil
	}
	return map[string]*spec.Method{"run": s.Typed.Run, "stop": s.Typed.Stop, "check": s.Typed.Check}[which]
}

func healthCheck(s *spec.Service) string {
	if s.Health == nil {
		return ""
	}
	return s.Health.Check
}

// args writes the arguments that a call passes for deps.
func (g *file) args(deps []spec.Dep, call *spec.Call) []jen.Code {
	return g.argsWith(deps, call, g.arg)
}

// argsWith writes the arguments for deps, each reference as arg writes it:
// a group becomes one slice literal when the parameter is a slice, or its
// members when it spreads into a final variadic parameter.
func (g *file) argsWith(deps []spec.Dep, call *spec.Call, arg func(spec.Ref) jen.Code) []jen.Code {
	var out []jen.Code
	for i, d := range deps {
		var members []jen.Code
		for _, r := range d.Refs {
			if r.Kind == spec.KindService || r.Kind == spec.KindQueue || r.Kind == spec.KindInput || r.Kind == spec.KindApp {
				members = append(members, arg(r))
			}
		}
		if d.Group && i < len(call.Args) && call.Args[i].Slice != nil {
			out = append(out, jen.Index().Add(g.ty.code(call.Args[i].Slice)).Values(members...))
			continue
		}
		out = append(out, members...)
	}
	return out
}

// arg writes what a reference passes: an input's value, a service's value
// (through its accessor), a queue's channel, or the shutdown function.
func (g *file) arg(r spec.Ref) jen.Code {
	switch r.Kind {
	case spec.KindService:
		return jen.Id("a").Dot(g.service0(r).GoName).Call()
	case spec.KindApp:
		return jen.Id("a").Dot("rt").Dot("Shutdown")
	}
	return jen.Id("a").Dot(g.field(g.node(r)))
}

// argNames names the arguments of a call, for comments.
func (g *file) argNames(deps []spec.Dep, ctx bool) []string {
	var names []string
	if ctx {
		names = append(names, "ctx")
	}
	for _, d := range deps {
		var members []string
		for _, r := range d.Refs {
			members = append(members, spec.LowerGoName(spec.GoName(r.Name)))
		}
		if d.Group {
			names = append(names, "["+join(members)+"]")
			continue
		}
		names = append(names, members...)
	}
	return names
}

func join(s []string) string {
	out := ""
	for i, x := range s {
		if i > 0 {
			out += ", "
		}
		out += x
	}
	return out
}

// startCheck states the constructor's signature, so that a constructor
// changed after generating fails to compile on a line that names it.
func (g *file) startCheck(s *spec.Service) jen.Code {
	if s.Typed != nil && s.Typed.Start != nil {
		return jen.Id("_").Add(g.ty.code(s.Typed.Start.Sig)).Op("=").Add(g.tc.fn(s.Start))
	}
	params := append([]jen.Code{jen.Qual("context", "Context")}, g.depTypes(s.DependsOn)...)
	sig := jen.Func().Params(params...).Params(g.serviceType(s), jen.Error())
	return jen.Id("_").Add(sig).Op("=").Add(g.tc.fn(s.Start))
}

// handlerCheck states a handler's signature.
func (g *file) handlerCheck(w *spec.Worker, q *spec.Queue, call *spec.Call) jen.Code {
	if call != fallbackHandler {
		return jen.Id("_").Add(g.ty.code(call.Sig)).Op("=").Add(g.tc.fn(w.Handler))
	}
	params := append([]jen.Code{jen.Qual("context", "Context")}, g.depTypes(w.DependsOn)...)
	sig := jen.Func().Params(append(params, g.queueType(q))...).Error()
	return jen.Id("_").Add(sig).Op("=").Add(g.tc.fn(w.Handler))
}

// methodCheck states a run, stop or check method's signature; without
// the package's types, it checks that the method has one of the shapes
// the runtime accepts.
func (g *file) methodCheck(s *spec.Service, name string, m *spec.Method, stop bool) jen.Code {
	recv := g.serviceType(s)
	expr := jen.Parens(recv).Dot(name)
	if m != nil {
		sig := jen.Func().Params(append([]jen.Code{recv}, g.ty.params(m.Sig.Params(), m.Sig.Variadic())...)...).Add(g.ty.results(m.Sig.Results()))
		return jen.Id("_").Add(sig).Op("=").Add(expr)
	}
	check := "IsHookMethod"
	if stop {
		check = "IsStopMethod"
	}
	return jen.Id("_").Op("=").Add(rt(check)).Types(recv).Call(expr)
}

// depTypes are the parameter types of deps in the first version's shapes.
func (g *file) depTypes(deps []spec.Dep) []jen.Code {
	var out []jen.Code
	for _, r := range spec.Refs(deps) {
		switch r.Kind {
		case spec.KindService:
			out = append(out, g.serviceType(g.service0(r)))
		case spec.KindInput:
			out = append(out, g.inputType(g.input(r)))
		case spec.KindQueue:
			out = append(out, jen.Chan().Op("<-").Add(g.queueType(g.queue0(r))))
		case spec.KindApp:
			out = append(out, jen.Func().Params(jen.Error()))
		}
	}
	return out
}

// serviceType is a service's value type: as written, else as inferred.
func (g *file) serviceType(s *spec.Service) jen.Code {
	if s.Type.Expr == nil && s.Typed != nil {
		return g.ty.code(s.Typed.Value)
	}
	return g.tc.code(s.Type)
}

func (g *file) inputType(in *spec.Input) jen.Code { return g.tc.code(in.Type) }

// queueType is a queue's element type; a receive-only channel type needs
// parentheses after chan.
func (g *file) queueType(q *spec.Queue) jen.Code { return g.tc.elem(q.Type) }

// The declarations that references name.
func (g *file) node(r spec.Ref) *spec.Node {
	switch r.Kind {
	case spec.KindInput:
		return &g.input(r).Node
	case spec.KindQueue:
		return &g.queue0(r).Node
	}
	return &g.service0(r).Node
}

func (g *file) service0(r spec.Ref) *spec.Service { return g.decl(r).(*spec.Service) }

func (g *file) input(r spec.Ref) *spec.Input { return g.decl(r).(*spec.Input) }

func (g *file) queue0(r spec.Ref) *spec.Queue { return g.decl(r).(*spec.Queue) }

// decl returns the declaration a validated reference names.
func (g *file) decl(r spec.Ref) any {
	if g.decls == nil {
		g.decls = map[spec.Ref]any{}
		for _, in := range g.s.Inputs {
			g.decls[spec.Ref{Kind: spec.KindInput, Name: in.Name}] = in
		}
		for _, c := range g.s.Components {
			g.decls[spec.Ref{Kind: c.Info().Kind, Name: c.Info().Name}] = c
		}
	}
	d, ok := g.decls[spec.Ref{Kind: r.Kind, Name: r.Name}]
	if !ok {
		panic("internal error: nothing declared for " + r.String())
	}
	return d
}

func (g *file) queueOf(w *spec.Worker) *spec.Queue { return g.queue0(w.Queue) }

func isKeyword(name string) bool { return token.IsKeyword(name) }
