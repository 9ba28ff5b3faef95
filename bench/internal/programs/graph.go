package programs

import (
	"bytes"
	"fmt"
	"path"
	"strings"

	"github.com/lifegen/lifegen/bench/internal/dag"
)

// w1Files writes workload W1: one graph package per size, and the test
// file that hands them to bench/w1.
func w1Files(sizes []int) ([]File, error) {
	var out []File
	var b bytes.Buffer
	fmt.Fprintf(&b, "// %s\n\npackage w1_test\n\nimport (\n\"testing\"\n\n\"%s/w1\"\n", Header, Module)
	for _, n := range sizes {
		fmt.Fprintf(&b, "n%d \"%s/w1/n%d/systems\"\n", n, GenModule, n)
	}
	b.WriteString(")\n\nvar sizes = []w1.Size{\n")
	for _, n := range sizes {
		fmt.Fprintf(&b, "{N: %d, Graph: n%d.Graph, Systems: n%d.All},\n", n, n, n)
		fs, err := graphPackage(fmt.Sprintf("w1/n%d", n), fmt.Sprintf("dag.W1(%d)", n), dag.W1(n), true)
		if err != nil {
			return nil, err
		}
		out = append(out, fs...)
	}
	b.WriteString("}\n\nfunc TestOrder(t *testing.T) { w1.TestOrder(t, sizes) }\n\nfunc BenchmarkW1(b *testing.B) { w1.Benchmark(b, sizes) }\n")
	f, err := gofmt("w1/w1_test.go", b.Bytes())
	return append(out, f), err
}

// w2Files writes workload W2: the delayed 100-node graph (parallel lifegen
// only) and the test file that hands it to bench/w2.
func w2Files() ([]File, error) {
	out, err := graphPackage("w2/n100", "dag.W2()", dag.W2(), false)
	if err != nil {
		return nil, err
	}
	src := fmt.Sprintf("// %s\n\npackage w2_test\n\nimport (\n\"testing\"\n\n\"%s/w2\"\n\"%s/w2/n100/systems\"\n)\n\n"+
		"func TestOrder(t *testing.T) { w2.TestOrder(t, systems.Graph, systems.All) }\n\n"+
		"func BenchmarkW2(b *testing.B) { w2.Benchmark(b, systems.Graph, systems.All) }\n", Header, Module, GenModule)
	f, err := gofmt("w2/w2_test.go", []byte(src))
	return append(out, f), err
}

// graphPackage writes the packages of one graph: dir holds its
// components; dir/par (and dir/seq when seq is set) a lifegen spec with
// parallel (sequential) startup; dir/systems the wiring of every system.
func graphPackage(dir, graphExpr string, g dag.Graph, seq bool) ([]File, error) {
	imp := GenModule + "/" + dir
	comps, err := gofmt(dir+"/comps.go", componentsGo(path.Base(dir), g))
	if err != nil {
		return nil, err
	}
	out := []File{comps}
	modes := []string{"par"}
	if seq {
		modes = append(modes, "seq")
	}
	for _, m := range modes {
		startup := map[string]string{"par": "parallel", "seq": "sequential"}[m]
		doc := fmt.Sprintf("// %s\n\n// Package %s starts the components of %s with lifegen, %s startup.\npackage %s\n", Header, m, dir, startup, m)
		out = append(out,
			File{dir + "/" + m + "/doc.go", []byte(doc)},
			File{dir + "/" + m + "/lifecycle.hcl", GraphSpec(m, startup, imp, g)})
	}
	systems, err := gofmt(dir+"/systems/systems.go", systemsGo(imp, graphExpr, modes, g))
	if err != nil {
		return nil, err
	}
	return append(out, systems), nil
}

