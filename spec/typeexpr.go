package spec

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
)

// evalType evaluates a written type (GoType.Expr, already limited to the
// forms gotext.go accepts) in the output package's scope, qualifiers
// through the spec's import aliases. It returns nil when the type is
// absent or wrong; the first problem in it is reported.
func (c *checker) evalType(t GoType) types.Type {
	if t.Expr == nil {
		return nil
	}
	ev := &typeEval{c: c, t: t}
	return ev.eval(t.Expr)
}

// typeEval evaluates one type expression; it stops at the first problem.
type typeEval struct {
	c      *checker
	t      GoType
	failed bool
}

// fail reports a problem in the type, once per type.
func (ev *typeEval) fail(summary, format string, args ...any) types.Type {
	if !ev.failed {
		ev.failed = true
		ev.c.errorf(ev.t.Range, summary, "In the type %q, %s", ev.t.Text, fmt.Sprintf(format, args...))
	}
	return nil
}

// eval evaluates e; nil after a problem.
func (ev *typeEval) eval(e ast.Expr) types.Type {
	if ev.failed {
		return nil
	}
	switch e := e.(type) {
	case *ast.Ident, *ast.SelectorExpr:
		return ev.named(e, false)
	case *ast.ParenExpr:
		return ev.eval(e.X)
	case *ast.StarExpr:
		return ev.wrap(ev.eval(e.X), func(t types.Type) types.Type { return types.NewPointer(t) })
	case *ast.ArrayType:
		return ev.array(e)
	case *ast.MapType:
		return ev.mapType(e)
	case *ast.ChanType:
		dir := types.SendRecv
		switch e.Dir {
		case ast.SEND:
			dir = types.SendOnly
		case ast.RECV:
			dir = types.RecvOnly
		}
		return ev.wrap(ev.eval(e.Value), func(t types.Type) types.Type { return types.NewChan(dir, t) })
	case *ast.FuncType:
		return ev.funcType(e)
	case *ast.IndexExpr:
		return ev.instance(e.X, []ast.Expr{e.Index})
	case *ast.IndexListExpr:
		return ev.instance(e.X, e.Indices)
	case *ast.InterfaceType:
		return types.NewInterfaceType(nil, nil).Complete()
	case *ast.StructType:
		return types.NewStruct(nil, nil)
	}
	// gotext.go rejects every other form before a spec gets here.
	return ev.fail("Invalid type", "%T is not a type expression lifegen accepts.", e)
}

// wrap applies f to t unless t is nil.
func (ev *typeEval) wrap(t types.Type, f func(types.Type) types.Type) types.Type {
	if t == nil {
		return nil
	}
	return f(t)
}

// named resolves a type name, Name or alias.Name. A generic type is
// accepted only when it is being instantiated.
func (ev *typeEval) named(e ast.Expr, instantiating bool) types.Type {
	obj, text := ev.lookup(e)
	if obj == nil {
		return nil
	}
	tn, ok := obj.(*types.TypeName)
	if !ok {
		return ev.fail("Not a type", "%s is %s, not a type. Write the name of a type.", text, describeObject(obj))
	}
	if tn == types.Universe.Lookup("comparable") {
		return ev.fail("Invalid type", "comparable is a constraint, not a type. Write a type such as any.")
	}
	if !instantiating && typeParams(tn.Type()).Len() > 0 {
		return ev.fail("Invalid type arguments", "%s is generic: write its type arguments, such as %s[int].", text, text)
	}
	return tn.Type()
}

// typeParams returns the type parameters of a generic named type or
// alias.
func typeParams(t types.Type) *types.TypeParamList {
	switch t := t.(type) {
	case *types.Named:
		return t.TypeParams()
	case *types.Alias:
		return t.TypeParams()
	}
	return nil
}

