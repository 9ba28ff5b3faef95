// Package goload loads the Go code a lifegen spec is checked against: the
// package its generated file belongs to, and the packages of its
// lifegen.imports. It is the only part of lifegen that runs the go
// command; spec.CheckTypes then reads what it loaded.
//
// # What is loaded, and how
//
// An output package is read from source: its files are chosen as the go
// command would (go/build, with the build tags of $GOFLAGS), except the
// files lifegen generated (their first line is lifegen's "Code generated"
// header), which are left out, so a stale or broken generated file never
// blocks generating a new one. Only package-level declarations matter to
// lifegen, so function bodies are dropped: that is faster, and a body
// that does not compile (a main.go calling the not yet generated NewApp)
// cannot get in the way. Other type errors are ignored too: lifegen uses
// what type-checks, and reports only the spec's mistakes.
//
// What the output packages import, and the packages of lifegen.imports,
// are loaded with one `go list -export -deps` per module
// (golang.org/x/tools/go/packages), from export data, all in one types
// universe: a *sql.DB seen through the output package and through an
// imported one is the same type. The output packages themselves are never
// compiled, and the imports of their generated files are never listed. A
// loaded package that imports an output package (a sub-package using its
// types) is type-checked again from source against it, for the same
// reason.
package goload

import (
	"bytes"
	"errors"
	"fmt"
	"go/ast"
	"go/build"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/mod/modfile"
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
	for i := range reqs {
		dir, err := filepath.Abs(reqs[i].Dir)
		if err != nil {
			results[i].Err = err
			continue
		}
		root, err := moduleRoot(dir)
		if err != nil {
			results[i].Err = err
			continue
		}
		if groups[root] == nil {
			roots = append(roots, root)
		}
		groups[root] = append(groups[root], i)
	}
	for _, root := range roots {
		loadModule(root, reqs, groups[root], results)
	}
	return results
}

// moduleRoot returns the nearest directory at or above dir that holds a
// go.mod file.
func moduleRoot(dir string) (string, error) {
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		return "", fmt.Errorf("the directory %s does not exist", dir)
	}
	for d := dir; ; {
		if fi, err := os.Stat(filepath.Join(d, "go.mod")); err == nil && !fi.IsDir() {
			return d, nil
		}
		parent := filepath.Dir(d)
		if parent == d {
			return "", fmt.Errorf("there is no go.mod file in %s or any directory above it", dir)
		}
		d = parent
	}
}

// output is an output package read from source.
type output struct {
	dir, path, name string
	files           []*ast.File
	imports         []string // what its files import, sorted
	err             error
}

// loadModule loads the requests of the module at root: their output
// packages from source, and everything they import with one go list.
func loadModule(root string, reqs []Request, idx []int, results []Result) {
	modPath, err := modulePath(root)
	if err != nil {
		for _, i := range idx {
			results[i].Err = err
		}
		return
	}
	fset := token.NewFileSet()
	outs := map[string]*output{}
	var patterns []string
	seen := map[string]bool{"C": true, "unsafe": true}
	add := func(paths []string) {
		for _, p := range paths {
			if !seen[p] {
				seen[p] = true
				patterns = append(patterns, p)
			}
		}
	}
	for _, i := range idx {
		dir := filepath.Clean(reqs[i].Dir)
		if !filepath.IsAbs(dir) {
			dir, _ = filepath.Abs(dir)
		}
		if outs[dir] == nil {
			outs[dir] = readOutput(fset, root, modPath, dir)
			add(outs[dir].imports)
		}
		add(reqs[i].Imports)
	}
	byPath, err := loadImports(fset, root, outs, patterns)
	u := newUniverse(fset, outs, byPath)
	for _, i := range idx {
		dir, _ := filepath.Abs(reqs[i].Dir)
		out := outs[filepath.Clean(dir)]
		switch {
		case err != nil:
			results[i].Err = err
		case out.err != nil:
			results[i].Err = out.err
		default:
			results[i].Packages = u.packagesFor(out, reqs[i].Imports)
		}
	}
}

// modulePath reads the module path from root/go.mod.
func modulePath(root string) (string, error) {
	data, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil {
		return "", err
	}
	path := modfile.ModulePath(data)
	if path == "" {
		return "", fmt.Errorf("%s has no module line", filepath.Join(root, "go.mod"))
	}
	return path, nil
}

