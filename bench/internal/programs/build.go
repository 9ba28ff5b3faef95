package programs

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/lifegen/lifegen/bench/internal/dag"
)

// Ways are the three ways W3 and W5 write the same program, in report
// order: BuildDir(n, way) holds each.
var Ways = []string{"lifegen", "wire", "hand"}

// BuildDir is the directory, relative to the tree's root, of the program
// of n components written the given way.
func BuildDir(n int, way string) string { return fmt.Sprintf("build/n%d/%s", n, way) }

// buildFiles writes the program of workloads W3 and W5 with n components
// (the W1 graph: component i depends on i-1 and i/2) three ways. Each is a
// package main with the same components (comps.go) and the same main:
// start everything, stop everything, exit 1 on an error. Only the wiring
// differs:
//   - lifegen: a spec; `lifegen generate` writes lifecycle_gen.go;
//   - wire: one provider per component that adapts the constructor and
//     the Stop method to wire's cleanup shape, as a wire user writes, and
//     an injector; `wire gen` writes wire_gen.go;
//   - hand: straight-line start in dependency order, stop in reverse,
//     errors joined.
func buildFiles(n int) ([]File, error) {
	g := dag.W1(n)
	srcs := map[string]map[string][]byte{
		"lifegen": {"lifecycle.hcl": buildSpec(g), "main.go": buildMain("lifegen", n)},
		"wire":    {"wire.go": wireGo(g), "providers.go": wireProviders(g), "main.go": buildMain("wire", n)},
		"hand":    {"hand.go": handGo(g), "main.go": buildMain("hand", n)},
	}
	comps := buildComps(g)
	var out []File
	for _, way := range Ways {
		dir := BuildDir(n, way)
		f, err := gofmt(dir+"/comps.go", comps)
		if err != nil {
			return nil, err
		}
		out = append(out, f)
		for _, name := range []string{"lifecycle.hcl", "main.go", "hand.go", "providers.go", "wire.go"} {
			src, ok := srcs[way][name]
			switch {
			case !ok:
				continue
			case strings.HasSuffix(name, ".go"):
				if f, err = gofmt(dir+"/"+name, src); err != nil {
					return nil, err
				}
			default:
				f = File{dir + "/" + name, src}
			}
			out = append(out, f)
		}
	}
	return out, nil
}

// buildComps writes the components: CI, NewCI(ctx, deps...) (*CI, error),
// which fails on a missing dependency, and (*CI).Stop(ctx) error.
func buildComps(g dag.Graph) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "// %s\n\npackage main\n\nimport (\n\"context\"\n\"errors\"\n)\n\n", Header)
	b.WriteString("// errMissing is returned by a constructor given a nil dependency.\nvar errMissing = errors.New(\"a dependency was not ready\")\n")
	for i, ds := range g.Deps {
		fmt.Fprintf(&b, "\n// C%d is component %d.\ntype C%d struct{ id int }\n\n", i, i, i)
		fmt.Fprintf(&b, "// NewC%d starts component %d.\nfunc NewC%d(ctx context.Context%s) (*C%d, error) {\n", i, i, i, params("", ds), i)
		if len(ds) > 0 {
			var nils []string
			for _, d := range ds {
				nils = append(nils, fmt.Sprintf("d%d == nil", d))
			}
			fmt.Fprintf(&b, "if %s {\nreturn nil, errMissing\n}\n", strings.Join(nils, " || "))
		}
		fmt.Fprintf(&b, "return &C%d{id: %d}, nil\n}\n\n", i, i)
		fmt.Fprintf(&b, "// Stop stops component %d.\nfunc (c *C%d) Stop(ctx context.Context) error { return nil }\n", i, i)
	}
	return b.Bytes()
}

// buildMain writes the main function of the given way.
func buildMain(way string, n int) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "// %s\n\n// Command %s starts %d components wired by %s, then stops them.\npackage main\n\nimport (\n\"context\"\n\"fmt\"\n\"os\"\n", Header, way, n, way)
	if way == "lifegen" {
		b.WriteString("\"log/slog\"\n")
	}
	b.WriteString(")\n\nfunc main() {\nctx := context.Background()\n")
	switch way {
	case "lifegen":
		b.WriteString("a := NewApp()\na.Logger = slog.New(slog.DiscardHandler)\nif err := a.Start(ctx); err != nil {\nexit(err)\n}\nexit(a.Stop(ctx))\n")
	case "wire":
		b.WriteString("_, cleanup, err := initialize(ctx)\nif err != nil {\nexit(err)\n}\ncleanup()\nexit(nil)\n")
	case "hand":
		b.WriteString("a, err := start(ctx)\nif err != nil {\nexit(err)\n}\nexit(a.stop(ctx))\n")
	}
	b.WriteString("}\n\nfunc exit(err error) {\nif err != nil {\nfmt.Fprintln(os.Stderr, err)\nos.Exit(1)\n}\nos.Exit(0)\n}\n")
	return b.Bytes()
}

