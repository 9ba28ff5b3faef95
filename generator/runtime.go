package generator

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"io/fs"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/lifegen/lifegen/spec"
	"github.com/lifegen/lifegen/templates"
)

// runtimeSource is the runtime of package templates, ready to be renamed
// and emitted: the text of every declaration and the imports it needs.
type runtimeSource struct {
	text    string   // the declarations of all runtime files, in file order
	imports []string // import paths, sorted
	names   []string // top-level identifiers, sorted
}

var (
	runtimeOnce   sync.Once
	runtimeLoaded runtimeSource
	runtimeErr    error
)

// loadRuntime reads the embedded runtime once.
func loadRuntime() (runtimeSource, error) {
	runtimeOnce.Do(func() { runtimeLoaded, runtimeErr = readRuntime(templates.Sources) })
	return runtimeLoaded, runtimeErr
}

// readRuntime parses every runtime file of fsys and keeps the text from
// each file's first declaration (with its doc comment) to its end.
func readRuntime(fsys fs.FS) (runtimeSource, error) {
	paths, err := fs.Glob(fsys, "runtime_*.go")
	if err != nil {
		return runtimeSource{}, err
	}
	slices.Sort(paths)
	var rs runtimeSource
	var text strings.Builder
	imports := map[string]bool{}
	for _, p := range paths {
		src, err := fs.ReadFile(fsys, p)
		if err != nil {
			return runtimeSource{}, err
		}
		decls, names, err := splitRuntimeFile(p, src, imports)
		if err != nil {
			return runtimeSource{}, err
		}
		text.WriteString(decls)
		text.WriteString("\n")
		rs.names = append(rs.names, names...)
	}
	rs.text = text.String()
	rs.names = append(rs.names, wiringNames...)
	for p := range imports {
		rs.imports = append(rs.imports, p)
	}
	slices.Sort(rs.imports)
	slices.Sort(rs.names)
	return rs, nil
}

// splitRuntimeFile returns the declarations of one runtime file as text and
// its top-level names, adding its imports to imports.
func splitRuntimeFile(name string, src []byte, imports map[string]bool) (string, []string, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, name, src, parser.ParseComments)
	if err != nil {
		return "", nil, err
	}
	for _, imp := range f.Imports {
		p, _ := strconv.Unquote(imp.Path.Value)
		imports[p] = true
	}
	var names []string
	start := -1
	for _, d := range f.Decls {
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.IMPORT {
			continue
		}
		if start < 0 {
			start = fset.Position(declStart(d)).Offset
		}
		names = append(names, declNames(d)...)
	}
	if start < 0 {
		return "", nil, nil
	}
	return string(src[start:]), names, nil
}

// declStart is where a declaration begins, its doc comment included.
func declStart(d ast.Decl) token.Pos {
	switch d := d.(type) {
	case *ast.FuncDecl:
		if d.Doc != nil {
			return d.Doc.Pos()
		}
	case *ast.GenDecl:
		if d.Doc != nil {
			return d.Doc.Pos()
		}
	}
	return d.Pos()
}

// declNames lists the package-level names a declaration introduces
// (methods introduce none).
func declNames(d ast.Decl) []string {
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

// wiringNames are the names the runtime uses but the generator declares
// (package templates declares stand-ins in wiring.go). They are renamed
// with the runtime's.
var wiringNames = []string{"appWiring"}

// prefixes holds the two forms of an app name: "Shop" and "shop".
type prefixes struct{ exported, unexported string }

func newPrefixes(app string) prefixes {
	return prefixes{exported: app, unexported: spec.LowerGoName(app)}
}

// rename maps a runtime name ("AppStatus", "appNode") to the app's
// ("ShopStatus", "shopNode").
func (p prefixes) rename(name string) string {
	if rest, ok := strings.CutPrefix(name, "App"); ok {
		return p.exported + rest
	}
	if rest, ok := strings.CutPrefix(name, "app"); ok {
		return p.unexported + rest
	}
	return name
}

// renamed returns the runtime text with every top-level name, in code and
// in comments, given the app's prefix.
func (rs runtimeSource) renamed(p prefixes) (string, error) {
	names := map[string]bool{}
	for _, n := range rs.names {
		names[n] = true
	}
	word := regexp.MustCompile(`\b[Aa]pp[A-Za-z0-9_]*\b`)
	src := []byte(rs.text)
	fset := token.NewFileSet()
	file := fset.AddFile("runtime", -1, len(src))
	var s scanner.Scanner
	var scanErr error
	s.Init(file, src, func(pos token.Position, msg string) { scanErr = fmt.Errorf("%s: %s", pos, msg) }, scanner.ScanComments)
	var out strings.Builder
	last := 0
	for {
		pos, tok, lit := s.Scan()
		if tok == token.EOF {
			break
		}
		off := file.Offset(pos)
		switch {
		case tok == token.IDENT && names[lit]:
			out.Write(src[last:off])
			out.WriteString(p.rename(lit))
			last = off + len(lit)
		case tok == token.COMMENT:
			out.Write(src[last:off])
			out.WriteString(word.ReplaceAllStringFunc(lit, func(w string) string {
				if names[w] {
					return p.rename(w)
				}
				return w
			}))
			last = off + len(lit)
		}
	}
	out.Write(src[last:])
	return out.String(), scanErr
}
