package spec

import (
	"fmt"
	"go/token"
	"go/types"

	"github.com/hashicorp/hcl/v2"
)

// CheckTypes resolves every Go name and type of s against the Go code in
// pkgs and records what it found: Spec.Pkg, Input.Typed, Queue.Typed,
// Service.Typed and Worker.Typed. s must come from Parse without errors,
// and pkgs.Output must not be nil.
//
// It checks what the compiler would otherwise reject in the generated
// file, and reports each mistake at the spec's text that causes it: an
// unknown function, type or method (with a "did you mean"), a constructor,
// handler or method of a shape lifegen cannot call, a dependency whose
// type cannot be passed to its parameter, a written service type that
// differs from its constructor's result, a type the generated code cannot
// name. Like Parse it reports every problem at once; a component with an
// error may keep nil Typed fields.
//
// CheckTypes reads only pkgs: loading the packages is the caller's job.
func CheckTypes(s *Spec, pkgs *Packages) hcl.Diagnostics {
	c := newChecker(s, pkgs)
	c.checkImports()
	for _, in := range s.Inputs {
		in.Typed = c.evalType(in.Type)
	}
	for _, q := range s.Queues {
		q.Typed = c.evalType(q.Type)
	}
	for _, sv := range s.Services {
		c.resolveService(sv)
	}
	for _, sv := range s.Services {
		c.checkService(sv)
	}
	for _, w := range s.Workers {
		c.checkWorker(w)
	}
	s.Pkg = pkgs.Output
	return sortDiagnostics(c.diags)
}

// CheckWithoutTypes reports what a spec needs when its Go package could
// not be loaded (why says what went wrong): a warning that says so, and an
// error for every service without a type and every group, which only the
// package's types can give meaning to. The generator then writes what the
// spec's text says, in the first version's shapes.
func CheckWithoutTypes(s *Spec, why error) hcl.Diagnostics {
	c := &checker{spec: s}
	c.diags = hcl.Diagnostics{{Severity: hcl.DiagWarning, Summary: "Go package not loaded", Detail: fmt.Sprintf("lifegen could not load the Go package that the generated file of %s belongs to: %v. Without it, lifegen cannot check the spec's functions and types against the Go code: every service needs a type, constructors must have the shape func(ctx context.Context, deps...) (T, error), and the Go compiler checks the rest. Run lifegen inside a Go module (go mod init) to have them checked here.", s.Filename, why)}}
	for _, sv := range s.Services {
		if sv.Type.Expr == nil {
			c.errorf(sv.Start.Range, "Missing service type", "Service %q has no type, and lifegen cannot infer it from %s because the Go package could not be loaded (see the warning). Write the type, such as type = \"*%s\", or fix what stops the package from loading.", sv.Name, sv.Start, sv.GoName)
		}
	}
	for _, deps := range c.allDeps() {
		for _, d := range deps {
			if d.Group {
				c.errorf(d.Range, "Group needs package types", "A group passes its members as one slice whose element type is the parameter's, which lifegen reads from the Go package; the package could not be loaded (see the warning). Fix what stops the package from loading, or list the members without brackets.")
			}
		}
	}
	return sortDiagnostics(c.diags)
}

// checker holds the state of one CheckTypes call.
type checker struct {
	spec  *Spec
	pkgs  *Packages
	diags hcl.Diagnostics
	// aliases maps each import alias to its package; a nil package could
	// not be loaded (already reported).
	aliases map[string]*types.Package
	// aliasOf maps an import path to its alias, for printing types.
	aliasOf map[string]string
	// values holds the value type of each service by name, once resolved.
	values map[string]types.Type
	// nodes maps kind and name to the declaration.
	inputs map[string]*Input
	queues map[string]*Queue
}

func newChecker(s *Spec, pkgs *Packages) *checker {
	c := &checker{
		spec:    s,
		pkgs:    pkgs,
		aliases: map[string]*types.Package{},
		aliasOf: map[string]string{},
		values:  map[string]types.Type{},
		inputs:  map[string]*Input{},
		queues:  map[string]*Queue{},
	}
	for _, in := range s.Inputs {
		c.inputs[in.Name] = in
	}
	for _, q := range s.Queues {
		c.queues[q.Name] = q
	}
	return c
}

// errorf adds an error diagnostic whose subject is rng.
func (c *checker) errorf(rng hcl.Range, summary, format string, args ...any) {
	c.add(hcl.DiagError, rng, summary, fmt.Sprintf(format, args...))
}