// readOutput chooses and parses the files of the output package in dir
// as the go command would, leaving out the files lifegen generated.
func readOutput(fset *token.FileSet, root, modPath, dir string) *output {
	rel, err := filepath.Rel(root, dir)
	if err != nil {
		return &output{err: err}
	}
	out := &output{dir: dir, path: path.Join(modPath, filepath.ToSlash(rel))}
	ctxt := build.Default
	ctxt.BuildTags = goflagsTags(os.Getenv("GOFLAGS"))
	bp, err := ctxt.ImportDir(dir, 0)
	var noGo *build.NoGoError
	switch {
	case errors.As(err, &noGo):
		out.name = path.Base(out.path) // no Go files yet: an empty package
		return out
	case err != nil:
		out.err = err
		return out
	}
	out.name = bp.Name
	imports := map[string]bool{}
	for _, name := range append(bp.GoFiles, bp.CgoFiles...) {
		f := parseOutputFile(fset, filepath.Join(dir, name))
		if f == nil {
			continue
		}
		out.files = append(out.files, f)
		for _, imp := range f.Imports {
			if p, err := strconv.Unquote(imp.Path.Value); err == nil {
				imports[p] = true
			}
		}
	}
	for p := range imports {
		out.imports = append(out.imports, p)
	}
	sort.Strings(out.imports)
	return out
}

// goflagsTags returns the build tags that $GOFLAGS sets with -tags.
func goflagsTags(goflags string) []string {
	var tags []string
	for _, f := range strings.Fields(goflags) {
		f = strings.TrimPrefix(f, "-")
		if v, ok := strings.CutPrefix(f, "-tags="); ok {
			f = "tags=" + v
		}
		if v, ok := strings.CutPrefix(f, "tags="); ok {
			tags = append(tags, strings.FieldsFunc(v, func(r rune) bool { return r == ',' || r == ' ' })...)
		}
	}
	return tags
}

// parseOutputFile parses one file of an output package: nil for a file
// lifegen generated or that cannot be read, and without function bodies.
func parseOutputFile(fset *token.FileSet, filename string) *ast.File {
	return parseSource(fset, filename, true)
}

// parseSource parses a file without its function bodies; nil when it
// cannot be read, or when skipGenerated is set and lifegen generated it.
func parseSource(fset *token.FileSet, filename string, skipGenerated bool) *ast.File {
	src, err := os.ReadFile(filename)
	if err != nil || skipGenerated && IsGenerated(src) {
		return nil
	}
	f, _ := parser.ParseFile(fset, filename, src, parser.SkipObjectResolution)
	stripBodies(f)
	return f
}

// stripBodies drops the bodies of f's functions, which lifegen never
// needs.
func stripBodies(f *ast.File) {
	if f == nil {
		return
	}
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok {
			fd.Body = nil
		}
	}
}

// loadImports loads the packages at paths, and their dependencies, from
// export data with one go list run in root, and returns them by path.
func loadImports(fset *token.FileSet, root string, outs map[string]*output, paths []string) (map[string]*packages.Package, error) {
	byPath := map[string]*packages.Package{}
	if len(paths) == 0 {
		return byPath, nil
	}
	outDirs := map[string]bool{}
	for dir := range outs {
		outDirs[dir] = true
	}
	cfg := &packages.Config{
		Mode:      packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles | packages.NeedImports | packages.NeedTypes,
		Dir:       root,
		Fset:      fset,
		ParseFile: parseFile(outDirs),
	}
	pkgs, err := packages.Load(cfg, paths...)
	if err != nil {
		return nil, loadError(err)
	}
	packages.Visit(pkgs, nil, func(p *packages.Package) { byPath[p.PkgPath] = p })
	return byPath, nil
}

// loadError shortens an error of go/packages to the go command's own
// message, on one line.
func loadError(err error) error {
	msg := err.Error()
	if _, after, ok := strings.Cut(msg, "stderr: "); ok {
		msg = after
	}
	return errors.New(strings.Join(strings.Fields(msg), " "))
}

// universe gives every package one *types.Package, so that types are
// identical across the output packages and what they import.
//
// The output packages are type-checked from source. A loaded package that
// imports one of them, directly or not (a sub-package using the output
// package's types), saw its export-data version, a different
// types.Package; such packages are type-checked again from source against
// the output package, bodies dropped, so that its Order is the output
// package's Order.
type universe struct {
	fset    *token.FileSet
	outputs map[string]*output // by import path
	byPath  map[string]*packages.Package
	checked map[string]*types.Package // packages type-checked here
	reaches map[string]bool           // whether a package imports an output one
}

