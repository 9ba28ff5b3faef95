package templates

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// parseSources parses the embedded runtime files.
func parseSources(t *testing.T) []*ast.File {
	t.Helper()
	paths, err := fs.Glob(Sources, "runtime_*.go")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no embedded runtime files: %v", err)
	}
	fset := token.NewFileSet()
	var files []*ast.File
	for _, p := range paths {
		src, err := fs.ReadFile(Sources, p)
		if err != nil {
			t.Fatal(err)
		}
		f, err := parser.ParseFile(fset, p, src, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	return files
}

// TestRuntimeImportsOnlyStandardLibrary: generated code may import only the
// standard library and the spec's imports.
func TestRuntimeImportsOnlyStandardLibrary(t *testing.T) {
	for _, f := range parseSources(t) {
		for _, imp := range f.Imports {
			p, _ := strconv.Unquote(imp.Path.Value)
			if strings.Contains(strings.Split(p, "/")[0], ".") || imp.Name != nil {
				t.Errorf("%s imports %s: the runtime may only use the standard library, unaliased", f.Name.Name, imp.Path.Value)
			}
		}
	}
}

// TestRuntimeNamesCanBeRenamed checks the rules that make renaming the
// runtime to another app name exact (see the package doc).
func TestRuntimeNamesCanBeRenamed(t *testing.T) {
	prefixed := regexp.MustCompile(`^[Aa]pp`)
	table := regexp.MustCompile(`^app.+Component$`)
	for _, f := range parseSources(t) {
		for _, d := range f.Decls {
			for _, name := range topLevelNames(d) {
				if !prefixed.MatchString(name) {
					t.Errorf("top-level %s does not start with App or app", name)
				}
				if table.MatchString(name) {
					t.Errorf("top-level %s has the form of a generated component variable", name)
				}
			}
		}
		ast.Inspect(f, func(n ast.Node) bool {
			for _, id := range innerNames(n) {
				if prefixed.MatchString(id.Name) {
					t.Errorf("%s: field, method, parameter or local %s starts with app/App", f.Name.Name, id.Name)
				}
			}
			return true
		})
	}
}

func topLevelNames(d ast.Decl) []string {
	var names []string
	switch d := d.(type) {
	case *ast.FuncDecl:
		if d.Recv == nil {
			names = append(names, d.Name.Name)
		}
	case *ast.GenDecl:
		for _, s := range d.Specs {
			switch s := s.(type) {
			case *ast.TypeSpec:
				names = append(names, s.Name.Name)
			case *ast.ValueSpec:
				for _, n := range s.Names {
					names = append(names, n.Name)
				}
			}
		}
	}
	return names
}

// innerNames returns the identifiers a node declares below the top level:
// fields, methods, parameters, results and local variables.
func innerNames(n ast.Node) []*ast.Ident {
	switch n := n.(type) {
	case *ast.Field:
		return n.Names
	case *ast.FuncDecl:
		if n.Recv != nil {
			return []*ast.Ident{n.Name}
		}
	case *ast.AssignStmt:
		if n.Tok == token.DEFINE {
			var ids []*ast.Ident
			for _, l := range n.Lhs {
				if id, ok := l.(*ast.Ident); ok {
					ids = append(ids, id)
				}
			}
			return ids
		}
	case *ast.DeclStmt:
		var ids []*ast.Ident
		for _, s := range n.Decl.(*ast.GenDecl).Specs {
			if vs, ok := s.(*ast.ValueSpec); ok {
				ids = append(ids, vs.Names...)
			}
		}
		return ids
	}
	return nil
}
