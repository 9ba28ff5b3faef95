package spec

import (
	"errors"
	"fmt"
	"go/ast"
	goparser "go/parser"
	"go/scanner"
	"go/token"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hashicorp/hcl/v2"
)

// reservedIdents are identifiers the generated code declares itself
// (parameters and locals); a start or handler name or an import alias equal
// to one of them would be shadowed.
var reservedIdents = map[string]bool{"ctx": true, "w": true, "v": true, "item": true}

// stdAliases are the standard-library packages the generated runtime
// imports, by package name. An imports alias with one of these names must
// map to the same path.
var stdAliases = map[string]string{
	"context": "context", "errors": "errors", "fmt": "fmt", "http": "net/http",
	"json": "encoding/json", "slog": "log/slog", "sync": "sync",
	"atomic": "sync/atomic", "time": "time", "debug": "runtime/debug",
	"strings": "strings", "sort": "sort", "slices": "slices",
	"strconv": "strconv", "runtime": "runtime",
}

// isIdent reports whether s is a Go identifier that can name something: not
// a keyword and not the blank identifier.
func isIdent(s string) bool { return s != "_" && token.IsIdentifier(s) }

// goFunc validates the Go text of a start or handler attribute: an
// identifier in the output package or alias.Name with a declared alias.
func (p *parser) goFunc(text string, rng hcl.Range, attr string) (GoFunc, bool) {
	alias, name, qualified := strings.Cut(text, ".")
	if !qualified {
		alias, name = "", alias
	}
	if !isIdent(name) || qualified && !isIdent(alias) {
		p.errorf(rng, "Invalid function name", "The %s value %q is not a Go function name. Write an identifier such as NewCache, or alias.Name with an alias declared in lifegen.imports; calls, statements and other Go text are not allowed.", attr, text)
		return GoFunc{}, false
	}
	f := GoFunc{Alias: alias, Name: name, Range: rng}
	if qualified {
		return f, p.checkQualifiedFunc(f, attr)
	}
	if reservedIdents[name] || p.appReserved(name) {
		p.errorf(rng, "Reserved function name", "The name %q is reserved for generated code, so it cannot be used as %s. Rename the function.", name, attr)
		return f, false
	}
	return f, true
}

// checkQualifiedFunc checks alias.Name: the alias is declared and Name is
// exported.
func (p *parser) checkQualifiedFunc(f GoFunc, attr string) bool {
	if !p.useAlias(f.Alias) {
		p.errorf(f.Range, "Undeclared import alias", "The %s value %q uses the package alias %q, which is not declared in lifegen.imports.%s", attr, f.String(), f.Alias, p.aliasHint(f.Alias))
		return false
	}
	if !token.IsExported(f.Name) {
		p.errorf(f.Range, "Invalid function name", "The %s value %q names %q, which is not exported from package %s, so the generated code cannot call it. Use an exported function.", attr, f.String(), f.Name, f.Alias)
		return false
	}
	return true
}

