package spec

import (
	"go/types"
	"strings"
)

// The types every check compares with.
var (
	errorType   = types.Universe.Lookup("error").Type()
	errorIface  = errorType.Underlying().(*types.Interface)
	cleanupType = types.NewSignatureType(nil, nil, nil, nil, nil, false)
	// shutdownType is what app.shutdown passes.
	shutdownType = types.NewSignatureType(nil, nil, nil, types.NewTuple(types.NewParam(0, nil, "", errorType)), nil, false)
)

// isError reports whether t is the error interface itself.
func isError(t types.Type) bool { return types.Identical(t, errorType) }

// isContext reports whether t is context.Context.
func isContext(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "context" && n.Obj().Name() == "Context"
}

// isCleanupLike reports whether t is a func type: a result in the cleanup
// position that is not exactly func().
func isCleanupLike(t types.Type) bool {
	_, ok := t.Underlying().(*types.Signature)
	return ok
}

// ctorShapes lists the accepted constructor shapes, for details.
const ctorShapes = "T, (T, error), (T, func()) or (T, func(), error), where T is the service's value"

// resolveService resolves a service's constructor and value type: the
// constructor's first result, identical to the written type if any.
func (c *checker) resolveService(sv *Service) {
	written := c.evalType(sv.Type)
	fn, sig := c.lookupFunc(sv.Start, "start")
	if sig == nil {
		if written != nil {
			c.values[sv.Name] = written // lets dependents be checked
		}
		return
	}
	call, ok := c.ctorResults(sv, sig)
	if !ok {
		if written != nil {
			c.values[sv.Name] = written
		}
		return
	}
	value := sig.Results().At(0).Type()
	switch {
	case !c.nameable(value, sv.Start, "The value of service "+quote(sv.Name)+", returned by "+sv.Start.String()+","):
		return
	case sv.Type.Expr != nil && written == nil:
		return
	case written != nil && !types.Identical(written, value):
		c.errorf(sv.Type.Range, "Type differs from constructor", "The type of service %q is %s, but its constructor %s returns %s. Write type = %q, or leave type out to use the constructor's result.", sv.Name, c.typeString(written), sv.Start, c.typeString(value), c.typeString(value))
		c.values[sv.Name] = written
		return
	}
	if !c.nameableSig(sig, sv.Start) {
		return
	}
	call.Func, call.Sig = fn, sig
	c.values[sv.Name] = value
	sv.Typed = &TypedService{Value: value, Start: call}
}

// quote returns s in double quotes.
func quote(s string) string { return `"` + s + `"` }

// ctorResults checks the results of a constructor against the accepted
// shapes and returns a Call with Cleanup and Error set.
func (c *checker) ctorResults(sv *Service, sig *types.Signature) (*Call, bool) {
	res := sig.Results()
	f := sv.Start
	if res.Len() == 0 || res.Len() > 3 || isError(res.At(0).Type()) {
		c.errorf(f.Range, "Unsupported constructor results", "%s returns %s, which lifegen cannot use as a constructor: it must return the service's value first, as one of %s. Change its results, or wrap it in a function that has one of these shapes.", f, c.resultsString(res), ctorShapes)
		return nil, false
	}
	call := &Call{}
	rest := make([]types.Type, 0, 2)
	for i := 1; i < res.Len(); i++ {
		rest = append(rest, res.At(i).Type())
	}
	if len(rest) > 0 && types.Identical(rest[0], cleanupType) {
		call.Cleanup, rest = true, rest[1:]
	}
	if len(rest) > 0 && isError(rest[0]) && len(rest) == 1 {
		call.Error, rest = true, rest[1:]
	}
	if len(rest) == 0 {
		return call, true
	}
	bad := rest[0]
	switch {
	case !call.Error && types.Implements(bad, errorIface) && len(rest) == 1:
		c.errorf(f.Range, "Invalid error result", "The last result of %s has the type %s. lifegen needs the type error there, so that a nil pointer of a concrete type is never taken for a failure. Declare the result as error.", f, c.typeString(bad))
	case !call.Cleanup && isCleanupLike(bad) && (len(rest) == 1 || len(rest) == 2 && isError(rest[1])):
		c.errorf(f.Range, "Invalid cleanup result", "The second result of %s has the type %s. A cleanup result must be exactly func(), called when the service stops. Change the result's type to func().", f, c.typeString(bad))
	default:
		c.errorf(f.Range, "Unsupported constructor results", "%s returns %s, which is not a constructor shape lifegen accepts: %s. Change its results, or wrap it in a function that has one of these shapes.", f, c.resultsString(res), ctorShapes)
	}
	return nil, false
}