// warnf adds a warning diagnostic whose subject is rng.
func (c *checker) warnf(rng hcl.Range, summary, format string, args ...any) {
	c.add(hcl.DiagWarning, rng, summary, fmt.Sprintf(format, args...))
}

func (c *checker) add(sev hcl.DiagnosticSeverity, rng hcl.Range, summary, detail string) {
	c.diags = append(c.diags, &hcl.Diagnostic{Severity: sev, Summary: summary, Detail: detail, Subject: rng.Ptr()})
}

// allDeps returns the depends_on lists of every service and worker.
func (c *checker) allDeps() [][]Dep {
	var all [][]Dep
	for _, sv := range c.spec.Services {
		all = append(all, sv.DependsOn)
	}
	for _, w := range c.spec.Workers {
		all = append(all, w.DependsOn)
	}
	return all
}

// checkImports maps each alias to its loaded package and reports the
// import paths that could not be loaded.
func (c *checker) checkImports() {
	for _, imp := range c.spec.Imports {
		c.aliasOf[imp.Path] = imp.Alias
		pkg := c.pkgs.Imports[imp.Path]
		c.aliases[imp.Alias] = pkg
		if pkg != nil {
			continue
		}
		why := c.pkgs.ImportErrors[imp.Path]
		if why == "" {
			why = "it was not found"
		}
		c.errorf(imp.Range, "Cannot load imported package", "lifegen could not load the package %q (alias %s): %s. Check the import path, and that your module requires the module that provides it (go get).", imp.Path, imp.Alias, why)
	}
}

// qualifier prints the output package's names bare and other packages'
// names with their spec alias, or else their package name.
func (c *checker) qualifier(p *types.Package) string {
	if p == c.pkgs.Output {
		return ""
	}
	if a, ok := c.aliasOf[p.Path()]; ok {
		return a
	}
	return p.Name()
}

// typeString prints t as the spec's author would write it.
func (c *checker) typeString(t types.Type) string { return types.TypeString(t, c.qualifier) }

// paramString prints one parameter: its name and type, or the type alone.
func (c *checker) paramString(v *types.Var) string {
	if v.Name() == "" || v.Name() == "_" {
		return c.typeString(v.Type())
	}
	return v.Name() + " " + c.typeString(v.Type())
}

// lookupFunc resolves a start or handler name to a non-generic function,
// reporting why it cannot.
func (c *checker) lookupFunc(f GoFunc, attr string) (*types.Func, *types.Signature) {
	pkg, where := c.pkgs.Output, "package "+c.pkgs.Output.Name()
	if f.Alias != "" {
		var ok bool
		if pkg, ok = c.aliases[f.Alias]; !ok || pkg == nil {
			return nil, nil // reported at the import
		}
		where = fmt.Sprintf("package %s (%s)", f.Alias, pkg.Path())
	}
	switch obj := pkg.Scope().Lookup(f.Name).(type) {
	case *types.Func:
		sig := obj.Type().(*types.Signature)
		if sig.TypeParams().Len() > 0 {
			c.errorf(f.Range, "Generic function", "%s is generic, and lifegen does not choose type arguments. Write a non-generic function that calls it with the type arguments you want (%s[int], say), and name that one in %s.", f, f, attr)
			return nil, nil
		}
		return obj, sig
	case nil:
		c.errorf(f.Range, "Unknown function", "No function named %s is declared in %s.%s", f.Name, where, c.funcHint(f.Name, pkg))
	default:
		c.errorf(f.Range, "Not a function", "%s is %s in %s, not a function. The %s value must name a function, which lifegen calls.%s", f, describeObject(obj), where, attr, c.funcHint(f.Name, pkg))
	}
	return nil, nil
}

// describeObject says what kind of thing a package-level object is, with
// an article.
func describeObject(obj types.Object) string {
	switch obj.(type) {
	case *types.TypeName:
		return "a type"
	case *types.Var:
		return "a variable"
	case *types.Const:
		return "a constant"
	}
	return "not a function"
}

// funcHint suggests the function of pkg closest to name. Functions of
// the output package may be unexported; those of another package must be
// exported to be called.
func (c *checker) funcHint(name string, pkg *types.Package) string {
	var funcs []string
	scope := pkg.Scope()
	for _, n := range scope.Names() {
		if _, ok := scope.Lookup(n).(*types.Func); ok && (pkg == c.pkgs.Output || token.IsExported(n)) {
			funcs = append(funcs, n)
		}
	}
	if s := closest(name, funcs); s != "" {
		return fmt.Sprintf(" Did you mean %s?", s)
	}
	return ""
}
