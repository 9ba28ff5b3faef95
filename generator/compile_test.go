package generator

import (
	"errors"
	"fmt"
	"go/ast"
	"go/types"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/lifegen/lifegen/spec"
)

// TestValidSpecsCompile mutates the golden specs (renamed blocks,
// reversed depends_on lists, unusual types) and checks that the code
// generated for each, with a stub impl.go derived from its model, passes
// go vet: a valid spec gives compilable code.
func TestValidSpecsCompile(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go vet on generated code")
	}
	paths, _ := filepath.Glob(filepath.Join(goldenRoot, "*", "*.hcl"))
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "go.mod"), goMod(t, "variants"))
	n := 0
	for i, path := range paths {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if regexp.MustCompile(`=\s*"[a-z0-9]+\.[a-z]+/`).Match(src) {
			continue // imports a package of the golden module
		}
		m := []mutation{mutations[i%len(mutations)]}
		if i%3 == 2 {
			m = mutations
		}
		{
			text, name := string(src), ""
			for _, f := range m {
				text = f.apply(text, i)
				name += "_" + f.name
			}
			pkg := fmt.Sprintf("v%02d%s", n, name)
			n++
			s, diags := spec.Parse(filepath.Base(path), []byte(text))
			if diags.HasErrors() {
				t.Fatalf("%s (%s): the mutated spec is invalid: %v\n%s", path, name, diags, text)
			}
			if spec.CheckWithoutTypes(s, errors.New("variants")).HasErrors() {
				n--
				continue // it needs the package's types (an inferred type, a group)
			}
			s.Package = pkg
			out, err := Generate(s, Options{})
			if err != nil {
				t.Fatalf("%s (%s): %v", path, name, err)
			}
			writeFile(t, filepath.Join(dir, pkg, out.Name), string(out.Bytes))
			writeFile(t, filepath.Join(dir, pkg, "spec.hcl.txt"), text)
			writeFile(t, filepath.Join(dir, pkg, "impl.go"), stubImpl(t, s))
		}
	}
	if n < 20 {
		t.Fatalf("only %d variants", n)
	}
	cmd := exec.Command("go", "vet", "./...")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=", "GOTOOLCHAIN=local")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go vet on %d variants in %s: %v\n%s", n, dir, err, out)
	}
	t.Logf("%d variants vetted", n)
}

// goMod is the go.mod of a throwaway module that uses this checkout of
// lifegen, as a user's module would with a replace directive.
func goMod(t *testing.T, module string) string {
	t.Helper()
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	return fmt.Sprintf("module %s\n\ngo 1.26\n\nrequire github.com/lifegen/lifegen v0.0.0\n\nreplace github.com/lifegen/lifegen => %s\n", module, root)
}

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// mutation rewrites the text of a valid spec into another valid spec.
type mutation struct {
	name  string
	apply func(src string, seed int) string
}

var (
	labelRE   = regexp.MustCompile(`(?m)^(input|service|queue|worker) "([a-z][a-z0-9_-]*)"`)
	refRE     = regexp.MustCompile(`\b(input|service|queue|worker)\.([a-z][a-z0-9_-]*)`)
	depsRE    = regexp.MustCompile(`depends_on\s*=\s*\[([^\]]*)\]`)
	dataRE    = regexp.MustCompile(`(?m)^(input|queue) "[^"]*" \{[^}]*\}`)
	typeRE    = regexp.MustCompile(`type(\s*)=(\s*)"[^"]*"`)
	oddTypes  = []string{"map[string][]int", "chan<- Job2", "func(int) error", "Box[int]", "[4]byte", "*Box[map[string]int]", "[]*Pair[string, Box[bool]]", "<-chan struct{}", "func(Job2, ...string) (int, error)"}
	mutations = []mutation{
		{"renamed", func(src string, _ int) string {
			names := map[string]bool{}
			for _, m := range labelRE.FindAllStringSubmatch(src, -1) {
				names[m[2]] = true
			}
			src = labelRE.ReplaceAllString(src, `$1 "${2}_v2"`)
			return refRE.ReplaceAllStringFunc(src, func(ref string) string {
				kind, name, _ := strings.Cut(ref, ".")
				if names[name] {
					name += "_v2"
				}
				return kind + "." + name
			})
		}},
		{"reordered", func(src string, _ int) string {
			return depsRE.ReplaceAllStringFunc(src, func(list string) string {
				inner := depsRE.FindStringSubmatch(list)[1]
				var refs []string
				for r := range strings.SplitSeq(inner, ",") {
					if r = strings.TrimSpace(r); r != "" {
						refs = append(refs, r)
					}
				}
				slices.Reverse(refs)
				return "depends_on = [" + strings.Join(refs, ", ") + "]"
			})
		}},
		{"retyped", func(src string, seed int) string {
			return dataRE.ReplaceAllStringFunc(src, func(block string) string {
				seed++
				return typeRE.ReplaceAllString(block, fmt.Sprintf("type$1=$2%q", oddTypes[seed%len(oddTypes)]))
			})
		}},
		{"sequential", func(src string, _ int) string {
			src = regexp.MustCompile(`(?m)^\s*startup\s*=.*$`).ReplaceAllString(src, "")
			if strings.Contains(src, "lifegen {") {
				return strings.Replace(src, "lifegen {", "lifegen {\n  startup = \"sequential\"", 1)
			}
			return "lifegen {\n  startup = \"sequential\"\n}\n" + src
		}},
	}
)