// resultsString prints a result list as written after a signature: ""
// as "nothing", one unnamed result bare, else in parentheses.
func (c *checker) resultsString(res *types.Tuple) string {
	switch {
	case res.Len() == 0:
		return "nothing"
	case res.Len() == 1 && res.At(0).Name() == "":
		return c.typeString(res.At(0).Type())
	}
	parts := make([]string, res.Len())
	for i := range parts {
		parts[i] = c.paramString(res.At(i))
	}
	return "(" + strings.Join(parts, ", ") + ")"
}

// checkService checks a resolved service's constructor call and methods.
func (c *checker) checkService(sv *Service) {
	if sv.Typed == nil {
		return
	}
	sig := sv.Typed.Start.Sig
	args, ok := c.args(sv.Start, sig, sv.DependsOn, false)
	if !ok {
		sv.Typed = nil
		return
	}
	sv.Typed.Start.Ctx = hasCtx(sig)
	sv.Typed.Start.Args = args
	v := sv.Typed.Value
	var okRun, okStop, okCheck = true, true, true
	if sv.Run != "" {
		sv.Typed.Run, okRun = c.method(sv, v, sv.Run, "run")
	}
	if sv.Stop != "" {
		sv.Typed.Stop, okStop = c.method(sv, v, sv.Stop, "stop")
	}
	if sv.Health != nil && sv.Health.Check != "" {
		sv.Typed.Check, okCheck = c.method(sv, v, sv.Health.Check, "check")
	}
	if !okRun || !okStop || !okCheck {
		sv.Typed = nil
	}
}

// hasCtx reports whether a function's first parameter is context.Context.
func hasCtx(sig *types.Signature) bool {
	p := sig.Params()
	return p.Len() > 0 && isContext(p.At(0).Type())
}

// checkWorker resolves a worker's handler and checks its call.
func (c *checker) checkWorker(w *Worker) {
	fn, sig := c.lookupFunc(w.Handler, "handler")
	if sig == nil {
		return
	}
	ok := c.handlerResults(w.Handler, sig)
	if !c.nameableSig(sig, w.Handler) {
		ok = false
	}
	if !ok {
		return
	}
	args, ok := c.args(w.Handler, sig, w.DependsOn, true)
	if !ok {
		return
	}
	q := c.queues[w.Queue.Name]
	if q == nil || q.Typed == nil {
		return
	}
	item := sig.Params().At(sig.Params().Len() - 1)
	if !types.AssignableTo(q.Typed, item.Type()) {
		c.errorf(w.Handler.Range, "Handler item type mismatch", "The last parameter of %s, %s, receives the items of %s, whose type is %s, and %s cannot be assigned to %s. Change the parameter's type, or the queue's type.", w.Handler, c.paramString(item), w.Queue, c.typeString(q.Typed), c.typeString(q.Typed), c.typeString(item.Type()))
		return
	}
	res := sig.Results()
	w.Typed = &TypedWorker{Item: q.Typed, Handler: &Call{
		Func: fn, Sig: sig, Ctx: hasCtx(sig), Args: args,
		Error: res.Len() == 1,
	}}
}

// handlerResults checks that a handler returns error or nothing and is
// not variadic (its last parameter takes one item).
func (c *checker) handlerResults(f GoFunc, sig *types.Signature) bool {
	res := sig.Results()
	switch {
	case sig.Variadic():
		c.errorf(f.Range, "Unsupported handler signature", "%s is variadic, but a handler's last parameter receives one item of the queue. Write a handler func([ctx context.Context,] deps..., item T) error, or wrap this one.", f)
	case res.Len() == 0 || res.Len() == 1 && isError(res.At(0).Type()):
		return true
	case res.Len() == 1 && types.Implements(res.At(0).Type(), errorIface):
		c.errorf(f.Range, "Invalid error result", "The result of %s has the type %s. lifegen needs the type error there, so that a nil pointer of a concrete type is never taken for a failure. Declare the result as error.", f, c.typeString(res.At(0).Type()))
	default:
		c.errorf(f.Range, "Unsupported handler signature", "%s returns %s, but a handler returns error or nothing. Change its results, or wrap it in a function that does.", f, c.resultsString(res))
	}
	return false
}