// lookup finds the object a type name refers to, reporting a name that
// is not declared. The returned text is the name as written.
func (ev *typeEval) lookup(e ast.Expr) (types.Object, string) {
	if sel, ok := e.(*ast.SelectorExpr); ok {
		alias := sel.X.(*ast.Ident).Name
		pkg := ev.c.aliases[alias]
		if pkg == nil {
			ev.failed = true // reported at the import
			return nil, ""
		}
		text := alias + "." + sel.Sel.Name
		if obj := pkg.Scope().Lookup(sel.Sel.Name); obj != nil && obj.Exported() {
			return obj, text
		}
		ev.fail("Unknown type", "no type named %s is declared in package %s (%s).%s", sel.Sel.Name, alias, pkg.Path(), typeHint(sel.Sel.Name, pkg.Scope(), true))
		return nil, ""
	}
	name := e.(*ast.Ident).Name
	if obj := ev.c.pkgs.Output.Scope().Lookup(name); obj != nil {
		return obj, name
	}
	if obj := types.Universe.Lookup(name); obj != nil {
		return obj, name
	}
	hint := typeHint(name, ev.c.pkgs.Output.Scope(), false)
	if hint == "" {
		hint = typeHint(name, types.Universe, false)
	}
	ev.fail("Unknown type", "no type named %s is declared in package %s.%s", name, ev.c.pkgs.Output.Name(), hint)
	return nil, ""
}

// typeHint suggests the type name of scope closest to name.
func typeHint(name string, scope *types.Scope, exportedOnly bool) string {
	var names []string
	for _, n := range scope.Names() {
		if _, ok := scope.Lookup(n).(*types.TypeName); ok && (!exportedOnly || token.IsExported(n)) {
			names = append(names, n)
		}
	}
	if s := closest(name, names); s != "" {
		return fmt.Sprintf(" Did you mean %s?", s)
	}
	return ""
}

// array evaluates a slice or an array with an integer-literal length.
func (ev *typeEval) array(e *ast.ArrayType) types.Type {
	elem := ev.eval(e.Elt)
	if elem == nil {
		return nil
	}
	if e.Len == nil {
		return types.NewSlice(elem)
	}
	n, err := strconv.ParseInt(e.Len.(*ast.BasicLit).Value, 0, 64)
	if err != nil {
		return ev.fail("Invalid type", "the array length %s is not a valid int. Write a smaller length.", e.Len.(*ast.BasicLit).Value)
	}
	return types.NewArray(elem, n)
}

// mapType evaluates a map type, whose key must be comparable.
func (ev *typeEval) mapType(e *ast.MapType) types.Type {
	key, val := ev.eval(e.Key), ev.eval(e.Value)
	if key == nil || val == nil {
		return nil
	}
	if !types.Comparable(key) {
		return ev.fail("Invalid type", "the map key type %s is not comparable, so it cannot be a map key. Use a comparable key type such as string.", ev.c.typeString(key))
	}
	return types.NewMap(key, val)
}

// funcType evaluates a func type; a final ...T parameter makes it
// variadic.
func (ev *typeEval) funcType(e *ast.FuncType) types.Type {
	params, variadic := ev.fields(e.Params)
	results, _ := ev.fields(e.Results)
	if ev.failed {
		return nil
	}
	return types.NewSignatureType(nil, nil, nil, types.NewTuple(params...), types.NewTuple(results...), variadic)
}

// fields evaluates a parameter or result list.
func (ev *typeEval) fields(fl *ast.FieldList) (vars []*types.Var, variadic bool) {
	if fl == nil {
		return nil, false
	}
	for _, f := range fl.List {
		te := f.Type
		ell, isEll := te.(*ast.Ellipsis)
		if isEll {
			te = ell.Elt
		}
		t := ev.eval(te)
		if t == nil {
			return nil, false
		}
		if isEll {
			t, variadic = types.NewSlice(t), true
		}
		for range max(1, len(f.Names)) {
			vars = append(vars, types.NewParam(token.NoPos, nil, "", t))
		}
	}
	return vars, variadic
}

// instance evaluates a generic instantiation Name[T1, ...].
func (ev *typeEval) instance(x ast.Expr, args []ast.Expr) types.Type {
	base := ev.named(x, true)
	if base == nil {
		return nil
	}
	targs := make([]types.Type, len(args))
	for i, a := range args {
		if targs[i] = ev.eval(a); targs[i] == nil {
			return nil
		}
	}
	if typeParams(base).Len() == 0 {
		return ev.fail("Invalid type arguments", "%s is not a generic type, so it takes no type arguments. Remove the brackets.", ev.c.typeString(base))
	}
	t, err := types.Instantiate(nil, base, targs, true)
	if err != nil {
		return ev.fail("Invalid type arguments", "the type arguments do not fit %s: %v. Write type arguments that satisfy its constraints.", ev.c.typeString(base), err)
	}
	return t
}
