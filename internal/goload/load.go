// Package goload loads the Go code a lifegen spec is checked against: the
// package its generated file belongs to, and the packages of its
// lifegen.imports. It is the only part of lifegen that runs the go
// command; spec.CheckTypes then reads what it loaded.
//
// # What is loaded, and how
//
// One `go list` per module (golang.org/x/tools/go/packages) lists the
// output packages, the imported packages and their dependencies, and
// compiles what is needed for export data. The output packages and the
// imported ones are then type-checked from source, everything else is
// read from export data, all in one types universe, so a *sql.DB seen
// through the output package and through an imported one is the same
// type. Only package-level declarations matter to lifegen, so function
// bodies are dropped before type-checking: that is faster, and a body
// that does not compile (a main.go calling the not yet generated NewApp)
// cannot get in the way.
//
// Files that lifegen generated (their first line is lifegen's "Code
// generated" header) are left out of the output packages, so a stale or
// broken generated file never blocks generating a new one. Other type
// errors in the output package are ignored: lifegen uses what
// type-checks, and reports only the spec's mistakes.
package goload

import (
	"bytes"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"golang.org/x/tools/go/packages"

	"github.com/lifegen/lifegen/spec"
)

// Request asks for the package of one output directory and the import
// paths its specs use.
type Request struct {
	Dir     string
	Imports []string
}

// Result is what Load found for one Request.
type Result struct {
	// Packages is what spec.CheckTypes reads; nil when Err is set.
	Packages *spec.Packages
	// Err says why the package could not be loaded at all (no go.mod
	// above the directory, no go command, go list failing).
	Err error
}

// Load loads the package of each request's directory and the packages
// of its imports, running the go command once per module. It returns one
// Result per request, in order.
func Load(reqs []Request) []Result {
	results := make([]Result, len(reqs))
	groups := map[string][]int{} // module root → request indices
	var roots []string
	for i, r := range reqs {
		abs, err := filepath.Abs(r.Dir)
		if err != nil {
			results[i].Err = err
			continue
		}
		reqs[i].Dir = abs
		root := moduleRoot(abs)
		if root == "" {
			root = abs // let the go command say what is wrong
		}
		if groups[root] == nil {
			roots = append(roots, root)
		}
		groups[root] = append(groups[root], i)
	}
	for _, root := range roots {
		loadGroup(reqs, groups[root], results)
	}
	return results
}