func newUniverse(fset *token.FileSet, outs map[string]*output, byPath map[string]*packages.Package) *universe {
	u := &universe{fset: fset, outputs: map[string]*output{}, byPath: byPath, checked: map[string]*types.Package{}, reaches: map[string]bool{}}
	for _, out := range outs {
		if out.err == nil {
			u.outputs[out.path] = out
		}
	}
	return u
}

// packagesFor returns what spec.CheckTypes reads for one request.
func (u *universe) packagesFor(out *output, imports []string) *spec.Packages {
	pkgs := &spec.Packages{Output: u.typesOf(out.path), Imports: map[string]*types.Package{}, ImportErrors: map[string]string{}}
	for _, path := range imports {
		p := u.byPath[path]
		switch {
		case u.outputs[path] != nil:
			pkgs.Imports[path] = u.typesOf(path)
		case p == nil:
			pkgs.ImportErrors[path] = "the go command did not list it"
		case loaded(p):
			pkgs.Imports[path] = u.typesOf(path)
		case firstError(p) != nil:
			pkgs.ImportErrors[path] = firstError(p).Error()
		default:
			pkgs.ImportErrors[path] = "it has no Go files"
		}
	}
	return pkgs
}

// typesOf returns the package at path: an output package or a package
// that reaches one type-checked here, any other from export data; nil
// when it was not loaded.
func (u *universe) typesOf(path string) *types.Package {
	if path == "unsafe" {
		return types.Unsafe
	}
	if t, ok := u.checked[path]; ok {
		return t
	}
	if out := u.outputs[path]; out != nil {
		u.checked[path] = nil // an import cycle cannot type-check
		u.checked[path] = u.check(out.path, out.name, out.files)
		return u.checked[path]
	}
	p := u.byPath[path]
	if p == nil {
		return nil
	}
	if !u.reachesOutput(p) {
		return p.Types
	}
	var files []*ast.File
	for _, name := range p.CompiledGoFiles {
		if f := parseSource(u.fset, name, false); f != nil {
			files = append(files, f)
		}
	}
	u.checked[path] = nil
	u.checked[path] = u.check(p.PkgPath, p.Name, files)
	return u.checked[path]
}

// reachesOutput reports whether p imports an output package, directly or
// not.
func (u *universe) reachesOutput(p *packages.Package) bool {
	if r, ok := u.reaches[p.PkgPath]; ok {
		return r
	}
	u.reaches[p.PkgPath] = false
	for _, imp := range p.Imports {
		if u.outputs[imp.PkgPath] != nil || u.reachesOutput(imp) {
			u.reaches[p.PkgPath] = true
			break
		}
	}
	return u.reaches[p.PkgPath]
}

// check type-checks the declarations of files as the package path,
// ignoring errors: lifegen uses what type-checks.
func (u *universe) check(path, name string, files []*ast.File) *types.Package {
	conf := types.Config{
		Importer: importerFunc(func(imp string) (*types.Package, error) {
			if t := u.typesOf(imp); t != nil {
				return t, nil
			}
			return nil, fmt.Errorf("package %s was not loaded", imp)
		}),
		Error:       func(error) {},
		FakeImportC: true,
		Sizes:       types.SizesFor("gc", build.Default.GOARCH),
	}
	pkg, _ := conf.Check(path, u.fset, files, nil)
	if pkg == nil || pkg.Name() == "" { // no files: the package has no name yet
		pkg = types.NewPackage(path, name)
	}
	return pkg
}

// importerFunc makes a function a types.Importer.
type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

// loaded reports whether p has files and types. Errors do not matter: a
// package whose export data could not be built has been type-checked
// from source as far as it goes.
func loaded(p *packages.Package) bool {
	return p.Types != nil && len(p.GoFiles) > 0
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

// parseFile is the go/packages parse hook, used when a package cannot be
// read from export data (it does not compile) and is type-checked from
// source instead: a file lifegen generated in an output directory is
// reduced to its package clause, and every other file loses its function
// bodies.
func parseFile(outDirs map[string]bool) func(*token.FileSet, string, []byte) (*ast.File, error) {
	return func(fset *token.FileSet, filename string, src []byte) (*ast.File, error) {
		if outDirs[filepath.Dir(filename)] && IsGenerated(src) {
			return parser.ParseFile(fset, filename, src, parser.PackageClauseOnly)
		}
		f, err := parser.ParseFile(fset, filename, src, parser.SkipObjectResolution)
		stripBodies(f)
		return f, err
	}
}
