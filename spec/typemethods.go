package spec

import (
	"fmt"
	"go/types"

	"github.com/hashicorp/hcl/v2"
)

// methodShapes lists the accepted signatures of run and check, and
// stopShapes those of stop, for details.
const (
	methodShapes = "func(context.Context) error, func() error, func(context.Context) or func()"
	stopShapes   = methodShapes + ", or with the shutdown's cause after the optional ctx: func(context.Context, error) error, func(error) error, func(context.Context, error) or func(error)"
)

// method resolves a run, stop or check method in the method set of the
// service's value type v and checks its signature.
func (c *checker) method(sv *Service, v types.Type, name, attr string) (*Method, bool) {
	rng := sv.methodRange(attr)
	obj, index, indirect := types.LookupFieldOrMethod(v, false, c.pkgs.Output, name)
	fn, isFunc := obj.(*types.Func)
	switch {
	case isFunc:
		return c.methodShape(sv, fn, rng, attr)
	case obj != nil:
		c.errorf(rng, "Not a method", "%s is a field of %s, not a method. The %s value names a method of the value of service %q.", name, c.typeString(v), attr, sv.Name)
	case indirect:
		c.errorf(rng, "Pointer receiver method", "%s is declared with a pointer receiver, but the value of service %q is %s, whose method set does not include it. Have the constructor return %s, or declare %s with a value receiver.", name, sv.Name, c.typeString(v), c.typeString(types.NewPointer(v)), name)
	case index != nil:
		c.errorf(rng, "Unknown method", "%s is ambiguous on %s: it is promoted from more than one embedded field. Declare %s on %s itself.", name, c.typeString(v), name, c.typeString(v))
	case c.hasUnexportedMethod(v, name):
		c.errorf(rng, "Unexported method", "The method %s of %s is not exported from its package, so the generated code cannot call it. Export the method, or wrap the value in a type of your package.", name, c.typeString(v))
	default:
		c.errorf(rng, "Unknown method", "The value of service %q, %s, has no method %s.%s", sv.Name, c.typeString(v), name, c.methodHint(v, name))
	}
	return nil, false
}

// methodRange returns the range of the run, stop or check attribute's
// value.
func (sv *Service) methodRange(attr string) hcl.Range {
	switch attr {
	case "run":
		return sv.RunRange
	case "stop":
		return sv.StopRange
	}
	return sv.Health.CheckRange
}

// hasUnexportedMethod reports whether v or *v has a method name declared
// in another package, which the output package cannot call.
func (c *checker) hasUnexportedMethod(v types.Type, name string) bool {
	for _, t := range []types.Type{v, types.NewPointer(v)} {
		ms := types.NewMethodSet(t)
		for i := range ms.Len() {
			if m := ms.At(i).Obj(); m.Name() == name && !m.Exported() {
				return true
			}
		}
	}
	return false
}

// methodHint suggests the method of v closest to name among those the
// generated code can call.
func (c *checker) methodHint(v types.Type, name string) string {
	ms := types.NewMethodSet(v)
	names := make([]string, 0, ms.Len())
	for i := range ms.Len() {
		m := ms.At(i).Obj()
		if m.Exported() || m.Pkg() != nil && m.Pkg().Path() == c.pkgs.Output.Path() {
			names = append(names, m.Name())
		}
	}
	if s := closest(name, names); s != "" {
		return fmt.Sprintf(" Did you mean %s?", s)
	}
	return ""
}

// methodShape checks a method's signature against the accepted shapes:
// an optional ctx, for stop an optional cause error, and error or nothing
// as the result.
func (c *checker) methodShape(sv *Service, fn *types.Func, rng hcl.Range, attr string) (*Method, bool) {
	sig := fn.Type().(*types.Signature)
	m := &Method{Sig: sig}
	params, i := sig.Params(), 0
	if i < params.Len() && isContext(params.At(i).Type()) {
		m.Ctx, i = true, i+1
	}
	if attr == "stop" && i < params.Len() && isError(params.At(i).Type()) {
		m.Cause, i = true, i+1
	}
	res := sig.Results()
	paramsOK := i == params.Len() && !sig.Variadic()
	switch {
	case paramsOK && res.Len() == 0:
		return m, true
	case paramsOK && res.Len() == 1 && isError(res.At(0).Type()):
		m.Error = true
		return m, true
	case paramsOK && res.Len() == 1 && types.Implements(res.At(0).Type(), errorIface):
		c.errorf(rng, "Invalid error result", "The result of the method %s has the type %s. lifegen needs the type error there, so that a nil pointer of a concrete type is never taken for a failure. Declare the result as error.", fn.Name(), c.typeString(res.At(0).Type()))
		return nil, false
	}
	shapes := methodShapes
	if attr == "stop" {
		shapes = stopShapes
	}
	c.errorf(rng, "Unsupported method signature", "The method %s of %s has the signature %s, which lifegen cannot call as %s. A %s method has one of these signatures: %s. Change the method, or add one that calls it.", fn.Name(), c.typeString(sv.Typed.Value), c.typeString(sig), attr, attr, shapes)
	return nil, false
}
