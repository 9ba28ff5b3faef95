package main

import (
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/lifegen/lifegen/spec"
)

// graphOptions are the flags of graph.
type graphOptions struct {
	format *enumFlag
	target string
}

func newGraphCmd() *cobra.Command {
	o := &graphOptions{}
	cmd := &cobra.Command{
		Use:   "graph [SPEC]",
		Short: "Print the dependency graph of a spec",
		Long: `Graph prints the startup graph of one spec: its components by kind, the
edges from each dependency to what depends on it (inputs included), the
startup waves (components that start together in parallel mode) and the
critical path, the longest chain of dependencies, which bounds startup time.
Edges from after, which order without passing anything, are marked
"(after)" in text and drawn dashed in mermaid and dot.

With --target, only that target's part is drawn: its components and
everything they need, with waves and critical path as they are when only
that target runs. After edges that leave the part are left out, since they
are ignored when one end does not run.

Formats: text (default, for people), mermaid (a flowchart for Markdown; one
subgraph per wave, node shapes by kind, critical path in bold red) and dot
(Graphviz; one cluster per wave).`,
		Example: `  lifegen graph
  lifegen graph --format mermaid > docs/lifecycle.mmd
  lifegen graph --format dot api.lifecycle.hcl | dot -Tsvg > graph.svg
  lifegen graph --target frontend`,
		Args:              cobra.MaximumNArgs(1),
		ValidArgsFunction: specArgsCompletion,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runGraph(cmd, o, args)
		},
	}
	o.format = addFormatFlag(cmd, "output `format`: text, mermaid or dot", "text", "mermaid", "dot")
	cmd.Flags().StringVar(&o.target, "target", "", "draw only the part of target `NAME`: its components and what they need")
	cmd.RegisterFlagCompletionFunc("target", targetCompletion)
	return cmd
}

func runGraph(cmd *cobra.Command, o *graphOptions, args []string) error {
	s := newSession(cmd.ErrOrStderr())
	sp, target, err := s.oneSpec("graph", args, o.target)
	if err != nil {
		return err
	}
	if sp != nil {
		g := newGraphView(sp, target)
		w := cmd.OutOrStdout()
		switch o.format.value {
		case "mermaid":
			g.writeMermaid(w)
		case "dot":
			g.writeDot(w)
		default:
			g.writeText(w)
		}
	}
	return s.finish(cmd.ErrOrStderr(), "text")
}

// oneSpec reads the one spec that args name, for a command that takes one
// (graph, deploy), and the target named by --target, if any. It returns
// a usage error when args name several specs or an unknown target (after
// printing the spec's warnings), and a nil spec when the spec has errors,
// which the session reports.
func (s *session) oneSpec(command string, args []string, targetName string) (*spec.Spec, *spec.Target, error) {
	paths := s.specs(args)
	if !s.hasFailed() && len(paths) != 1 {
		return nil, nil, fmt.Errorf("%s takes one spec, but %s holds %d", command, args[0], len(paths))
	}
	if len(paths) != 1 {
		return nil, nil, nil
	}
	sp := s.parse(paths[0])
	if sp == nil {
		return nil, nil, nil
	}
	target, err := findTarget(sp, targetName)
	if err != nil {
		s.finish(s.stderr, "text") // the spec's warnings come before the usage error
		return nil, nil, err
	}
	return sp, target, nil
}