// buildSpec is the lifegen spec of the program.
func buildSpec(g dag.Graph) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "# %s\nlifegen {\n  package = \"main\"\n}\n", Header)
	for i, ds := range g.Deps {
		fmt.Fprintf(&b, "\nservice \"c%d\" {\n  type  = \"*C%d\"\n  start = \"NewC%d\"\n  stop  = \"Stop\"\n", i, i, i)
		if len(ds) > 0 {
			fmt.Fprintf(&b, "  depends_on = [%s]\n", refs(ds))
		}
		b.WriteString("}\n")
	}
	return b.Bytes()
}

// wireGo writes the wire providers and the injector, which returns the
// last component (it depends on every other one).
func wireGo(g dag.Graph) []byte {
	var b bytes.Buffer
	last := len(g.Deps) - 1
	fmt.Fprintf(&b, "//go:build wireinject\n\n// %s\n\npackage main\n\nimport (\n\"context\"\n\n\"github.com/google/wire\"\n)\n\n", Header)
	fmt.Fprintf(&b, "// initialize starts every component; its cleanup stops them in reverse.\nfunc initialize(ctx context.Context) (*C%d, func(), error) {\nwire.Build(\n", last)
	for i := range g.Deps {
		fmt.Fprintf(&b, "provideC%d,\n", i)
	}
	b.WriteString(")\nreturn nil, nil, nil\n}\n")
	return b.Bytes()
}

// wireProviders writes one provider per component: the constructor and
// the Stop method in wire's shape, (value, cleanup, error).
func wireProviders(g dag.Graph) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "// %s\n\npackage main\n\nimport \"context\"\n", Header)
	for i, ds := range g.Deps {
		fmt.Fprintf(&b, "\n// provideC%d provides component %d; its cleanup stops it.\nfunc provideC%d(ctx context.Context%s) (*C%d, func(), error) {\n", i, i, i, params("", ds), i)
		fmt.Fprintf(&b, "c, err := NewC%d(ctx%s)\nif err != nil {\nreturn nil, nil, err\n}\nreturn c, func() { _ = c.Stop(ctx) }, nil\n}\n", i, depArgs(ds))
	}
	return b.Bytes()
}

// handGo writes the hand-written wiring.
func handGo(g dag.Graph) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "// %s\n\npackage main\n\nimport (\n\"context\"\n\"errors\"\n\"fmt\"\n)\n\n", Header)
	b.WriteString("// app holds the started components.\ntype app struct {\n")
	for i := range g.Deps {
		fmt.Fprintf(&b, "c%d *C%d\n", i, i)
	}
	b.WriteString("}\n\n// start starts the components in dependency order; when one fails, it\n// stops those already started.\nfunc start(ctx context.Context) (*app, error) {\na := &app{}\nvar err error\n")
	for i, ds := range g.Deps {
		fmt.Fprintf(&b, "if a.c%d, err = NewC%d(%s); err != nil {\nreturn nil, errors.Join(fmt.Errorf(\"c%d: %%w\", err), a.stop(ctx))\n}\n", i, i, args("ctx", "a.", ds), i)
	}
	b.WriteString("return a, nil\n}\n\n// stop stops the started components in reverse order and joins their\n// errors.\nfunc (a *app) stop(ctx context.Context) error {\nvar errs []error\n")
	for i := len(g.Deps) - 1; i >= 0; i-- {
		fmt.Fprintf(&b, "if a.c%d != nil {\nif err := a.c%d.Stop(ctx); err != nil {\nerrs = append(errs, fmt.Errorf(\"c%d: %%w\", err))\n}\n}\n", i, i, i)
	}
	b.WriteString("return errors.Join(errs...)\n}\n")
	return b.Bytes()
}

// TreeBuildSizes lists the sizes of the W3 and W5 programs in the tree at
// dir, ascending.
func TreeBuildSizes(dir string) ([]int, error) {
	entries, err := os.ReadDir(filepath.Join(dir, "build"))
	if err != nil {
		return nil, err
	}
	var out []int
	for _, e := range entries {
		if n, err := strconv.Atoi(strings.TrimPrefix(e.Name(), "n")); err == nil && e.IsDir() {
			out = append(out, n)
		}
	}
	slices.Sort(out)
	return out, nil
}