// moduleRoot returns the nearest directory at or above dir that holds a
// go.mod file, or "".
func moduleRoot(dir string) string {
	for {
		if fi, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil && !fi.IsDir() {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// mode asks go/packages for source and types of the roots (the output
// and imported packages) and export data for everything else.
const mode = packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles |
	packages.NeedImports | packages.NeedTypes | packages.NeedSyntax

// loadGroup loads the requests of one module with one go list.
func loadGroup(reqs []Request, idx []int, results []Result) {
	outDirs := map[string]bool{}
	patterns := []string{}
	seen := map[string]bool{}
	for _, i := range idx {
		if !outDirs[reqs[i].Dir] {
			outDirs[reqs[i].Dir] = true
			patterns = append(patterns, reqs[i].Dir)
		}
	}
	for _, i := range idx {
		for _, path := range reqs[i].Imports {
			if !seen[path] {
				seen[path] = true
				patterns = append(patterns, path)
			}
		}
	}
	cfg := &packages.Config{
		Mode:      mode,
		Dir:       reqs[idx[0]].Dir,
		ParseFile: parseFile(outDirs),
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		for _, i := range idx {
			results[i].Err = loadError(err)
		}
		return
	}
	byDir, byPath := map[string]*packages.Package{}, map[string]*packages.Package{}
	for _, p := range pkgs {
		byDir[filepath.Clean(p.Dir)] = p
		byPath[p.PkgPath] = p
	}
	for _, i := range idx {
		results[i] = result(reqs[i], byDir[reqs[i].Dir], byPath)
	}
}

// loadError shortens an error of go/packages to the go command's own
// message.
func loadError(err error) error {
	msg := err.Error()
	if _, after, ok := strings.Cut(msg, "stderr: "); ok {
		msg = after
	}
	return errors.New(strings.TrimSpace(msg))
}

// result builds the Result of one request from the loaded packages.
func result(r Request, out *packages.Package, byPath map[string]*packages.Package) Result {
	tpkg, err := outputTypes(r.Dir, out)
	if err != nil {
		return Result{Err: err}
	}
	pkgs := &spec.Packages{Output: tpkg, Imports: map[string]*types.Package{}, ImportErrors: map[string]string{}}
	for _, path := range r.Imports {
		p := byPath[path]
		switch {
		case p == nil:
			pkgs.ImportErrors[path] = "the go command did not list it"
		case loaded(p):
			pkgs.Imports[path] = p.Types
		case firstError(p) != nil:
			pkgs.ImportErrors[path] = firstError(p).Error()
		default:
			pkgs.ImportErrors[path] = "it has no Go files"
		}
	}
	return Result{Packages: pkgs}
}

// outputTypes returns the types of the output package. A directory
// without Go files (yet) is an empty package; one the go command cannot
// list is an error.
func outputTypes(dir string, p *packages.Package) (*types.Package, error) {
	if p == nil {
		if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
			return nil, fmt.Errorf("the directory %s does not exist", dir)
		}
		if moduleRoot(dir) == "" {
			return nil, fmt.Errorf("there is no go.mod file in %s or any directory above it", dir)
		}
		return nil, fmt.Errorf("go list did not report the package in %s", dir)
	}
	if loaded(p) {
		return p.Types, nil
	}
	err := firstError(p)
	if err == nil || strings.Contains(err.Error(), "no Go files") && p.PkgPath != "" {
		return types.NewPackage(p.PkgPath, filepath.Base(p.PkgPath)), nil
	}
	return nil, err
}

// loaded reports whether p has files and types. Errors do not matter: a
// package that does not compile (go list -export reports that as an
// error) has still been type-checked from source as far as it goes.
func loaded(p *packages.Package) bool {
	return p.Types != nil && len(p.CompiledGoFiles) > 0
}

// firstError returns the first error the go command reported for p, on
// one line, or nil.
func firstError(p *packages.Package) error {
	for _, e := range p.Errors {
		if e.Kind == packages.ListError || e.Kind == packages.UnknownError {
			return errors.New(strings.Join(strings.Fields(e.Msg), " "))
		}
	}
	return nil
}

// generatedHeader matches the first line of a file lifegen generated.
var generatedHeader = regexp.MustCompile(`^// Code generated by lifegen\b.* DO NOT EDIT\.\r?$`)

// IsGenerated reports whether src is a file lifegen generated: its first
// line is lifegen's "Code generated ... DO NOT EDIT." header.
func IsGenerated(src []byte) bool {
	first, _, _ := bytes.Cut(src, []byte("\n"))
	return generatedHeader.Match(first)
}

// parseFile returns the go/packages parse hook: a file lifegen generated
// in an output directory is reduced to its package clause, and every
// other file loses its function bodies, which lifegen never needs.
func parseFile(outDirs map[string]bool) func(*token.FileSet, string, []byte) (*ast.File, error) {
	return func(fset *token.FileSet, filename string, src []byte) (*ast.File, error) {
		if outDirs[filepath.Dir(filename)] && IsGenerated(src) {
			return parser.ParseFile(fset, filename, src, parser.PackageClauseOnly)
		}
		f, err := parser.ParseFile(fset, filename, src, parser.SkipObjectResolution)
		if f != nil {
			for _, d := range f.Decls {
				if fd, ok := d.(*ast.FuncDecl); ok {
					fd.Body = nil
				}
			}
		}
		return f, err
	}
}