// GraphSpec is the lifecycle spec of graph g: service cI of type *c.CI,
// started by c.NewCI with its dependencies, stopped by Stop, where c is
// the package comps.
func GraphSpec(pkg, startup, comps string, g dag.Graph) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "# %s\nlifegen {\n  package = %q\n  startup = %q\n  imports = {\n    c = %q\n  }\n}\n", Header, pkg, startup, comps)
	for i, ds := range g.Deps {
		fmt.Fprintf(&b, "\nservice \"c%d\" {\n  type  = \"*c.C%d\"\n  start = \"c.NewC%d\"\n  stop  = \"Stop\"\n", i, i, i)
		if len(ds) > 0 {
			fmt.Fprintf(&b, "  depends_on = [%s]\n", refs(ds))
		}
		b.WriteString("}\n")
	}
	return b.Bytes()
}

// componentsGo writes the components of g: type CI, its constructor NewCI
// (which checks that it got every dependency and sleeps the node's start
// delay, if any) and its Stop method (which sleeps the node's stop delay,
// if any). Every system calls exactly these.
func componentsGo(pkg string, g dag.Graph) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "// %s\n\n// Package %s holds the components of a benchmark graph.\npackage %s\n\nimport (\n\"context\"\n", Header, pkg, pkg)
	if g.Delays != nil || g.StopDelays != nil {
		b.WriteString("\"time\"\n")
	}
	fmt.Fprintf(&b, "\n\"%s/internal/trace\"\n)\n", Module)
	for i, ds := range g.Deps {
		fmt.Fprintf(&b, "\n// C%d is component %d.\ntype C%d struct{ id int }\n\n", i, i, i)
		fmt.Fprintf(&b, "// NewC%d starts component %d.\nfunc NewC%d(ctx context.Context%s) (*C%d, error) {\n", i, i, i, params("", ds), i)
		if len(ds) > 0 {
			var nils []string
			for _, d := range ds {
				nils = append(nils, fmt.Sprintf("d%d == nil", d))
			}
			fmt.Fprintf(&b, "if %s {\nreturn nil, trace.ErrMissing\n}\n", strings.Join(nils, " || "))
		}
		fmt.Fprintf(&b, "trace.Up(%d)\n", i)
		if g.Delays != nil && g.Delays[i] > 0 {
			fmt.Fprintf(&b, "time.Sleep(%d * time.Microsecond)\n", g.Delays[i].Microseconds())
		}
		fmt.Fprintf(&b, "return &C%d{id: %d}, nil\n}\n\n", i, i)
		fmt.Fprintf(&b, "// Stop stops component %d.\nfunc (c *C%d) Stop() {\ntrace.Down(c.id)\n", i, i)
		if g.StopDelays != nil && g.StopDelays[i] > 0 {
			fmt.Fprintf(&b, "time.Sleep(%d * time.Microsecond)\n", g.StopDelays[i].Microseconds())
		}
		b.WriteString("}\n")
	}
	return b.Bytes()
}

// systemsGo writes the wiring of every system for g: lifegen's apps (the
// packages of modes), the straight-line sequential code, the fx providers
// and the table of the generic peers.
func systemsGo(comps, graphExpr string, modes []string, g dag.Graph) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "// %s\n\n// Package systems starts the components of %s with every system measured.\npackage systems\n\n", Header, comps)
	fmt.Fprintf(&b, "import (\n\"context\"\n\n\"%[1]s/internal/dag\"\n\"%[1]s/internal/peers\"\n\"%[1]s/internal/sys\"\n\"go.uber.org/fx\"\nc %[2]q\n", Module, comps)
	for _, m := range modes {
		fmt.Fprintf(&b, "%q\n", comps+"/"+m)
	}
	fmt.Fprintf(&b, ")\n\n// Graph is the dependency graph of the components.\nvar Graph = %s\n\n// All are the systems measured on Graph, in report order.\nvar All = []sys.System{\n", graphExpr)
	for _, m := range modes {
		fmt.Fprintf(&b, "sys.Lifegen(\"lifegen-%s\", func() sys.App { a := %s.NewApp(); a.Logger = sys.Discard; return a }),\n", m, m)
	}
	b.WriteString("{Name: \"hand-seq\", Start: startHandSeq},\npeers.Dataflow(table),\npeers.HandPar(table),\npeers.Oklog(table),\npeers.Fx(fxOptions),\n}\n")
	handSeqGo(&b, g)
	fxGo(&b, g)
	tableGo(&b, g)
	return b.Bytes()
}

