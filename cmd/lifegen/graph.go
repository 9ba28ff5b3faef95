package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/lifegen/lifegen/spec"
)

func newGraphCmd() *cobra.Command {
	var format *enumFlag
	cmd := &cobra.Command{
		Use:   "graph [SPEC]",
		Short: "Print the dependency graph of a spec",
		Long: `Graph prints the startup graph of one spec: its components by kind, the
edges from each dependency to what depends on it (inputs included), the
startup waves (components that start together in parallel mode) and the
critical path, the longest chain of dependencies, which bounds startup time.

Formats: text (default, for people), mermaid (a flowchart for Markdown; one
subgraph per wave, node shapes by kind, critical path in bold red) and dot
(Graphviz; one cluster per wave).`,
		Example: `  lifegen graph
  lifegen graph --format mermaid > docs/lifecycle.mmd
  lifegen graph --format dot api.lifecycle.hcl | dot -Tsvg > graph.svg`,
		Args:              cobra.MaximumNArgs(1),
		ValidArgsFunction: specArgsCompletion,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runGraph(cmd, format.value, args)
		},
	}
	format = addFormatFlag(cmd, "output `format`: text, mermaid or dot", "text", "mermaid", "dot")
	return cmd
}

func runGraph(cmd *cobra.Command, format string, args []string) error {
	s := newSession(cmd.ErrOrStderr())
	paths := s.specs(args)
	if !s.hasFailed() && len(paths) != 1 {
		return fmt.Errorf("graph takes one spec, but %s holds %d", args[0], len(paths))
	}
	var sp *spec.Spec
	if len(paths) == 1 {
		sp = s.parse(paths[0])
	}
	if sp != nil {
		g := newGraphView(sp)
		w := cmd.OutOrStdout()
		switch format {
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

// graphView is a spec's graph prepared for printing: inputs and components
// as one node list (inputs first, then Spec.Components, each in spec
// order), and edges from dependency to dependent.
type graphView struct {
	app    string
	nodes  []graphNode
	edges  []graphEdge // in order of dependent, then its depends_on
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
}

func newGraphView(s *spec.Spec) *graphView {
	g := &graphView{app: s.App, inputs: len(s.Inputs)}
	inputIndex := map[string]int{}
	for i, in := range s.Inputs {
		inputIndex[in.Name] = i
		g.nodes = append(g.nodes, graphNode{kind: spec.KindInput, name: in.Name})
	}
	for _, c := range s.Components {
		g.nodes = append(g.nodes, graphNode{kind: c.Info().Kind, name: c.Info().Name})
	}
	gr := s.Graph
	if gr == nil {
		gr = &spec.Graph{}
	}
	for _, i := range gr.CriticalPath {
		g.path = append(g.path, g.inputs+i)
		g.nodes[g.inputs+i].critical = true
	}
	for _, wave := range gr.Waves {
		g.waves = append(g.waves, offset(wave, g.inputs))
	}
	for i, c := range s.Components {
		for _, ref := range dependsOn(c) {
			if ref.Kind == spec.KindInput {
				g.edges = append(g.edges, graphEdge{from: inputIndex[ref.Name], to: g.inputs + i})
			}
		}
		if i < len(gr.Deps) {
			for _, d := range gr.Deps[i] {
				g.addEdge(g.inputs+d, g.inputs+i)
			}
		}
	}
	return g
}

// addEdge adds a component edge, marking it critical when it joins two
// consecutive nodes of the critical path.
func (g *graphView) addEdge(from, to int) {
	crit := false
	for k := 0; k+1 < len(g.path); k++ {
		crit = crit || g.path[k] == from && g.path[k+1] == to
	}
	g.edges = append(g.edges, graphEdge{from: from, to: to, critical: crit})
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

func offset(xs []int, by int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = x + by
	}
	return out
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
