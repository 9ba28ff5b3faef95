package specs

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/lifegen/lifegen/bench/internal/dag"
)

// componentsGo writes the components of g: type CI, its constructor NewCI
// (which checks that it got every dependency and sleeps the node's delay,
// if any) and its Stop method. Every system calls exactly these.
func componentsGo(pkg string, g dag.Graph) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "// %s\n\npackage %s\n\nimport (\n\"context\"\n", Header, pkg)
	if g.Delays != nil {
		b.WriteString("\"time\"\n")
	}
	b.WriteString("\n\"github.com/lifegen/lifegen/bench/internal/trace\"\n)\n")
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
		fmt.Fprintf(&b, "// Stop stops component %d.\nfunc (c *C%d) Stop() { trace.Down(c.id) }\n", i, i)
	}
	return b.Bytes()
}

const peersHead = `
import (
	"context"
	"log/slog"

	"github.com/lifegen/lifegen/bench/internal/dag"
	"github.com/lifegen/lifegen/bench/internal/peers"
	"github.com/lifegen/lifegen/bench/internal/sys"
	"go.uber.org/fx"
	c "%[1]s"
	"%[1]s/par"
	"%[1]s/seq"
)

// All are the systems measured on Graph, in report order.
var All = []sys.System{
	{Name: "lifegen-par", Start: startPar},
	{Name: "lifegen-seq", Start: startSeq},
	{Name: "hand-seq", Start: startHandSeq},
	{Name: "hand-dataflow", Start: startDataflow},
	{Name: "hand-par", Start: startHandPar},
	{Name: "oklog-run", Start: startOklog},
	{Name: "fx", Start: startFx},
}

// discard makes logging cost nothing.
var discard = slog.New(slog.DiscardHandler)

func startPar(ctx context.Context) (sys.Stopper, error) {
	a := par.NewApp()
	a.Logger = discard
	if err := a.Start(ctx); err != nil {
		return nil, err
	}
	return a, nil
}

func startSeq(ctx context.Context) (sys.Stopper, error) {
	a := seq.NewApp()
	a.Logger = discard
	if err := a.Start(ctx); err != nil {
		return nil, err
	}
	return a, nil
}

func startDataflow(ctx context.Context) (sys.Stopper, error) { return peers.StartDataflow(ctx, table) }
func startHandPar(ctx context.Context) (sys.Stopper, error)  { return peers.StartHandPar(ctx, table) }
func startOklog(ctx context.Context) (sys.Stopper, error)    { return peers.StartOklog(ctx, table) }

func startFx(ctx context.Context) (sys.Stopper, error) {
	app := fx.New(fxOptions)
	if err := app.Start(ctx); err != nil {
		return nil, err
	}
	return app, nil
}

func fxNop(context.Context) error { return nil }

// fail stops what started and returns err.
func (h *handSeq) fail(ctx context.Context, err error) error {
	_ = h.Stop(ctx)
	return err
}
`

// peersGo writes the wiring of the peer systems for g: the fx providers,
// the straight-line sequential code and the table of the generic peers.
func peersGo(comps, graphExpr string, g dag.Graph) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "// %s\n\n// Package systems starts the components of its parent package with every\n// system measured.\npackage systems\n", Header)
	fmt.Fprintf(&b, peersHead, comps)
	fmt.Fprintf(&b, "\n// Graph is the dependency graph of this package's components.\nvar Graph = %s\n", graphExpr)
	fxGo(&b, g)
	handSeqGo(&b, g)
	tableGo(&b, g)
	return b.Bytes()
}

func fxGo(b *bytes.Buffer, g dag.Graph) {
	b.WriteString("\n// fxOptions provides every component and invokes the leaves.\nvar fxOptions = fx.Options(\nfx.NopLogger,\nfx.Provide(\n")
	for i := range g.Deps {
		fmt.Fprintf(b, "fxC%d,\n", i)
	}
	b.WriteString("),\nfx.Invoke(func(")
	dependents := g.Dependents()
	first := true
	for i := range g.Deps {
		if len(dependents[i]) == 0 {
			if !first {
				b.WriteString(", ")
			}
			first = false
			fmt.Fprintf(b, "*c.C%d", i)
		}
	}
	b.WriteString(") {}),\n)\n")
	for i, ds := range g.Deps {
		fmt.Fprintf(b, "\nfunc fxC%d(lc fx.Lifecycle%s) (*c.C%d, error) {\n", i, params("c.", ds), i)
		fmt.Fprintf(b, "v, err := c.NewC%d(context.Background()%s)\nif err != nil {\nreturn nil, err\n}\n", i, depArgs(ds))
		b.WriteString("lc.Append(fx.Hook{OnStart: fxNop, OnStop: func(context.Context) error { v.Stop(); return nil }})\nreturn v, nil\n}\n")
	}
}

func depArgs(ds []int) string {
	var s strings.Builder
	for _, d := range ds {
		fmt.Fprintf(&s, ", d%d", d)
	}
	return s.String()
}

func handSeqGo(b *bytes.Buffer, g dag.Graph) {
	b.WriteString("\n// handSeq is the hand-written sequential system: straight-line calls.\ntype handSeq struct {\nstarted int\n")
	for i := range g.Deps {
		fmt.Fprintf(b, "c%d *c.C%d\n", i, i)
	}
	b.WriteString("}\n\nfunc startHandSeq(ctx context.Context) (sys.Stopper, error) {\nh := &handSeq{}\nvar err error\n")
	for i, ds := range g.Deps {
		fmt.Fprintf(b, "if h.c%d, err = c.NewC%d(%s); err != nil {\nreturn nil, h.fail(ctx, err)\n}\nh.started = %d\n", i, i, args("ctx", "h.", ds), i+1)
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