// targetCompletion completes --target with the targets of the spec the
// arguments name (lifecycle.hcl without arguments); nothing when that is
// not one valid spec.
func targetCompletion(_ *cobra.Command, args []string, _ string) ([]cobra.Completion, cobra.ShellCompDirective) {
	paths, errs := resolveSpecs(args)
	if len(paths) != 1 || len(errs) > 0 {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	src, err := os.ReadFile(paths[0])
	if err != nil {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	sp, _ := spec.Parse(paths[0], src)
	if sp == nil {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	var names []cobra.Completion
	for _, t := range sp.Targets {
		names = append(names, t.Name)
	}
	return names, cobra.ShellCompDirectiveNoFileComp
}

// findTarget returns the target named name, nil for "". A name the spec
// does not declare is a usage error (exit 2) that lists the ones it does:
// the spec is fine, the command line is not.
func findTarget(sp *spec.Spec, name string) (*spec.Target, error) {
	if name == "" {
		return nil, nil
	}
	var names []string
	for _, t := range sp.Targets {
		if t.Name == name {
			return t, nil
		}
		names = append(names, strconv.Quote(t.Name))
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("unknown target %q: %s declares no targets", name, sp.Filename)
	}
	return nil, fmt.Errorf("unknown target %q: the targets of %s are %s", name, sp.Filename, strings.Join(names, ", "))
}

// graphView is a spec's graph prepared for printing: inputs and components
// as one node list (inputs first, then components, each in spec order),
// and edges from dependency to dependent.
type graphView struct {
	app    string
	nodes  []graphNode
	edges  []graphEdge // in order of dependent, then its depends_on and after
	waves  [][]int     // node indices
	path   []int       // the critical path, node indices, dependency first
	inputs int         // nodes[:inputs] are the inputs
}

type graphNode struct {
	kind     spec.Kind
	name     string
	critical bool
}

type graphEdge struct {
	from, to int
	critical bool
	after    bool // an after edge: order only
}

// newGraphView prepares the graph of s, or with target non-nil of that
// target's part: its closure, and the inputs that closure uses.
func newGraphView(s *spec.Spec, target *spec.Target) *graphView {
	gr, comps := s.Graph, allNodes(len(s.Components))
	if gr == nil {
		gr = &spec.Graph{}
	}
	if target != nil {
		gr, comps = gr.Part(target.Closure), target.Closure
	}
	g := &graphView{app: s.App}
	inputIndex := map[string]int{}
	for _, in := range usedInputs(s, comps, target != nil) {
		inputIndex[in.Name] = len(g.nodes)
		g.nodes = append(g.nodes, graphNode{kind: spec.KindInput, name: in.Name})
	}
	g.inputs = len(g.nodes)
	view := map[int]int{} // component index → node index
	for _, i := range comps {
		view[i] = len(g.nodes)
		c := s.Components[i].Info()
		g.nodes = append(g.nodes, graphNode{kind: c.Kind, name: c.Name})
	}
	for _, i := range gr.CriticalPath {
		g.path = append(g.path, view[i])
		g.nodes[view[i]].critical = true
	}
	for _, wave := range gr.Waves {
		g.waves = append(g.waves, viewNodes(wave, view))
	}
	for _, i := range comps {
		g.addEdgesTo(s.Components[i], view[i], gr, inputIndex, view)
	}
	return g
}

// addEdgesTo adds the edges into component c (node to): from the inputs
// it lists, then from each node of gr.Deps, marking after edges.
func (g *graphView) addEdgesTo(c spec.Component, to int, gr *spec.Graph, inputIndex map[string]int, view map[int]int) {
	for _, ref := range dependsOn(c) {
		if ref.Kind == spec.KindInput {
			g.edges = append(g.edges, graphEdge{from: inputIndex[ref.Name], to: to})
		}
	}
	i := c.Info().Index
	if i >= len(gr.Deps) {
		return
	}
	for _, d := range gr.Deps[i] {
		g.addEdge(view[d], to, i < len(gr.After) && slices.Contains(gr.After[i], d))
	}
}

// allNodes returns 0, 1, ..., n-1.
func allNodes(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}

// usedInputs returns the inputs to draw, in spec order: all of them, or
// with onlyUsed those that the components comps list in depends_on.
func usedInputs(s *spec.Spec, comps []int, onlyUsed bool) []*spec.Input {
	if !onlyUsed {
		return s.Inputs
	}
	used := map[string]bool{}
	for _, i := range comps {
		for _, ref := range dependsOn(s.Components[i]) {
			used[ref.Name] = used[ref.Name] || ref.Kind == spec.KindInput
		}
	}
	var out []*spec.Input
	for _, in := range s.Inputs {
		if used[in.Name] {
			out = append(out, in)
		}
	}
	return out
}

// viewNodes maps component indices to node indices.
func viewNodes(comps []int, view map[int]int) []int {
	out := make([]int, len(comps))
	for k, i := range comps {
		out[k] = view[i]
	}
	return out
}

// addEdge adds a component edge, marking it critical when it joins two
// consecutive nodes of the critical path.
func (g *graphView) addEdge(from, to int, after bool) {
	crit := false
	for k := 0; k+1 < len(g.path); k++ {
		crit = crit || g.path[k] == from && g.path[k+1] == to
	}
	g.edges = append(g.edges, graphEdge{from: from, to: to, critical: crit, after: after})
}

// dependsOn returns the depends_on references of a service or worker.
func dependsOn(c spec.Component) []spec.Ref {
	switch c := c.(type) {
	case *spec.Service:
		return spec.Refs(c.DependsOn)
	case *spec.Worker:
		return spec.Refs(c.DependsOn)
	}
	return nil
}

// names returns the names of the nodes at the given indices.
func (g *graphView) names(idx []int) []string {
	var out []string
	for _, i := range idx {
		out = append(out, g.nodes[i].name)
	}
	return out
}

// id returns a node's identifier in mermaid and dot, e.g.
// "service_http_server". Names are unique across kinds, and two names
// that differ only in '-' versus '_' would have the same Go name, which
// the spec rejects, so ids are unique.
func (g *graphView) id(i int) string {
	n := g.nodes[i]
	return string(n.kind) + "_" + strings.ReplaceAll(n.name, "-", "_")
}