func handSeqGo(b *bytes.Buffer, g dag.Graph) {
	b.WriteString("\n// handSeq is the hand-written sequential system: straight-line calls.\ntype handSeq struct {\nstarted int\n")
	for i := range g.Deps {
		fmt.Fprintf(b, "c%d *c.C%d\n", i, i)
	}
	b.WriteString("}\n\nfunc startHandSeq(ctx context.Context) (sys.Stopper, error) {\nh := &handSeq{}\nvar err error\n")
	for i, ds := range g.Deps {
		fmt.Fprintf(b, "if h.c%d, err = c.NewC%d(%s); err != nil {\n_ = h.Stop(ctx)\nreturn nil, err\n}\nh.started = %d\n", i, i, args("ctx", "h.", ds), i+1)
	}
	b.WriteString("return h, nil\n}\n\n// Stop stops the started components in reverse.\nfunc (h *handSeq) Stop(ctx context.Context) error {\nswitch h.started {\n")
	for i := len(g.Deps) - 1; i >= 0; i-- {
		fmt.Fprintf(b, "case %d:\nh.c%d.Stop()\n", i+1, i)
		if i > 0 {
			b.WriteString("fallthrough\n")
		}
	}
	b.WriteString("}\nh.started = 0\nreturn nil\n}\n")
}

func fxGo(b *bytes.Buffer, g dag.Graph) {
	b.WriteString("\n// fxOptions provides every component and invokes the leaves.\nvar fxOptions = fx.Options(\nfx.Provide(\n")
	for i := range g.Deps {
		fmt.Fprintf(b, "fxC%d,\n", i)
	}
	b.WriteString("),\nfx.Invoke(func(")
	var leaves []string
	for i, ds := range g.Dependents() {
		if len(ds) == 0 {
			leaves = append(leaves, fmt.Sprintf("*c.C%d", i))
		}
	}
	b.WriteString(strings.Join(leaves, ", "))
	b.WriteString(") {}),\n)\n")
	for i, ds := range g.Deps {
		fmt.Fprintf(b, "\nfunc fxC%d(lc fx.Lifecycle%s) (*c.C%d, error) {\n", i, params("c.", ds), i)
		fmt.Fprintf(b, "v, err := c.NewC%d(%s)\nif err != nil {\nreturn nil, err\n}\n", i, "context.Background()"+depArgs(ds))
		b.WriteString("peers.FxStop(lc, v.Stop)\nreturn v, nil\n}\n")
	}
}

func depArgs(ds []int) string {
	var s strings.Builder
	for _, d := range ds {
		fmt.Fprintf(&s, ", d%d", d)
	}
	return s.String()
}

func tableGo(b *bytes.Buffer, g dag.Graph) {
	b.WriteString("\n// wiring holds the values for the generic peers.\ntype wiring struct {\n")
	for i := range g.Deps {
		fmt.Fprintf(b, "c%d *c.C%d\n", i, i)
	}
	b.WriteString("}\n\n// table is the component table of the generic peers.\nvar table = peers.NewTable(Graph, []func(*wiring, context.Context) error{\n")
	for i, ds := range g.Deps {
		fmt.Fprintf(b, "func(w *wiring, ctx context.Context) (err error) { w.c%d, err = c.NewC%d(%s); return err },\n", i, i, args("ctx", "w.", ds))
	}
	b.WriteString("}, []func(*wiring){\n")
	for i := range g.Deps {
		fmt.Fprintf(b, "func(w *wiring) { w.c%d.Stop() },\n", i)
	}
	b.WriteString("})\n")
}
