package generator

import (
	"fmt"
	"go/types"

	"github.com/dave/jennifer/jen"
)

// typesConv writes a go/types type as jennifer code: named types of the
// output package unqualified, those of other packages qualified by their
// import path, so that jennifer imports them.
type typesConv struct {
	local *types.Package            // the output package
	used  map[string]*types.Package // the other packages written, by path
}

// code writes t.
func (tc typesConv) code(t types.Type) *jen.Statement {
	switch t := t.(type) {
	case *types.Named:
		return tc.named(t.Obj(), t.TypeArgs())
	case *types.Alias:
		return tc.named(t.Obj(), t.TypeArgs())
	case *types.Basic:
		if t.Kind() == types.UnsafePointer {
			return jen.Qual("unsafe", "Pointer")
		}
		return jen.Id(t.Name())
	case *types.Pointer:
		return jen.Op("*").Add(tc.code(t.Elem()))
	case *types.Slice:
		return jen.Index().Add(tc.code(t.Elem()))
	case *types.Array:
		return jen.Index(jen.Lit(int(t.Len()))).Add(tc.code(t.Elem()))
	case *types.Map:
		return jen.Map(tc.code(t.Key())).Add(tc.code(t.Elem()))
	case *types.Chan:
		return tc.chanType(t)
	case *types.Signature:
		return jen.Func().Params(tc.params(t.Params(), t.Variadic())...).Add(tc.results(t.Results()))
	case *types.Struct:
		return tc.structType(t)
	case *types.Interface:
		return tc.interfaceType(t)
	}
	panic(fmt.Sprintf("internal error: cannot write the type %s", t))
}

// named writes a named type or alias, with its type arguments.
func (tc typesConv) named(obj *types.TypeName, args *types.TypeList) *jen.Statement {
	var s *jen.Statement
	if obj.Pkg() == nil || obj.Pkg() == tc.local || (tc.local != nil && obj.Pkg().Path() == tc.local.Path()) {
		s = jen.Id(obj.Name())
	} else {
		s = jen.Qual(obj.Pkg().Path(), obj.Name())
		if tc.used != nil {
			tc.used[obj.Pkg().Path()] = obj.Pkg()
		}
	}
	if args.Len() > 0 {
		var codes []jen.Code
		for i := range args.Len() {
			codes = append(codes, tc.code(args.At(i)))
		}
		s = s.Types(codes...)
	}
	return s
}

func (tc typesConv) chanType(t *types.Chan) *jen.Statement {
	elem := tc.code(t.Elem())
	if c, ok := t.Elem().(*types.Chan); ok && c.Dir() == types.RecvOnly {
		elem = jen.Parens(elem)
	}
	switch t.Dir() {
	case types.SendOnly:
		return jen.Chan().Op("<-").Add(elem)
	case types.RecvOnly:
		return jen.Op("<-").Chan().Add(elem)
	}
	return jen.Chan().Add(elem)
}

// params writes a parameter list's types; a variadic last one as ...T.
func (tc typesConv) params(t *types.Tuple, variadic bool) []jen.Code {
	var out []jen.Code
	for i := range t.Len() {
		typ := t.At(i).Type()
		if variadic && i == t.Len()-1 {
			out = append(out, jen.Op("...").Add(tc.code(typ.(*types.Slice).Elem())))
			continue
		}
		out = append(out, tc.code(typ))
	}
	return out
}

// results writes a result list: nothing, one type, or a parenthesised list.
func (tc typesConv) results(t *types.Tuple) jen.Code {
	switch t.Len() {
	case 0:
		return jen.Null()
	case 1:
		return tc.code(t.At(0).Type())
	}
	return jen.Params(tc.params(t, false)...)
}

func (tc typesConv) structType(t *types.Struct) *jen.Statement {
	var fields []jen.Code
	for i := range t.NumFields() {
		f := t.Field(i)
		var field *jen.Statement
		if f.Embedded() {
			field = tc.code(f.Type())
		} else {
			field = jen.Id(f.Name()).Add(tc.code(f.Type()))
		}
		if tag := t.Tag(i); tag != "" {
			field = field.Op("`" + tag + "`")
		}
		fields = append(fields, field)
	}
	return jen.Struct(fields...)
}

func (tc typesConv) interfaceType(t *types.Interface) *jen.Statement {
	var items []jen.Code
	for i := range t.NumEmbeddeds() {
		items = append(items, tc.code(t.EmbeddedType(i)))
	}
	for i := range t.NumExplicitMethods() {
		m := t.ExplicitMethod(i)
		sig := m.Type().(*types.Signature)
		items = append(items, jen.Id(m.Name()).Params(tc.params(sig.Params(), sig.Variadic())...).Add(tc.results(sig.Results())))
	}
	return jen.Interface(items...)
}
