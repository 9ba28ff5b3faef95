package generator

import (
	"fmt"
	"go/ast"

	"github.com/dave/jennifer/jen"
	"github.com/lifegen/lifegen/spec"
)

// typeConv turns validated Go text of a spec into jennifer code, so that
// every qualifier is an import jennifer manages.
type typeConv struct {
	paths map[string]string // import alias → path
}

// code converts a type expression.
func (tc typeConv) code(t spec.GoType) jen.Code { return tc.expr(t.Expr) }

// fn converts a function name: Name or alias.Name.
func (tc typeConv) fn(f spec.GoFunc) *jen.Statement {
	if f.Alias == "" {
		return jen.Id(f.Name)
	}
	return jen.Qual(tc.paths[f.Alias], f.Name)
}

// elem writes a queue's element type T so that it can follow `chan` or
// `chan<-`: a receive-only channel type there needs parentheses, since
// `chan <-chan int` is parsed as `chan<- chan int`.
func (tc typeConv) elem(t spec.GoType) *jen.Statement {
	if c, ok := t.Expr.(*ast.ChanType); ok && c.Dir == ast.RECV {
		return jen.Parens(tc.expr(t.Expr))
	}
	return tc.expr(t.Expr)
}

func (tc typeConv) expr(e ast.Expr) *jen.Statement {
	switch e := e.(type) {
	case *ast.Ident:
		return jen.Id(e.Name)
	case *ast.SelectorExpr:
		return jen.Qual(tc.paths[e.X.(*ast.Ident).Name], e.Sel.Name)
	case *ast.StarExpr:
		return jen.Op("*").Add(tc.expr(e.X))
	case *ast.ParenExpr:
		return jen.Parens(tc.expr(e.X))
	case *ast.ArrayType:
		if e.Len == nil {
			return jen.Index().Add(tc.expr(e.Elt))
		}
		return jen.Index(jen.Id(e.Len.(*ast.BasicLit).Value)).Add(tc.expr(e.Elt))
	case *ast.MapType:
		return jen.Map(tc.expr(e.Key)).Add(tc.expr(e.Value))
	case *ast.ChanType:
		return tc.chanType(e)
	case *ast.FuncType:
		return jen.Func().Params(tc.fields(e.Params)...).Params(tc.fields(e.Results)...)
	case *ast.IndexExpr:
		return tc.expr(e.X).Types(tc.expr(e.Index))
	case *ast.IndexListExpr:
		var args []jen.Code
		for _, x := range e.Indices {
			args = append(args, tc.expr(x))
		}
		return tc.expr(e.X).Types(args...)
	case *ast.InterfaceType:
		return jen.Interface()
	case *ast.StructType:
		return jen.Struct()
	case *ast.Ellipsis:
		return jen.Op("...").Add(tc.expr(e.Elt))
	}
	panic(fmt.Sprintf("internal error: unsupported type expression %T passed validation", e))
}

func (tc typeConv) chanType(e *ast.ChanType) *jen.Statement {
	switch e.Dir {
	case ast.SEND:
		return jen.Chan().Op("<-").Add(tc.expr(e.Value))
	case ast.RECV:
		return jen.Op("<-").Chan().Add(tc.expr(e.Value))
	}
	return jen.Chan().Add(tc.expr(e.Value))
}

// fields converts a parameter or result list, keeping names if any.
func (tc typeConv) fields(fl *ast.FieldList) []jen.Code {
	if fl == nil {
		return nil
	}
	var out []jen.Code
	for _, f := range fl.List {
		if len(f.Names) == 0 {
			out = append(out, tc.expr(f.Type))
			continue
		}
		for _, n := range f.Names {
			out = append(out, jen.Id(n.Name).Add(tc.expr(f.Type)))
		}
	}
	return out
}