// stubImpl writes the user code a spec's output needs: a type for every
// local type name, each constructor and handler with the signature the
// output expects, and each run, stop and check method (with one of the
// four signatures, varied).
func stubImpl(t *testing.T, s *spec.Spec) string {
	st := &stubs{types: map[string]int{}, seen: map[string]bool{}, aliases: map[string]string{}}
	for _, imp := range s.Imports {
		st.aliases[imp.Alias] = imp.Path
	}
	types := map[spec.Ref]string{}
	for _, in := range s.Inputs {
		st.collect(in.Type.Expr)
		types[spec.Ref{Kind: spec.KindInput, Name: in.Name}] = in.Type.Text
	}
	for _, q := range s.Queues {
		st.collect(q.Type.Expr)
		types[spec.Ref{Kind: spec.KindQueue, Name: q.Name}] = "chan<- " + q.Type.Text
	}
	for _, sv := range s.Services {
		st.collect(sv.Type.Expr)
		types[spec.Ref{Kind: spec.KindService, Name: sv.Name}] = sv.Type.Text
	}
	params := func(refs []spec.Ref) string {
		p := "ctx context.Context"
		for i, r := range refs {
			p += fmt.Sprintf(", p%d %s", i, types[spec.Ref{Kind: r.Kind, Name: r.Name}])
		}
		return p
	}
	for _, sv := range s.Services {
		if sv.Start.Alias == "" {
			st.decl("func "+sv.Start.Name, fmt.Sprintf("func %s(%s) (v %s, err error) { return }", sv.Start.Name, params(spec.Refs(sv.DependsOn)), sv.Type.Text))
		}
		for _, m := range []string{sv.Run, sv.Stop, stubHealthCheck(sv)} {
			st.method(sv.Type.Expr, m)
		}
	}
	for _, w := range s.Workers {
		var elem string
		for _, q := range s.Queues {
			if q.Name == w.Queue.Name {
				elem = q.Type.Text
			}
		}
		if w.Handler.Alias == "" {
			st.decl("func "+w.Handler.Name, fmt.Sprintf("func %s(%s, item %s) error { return nil }", w.Handler.Name, params(spec.Refs(w.DependsOn)), elem))
		}
	}
	for name, arity := range st.types {
		tp := ""
		for i := range arity {
			tp += fmt.Sprintf(", T%d any", i)
		}
		if tp != "" {
			tp = "[" + tp[2:] + "]"
		}
		st.decl("type "+name, fmt.Sprintf("type %s%s struct{}", name, tp))
	}
	slices.Sort(st.lines)
	body := strings.Join(st.lines, "\n")
	imports := "\t\"context\"\n"
	for alias, path := range st.aliases {
		if regexp.MustCompile(`\b` + alias + `\.`).MatchString(body) {
			imports += fmt.Sprintf("\t%s %q\n", alias, path)
		}
	}
	return fmt.Sprintf("package %s\n\nimport (\n%s)\n\nvar _ context.Context\n\n%s\n", s.Package, imports, body)
}

func stubHealthCheck(sv *spec.Service) string {
	if sv.Health == nil {
		return ""
	}
	return sv.Health.Check
}

type stubs struct {
	types   map[string]int // local type names and their number of type parameters
	seen    map[string]bool
	aliases map[string]string
	lines   []string
}

func (st *stubs) decl(key, text string) {
	if !st.seen[key] {
		st.seen[key] = true
		st.lines = append(st.lines, text)
	}
}

// collect records the local type names that e uses.
func (st *stubs) collect(e ast.Expr) {
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.SelectorExpr:
			return false // alias.Name: declared elsewhere
		case *ast.Field:
			st.collect(n.Type) // not its names
			return false
		case *ast.IndexExpr:
			st.generic(n.X, 1)
		case *ast.IndexListExpr:
			st.generic(n.X, len(n.Indices))
		case *ast.Ident:
			if types.Universe.Lookup(n.Name) == nil && st.types[n.Name] == 0 {
				st.types[n.Name] = 0
			}
		}
		return true
	})
}

func (st *stubs) generic(x ast.Expr, arity int) {
	if id, ok := x.(*ast.Ident); ok {
		st.types[id.Name] = arity
	}
}

// method declares a method of a local type with one of the four hook
// signatures, on a value receiver so that both T and *T have it.
func (st *stubs) method(e ast.Expr, name string) {
	if name == "" {
		return
	}
	if star, ok := e.(*ast.StarExpr); ok {
		e = star.X
	}
	recv := ""
	switch x := e.(type) {
	case *ast.Ident:
		recv = x.Name
	case *ast.IndexExpr:
		recv = fmt.Sprintf("%s[T0]", x.X.(*ast.Ident).Name)
	case *ast.IndexListExpr:
		var tps []string
		for i := range x.Indices {
			tps = append(tps, fmt.Sprintf("T%d", i))
		}
		recv = fmt.Sprintf("%s[%s]", x.X.(*ast.Ident).Name, strings.Join(tps, ", "))
	default:
		return // a type of another package: its real method
	}
	sigs := []string{"(ctx context.Context) error { return nil }", "() error { return nil }", "(ctx context.Context) {}", "() {}"}
	st.decl("method "+recv+"."+name, fmt.Sprintf("func (%s) %s%s", recv, name, sigs[len(name)%len(sigs)]))
}