// appReserved reports whether a local name belongs to the names generated
// for the app: NewApp, App, app, and App or app followed by an upper-case
// letter (AppState, appRuntime).
func (p *parser) appReserved(name string) bool {
	app := p.spec.App
	if name == "New"+app {
		return true
	}
	for _, prefix := range []string{app, LowerGoName(app)} {
		rest, ok := strings.CutPrefix(name, prefix)
		if !ok {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(rest); rest == "" || unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// methodName validates run, stop and health.check: a method name.
func (p *parser) methodName(text string, rng hcl.Range, attr string) (string, bool) {
	if !isIdent(text) {
		p.errorf(rng, "Invalid method name", "The %s value %q is not a Go method name. Write the name of a method on the service's type, such as Close; calls, selectors and other Go text are not allowed.", attr, text)
		return "", false
	}
	return text, true
}

// typePrefix turns a type expression into a file go/parser can read.
const typePrefix = "package p\nvar _ "

// goType validates a type attribute: a Go type expression whose qualifiers
// are declared import aliases.
func (p *parser) goType(text string, rng hcl.Range) (GoType, bool) {
	trimmed := strings.TrimSpace(text)
	if bad := forbiddenTypeText(trimmed); bad != "" {
		p.errorf(rng, "Invalid Go type", "The type %q contains %s, which is not allowed in a type expression. Write only the type, such as *Cache or map[string]int.", text, bad)
		return GoType{}, false
	}
	expr, fset, err := parseTypeExpr(trimmed)
	if err != nil {
		p.errorf(rng, "Invalid Go type", "The type %q is not a Go type expression: %s. Write a type such as *Cache, []byte or map[string]int.", trimmed, err)
		return GoType{}, false
	}
	tc := typeChecker{p: p, fset: fset, text: trimmed}
	if te := tc.walk(expr); te != nil {
		p.errorf(rng, te.summary, "%s", te.detail)
		return GoType{}, false
	}
	return GoType{Text: trimmed, Expr: expr, Range: rng}, true
}

// forbiddenTypeText names text that can never be part of a type expression
// we accept: line breaks, statement separators and comments.
func forbiddenTypeText(s string) string {
	switch {
	case strings.ContainsAny(s, "\n\r"):
		return "a line break"
	case strings.Contains(s, ";"):
		return `";"`
	case strings.Contains(s, "//"), strings.Contains(s, "/*"):
		return "a comment"
	}
	return ""
}

// parseTypeExpr parses text as the type of a var declaration and checks
// that nothing else was declared.
func parseTypeExpr(text string) (ast.Expr, *token.FileSet, error) {
	fset := token.NewFileSet()
	f, err := goparser.ParseFile(fset, "", typePrefix+text, goparser.ParseComments|goparser.SkipObjectResolution)
	if err != nil {
		var list scanner.ErrorList
		if errors.As(err, &list) && len(list) > 0 {
			return nil, nil, errors.New(list[0].Msg)
		}
		return nil, nil, err
	}
	if len(f.Decls) != 1 || len(f.Comments) != 0 {
		return nil, nil, errors.New("it must be a single type")
	}
	gd, ok := f.Decls[0].(*ast.GenDecl)
	if !ok || gd.Tok != token.VAR || gd.Lparen.IsValid() || len(gd.Specs) != 1 {
		return nil, nil, errors.New("it must be a single type")
	}
	vs, ok := gd.Specs[0].(*ast.ValueSpec)
	if !ok || len(vs.Names) != 1 || len(vs.Values) != 0 || vs.Type == nil {
		return nil, nil, errors.New("it must be a single type, without a value")
	}
	return vs.Type, fset, nil
}

// typeError is the first problem found in a type expression.
type typeError struct{ summary, detail string }

// typeChecker walks a parsed type expression and allows only the forms
// listed on GoType.Expr.
type typeChecker struct {
	p    *parser
	fset *token.FileSet
	text string
}

// source returns the text of n as written in the type.
func (tc *typeChecker) source(n ast.Node) string {
	start := tc.fset.Position(n.Pos()).Offset - len(typePrefix)
	end := tc.fset.Position(n.End()).Offset - len(typePrefix)
	if start < 0 || end > len(tc.text) || start > end {
		return tc.text
	}
	return tc.text[start:end]
}

// unsupported reports n as a form of type expression lifegen does not accept.
func (tc *typeChecker) unsupported(n ast.Node, why string) *typeError {
	return &typeError{"Unsupported type expression", fmt.Sprintf("In the type %q, %q is not supported: %s. Use identifiers, alias.Name, pointers, slices, arrays of constant length, maps, channels, func types, generic instantiations, interface{} or struct{}; declare anything more complex as a named type in Go.", tc.text, tc.source(n), why)}
}

// walk checks e and everything in it.
func (tc *typeChecker) walk(e ast.Expr) *typeError {
	switch e := e.(type) {
	case *ast.Ident:
		if e.Name == "_" {
			return tc.unsupported(e, "the blank identifier is not a type")
		}
		return nil
	case *ast.SelectorExpr:
		return tc.selector(e)
	case *ast.StarExpr:
		return tc.walk(e.X)
	case *ast.ParenExpr:
		return tc.walk(e.X)
	case *ast.ArrayType:
		return tc.array(e)
	case *ast.MapType:
		return tc.walkAll(e.Key, e.Value)
	case *ast.ChanType:
		return tc.walk(e.Value)
	case *ast.FuncType:
		return tc.funcType(e)
	case *ast.IndexExpr:
		return tc.generic(e, e.X, []ast.Expr{e.Index})
	case *ast.IndexListExpr:
		return tc.generic(e, e.X, e.Indices)
	case *ast.InterfaceType:
		return tc.empty(e, e.Methods, "an interface with methods")
	case *ast.StructType:
		return tc.empty(e, e.Fields, "a struct with fields")
	}
	return tc.unsupported(e, "it is not a type")
}

// walkAll checks each expression in turn.
func (tc *typeChecker) walkAll(es ...ast.Expr) *typeError {
	for _, e := range es {
		if te := tc.walk(e); te != nil {
			return te
		}
	}
	return nil
}

// selector checks alias.Name: the alias is declared and Name exported.
func (tc *typeChecker) selector(e *ast.SelectorExpr) *typeError {
	x, ok := e.X.(*ast.Ident)
	if !ok {
		return tc.unsupported(e, "only alias.Name selectors are allowed")
	}
	if !tc.p.useAlias(x.Name) {
		return &typeError{"Undeclared import alias", fmt.Sprintf("The type %q uses the package alias %q, which is not declared in lifegen.imports.%s", tc.text, x.Name, tc.p.aliasHint(x.Name))}
	}
	if !token.IsExported(e.Sel.Name) {
		return tc.unsupported(e, "the name is not exported from the package")
	}
	return nil
}

// array checks a slice or an array whose length is an integer literal.
func (tc *typeChecker) array(e *ast.ArrayType) *typeError {
	if e.Len != nil {
		if lit, ok := e.Len.(*ast.BasicLit); !ok || lit.Kind != token.INT {
			return tc.unsupported(e, "an array length must be an integer literal")
		}
	}
	return tc.walk(e.Elt)
}

// funcType checks the parameter and result types of a func type.
func (tc *typeChecker) funcType(e *ast.FuncType) *typeError {
	if e.TypeParams != nil {
		return tc.unsupported(e, "a func type cannot have type parameters")
	}
	for _, fl := range []*ast.FieldList{e.Params, e.Results} {
		if fl == nil {
			continue
		}
		for _, f := range fl.List {
			t := f.Type
			if ell, ok := t.(*ast.Ellipsis); ok && ell.Elt != nil {
				t = ell.Elt
			}
			if te := tc.walk(t); te != nil {
				return te
			}
		}
	}
	return nil
}

// generic checks an instantiation Name[T1, T2] of a generic type.
func (tc *typeChecker) generic(e, x ast.Expr, args []ast.Expr) *typeError {
	switch x.(type) {
	case *ast.Ident, *ast.SelectorExpr:
	default:
		return tc.unsupported(e, "only a named generic type can be instantiated")
	}
	if te := tc.walk(x); te != nil {
		return te
	}
	return tc.walkAll(args...)
}

// empty accepts interface{} and struct{} only.
func (tc *typeChecker) empty(e ast.Expr, fields *ast.FieldList, what string) *typeError {
	if fields != nil && len(fields.List) > 0 {
		return tc.unsupported(e, what+" must be declared as a named type")
	}
	return nil
}

// checkImportPath reports why path is not a valid Go import path, following
// the rules of golang.org/x/mod/module.CheckImportPath: slash-separated
// non-empty elements of ASCII letters, digits and "-._~+", no element of
// only dots or ending in a dot, no leading dash, no Windows reserved names.
func checkImportPath(path string) error {
	switch {
	case !utf8.ValidString(path):
		return errors.New("it is not valid UTF-8")
	case path == "":
		return errors.New("it is empty")
	case path[0] == '-':
		return errors.New("it begins with a dash")
	case strings.Contains(path, "//"):
		return errors.New("it contains a double slash")
	case path[len(path)-1] == '/':
		return errors.New("it ends with a slash")
	case path == "C":
		return errors.New(`"C" is cgo's pseudo-package, which cannot be renamed`)
	}
	for _, elem := range strings.Split(path, "/") {
		if err := checkPathElem(elem); err != nil {
			return err
		}
	}
	return nil
}

// badWindowsNames are path elements Windows cannot hold.
var badWindowsNames = []string{"CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9"}

// checkPathElem checks one element of an import path.
func checkPathElem(elem string) error {
	if elem == "" {
		return errors.New("it has an empty path element")
	}
	if strings.Count(elem, ".") == len(elem) {
		return fmt.Errorf("the path element %q is only dots", elem)
	}
	if elem[len(elem)-1] == '.' {
		return fmt.Errorf("the path element %q ends with a dot", elem)
	}
	for _, r := range elem {
		if !importPathRune(r) {
			return fmt.Errorf("it contains the character %q", r)
		}
	}
	short, _, _ := strings.Cut(elem, ".")
	for _, bad := range badWindowsNames {
		if strings.EqualFold(bad, short) {
			return fmt.Errorf("the path element %q is a reserved name on Windows", elem)
		}
	}
	return nil
}

// importPathRune reports whether r may appear in an import path element.
func importPathRune(r rune) bool {
	return r == '-' || r == '.' || r == '_' || r == '~' || r == '+' ||
		'0' <= r && r <= '9' || 'A' <= r && r <= 'Z' || 'a' <= r && r <= 'z'
}
