package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/lifegen/lifegen/spec"
)

// kindTitles orders the sections of the text format.
var kindTitles = []struct {
	kind  spec.Kind
	title string
}{
	{spec.KindInput, "inputs"},
	{spec.KindService, "services"},
	{spec.KindQueue, "queues"},
	{spec.KindWorker, "workers"},
}

// writeText prints the graph for people: nodes by kind (critical path
// nodes marked "*"), edges (after edges marked "(after)"), startup waves
// and the critical path.
func (g *graphView) writeText(w io.Writer) {
	for _, kt := range kindTitles {
		var lines []string
		for _, n := range g.nodes {
			if n.kind == kt.kind {
				lines = append(lines, "  "+n.name+mark(n.critical, " *"))
			}
		}
		if len(lines) > 0 {
			fmt.Fprintf(w, "%s:\n%s\n", kt.title, strings.Join(lines, "\n"))
		}
	}
	fmt.Fprintf(w, "\nedges (dependency -> dependent):\n")
	for _, e := range g.edges {
		fmt.Fprintf(w, "  %s -> %s%s%s\n", g.nodes[e.from].name, g.nodes[e.to].name, mark(e.after, " (after)"), mark(e.critical, " *"))
	}
	fmt.Fprintf(w, "\nstartup waves:\n")
	for i, wave := range g.waves {
		fmt.Fprintf(w, "  %d: %s\n", i+1, strings.Join(g.names(wave), ", "))
	}
	fmt.Fprintf(w, "\ncritical path (*): %s\n", strings.Join(g.names(g.path), " -> "))
}

func mark(on bool, s string) string {
	if on {
		return s
	}
	return ""
}

// mermaidShapes are the node shapes by kind, as "open" and "close".
var mermaidShapes = map[spec.Kind][2]string{
	spec.KindInput:   {`[/"`, `"/]`},
	spec.KindService: {`["`, `"]`},
	spec.KindQueue:   {`>"`, `"]`},
	spec.KindWorker:  {`{{"`, `"}}`},
}

// writeMermaid prints a mermaid flowchart: one subgraph per startup wave,
// a shape per kind, after edges as dotted links, the critical path in a
// "critical" class and thick red links.
func (g *graphView) writeMermaid(w io.Writer) {
	fmt.Fprintf(w, "flowchart LR\n")
	fmt.Fprintf(w, "    %%%% %s: inputs [/ /], services [ ], queues > ], workers {{ }}\n", g.app)
	if g.hasAfter() {
		fmt.Fprintf(w, "    %%%% dotted links: after (order only)\n")
	}
	for i := range g.inputs {
		g.mermaidNode(w, "    ", i)
	}
	for k, wave := range g.waves {
		fmt.Fprintf(w, "    subgraph wave%d [\"wave %d\"]\n", k+1, k+1)
		for _, i := range wave {
			g.mermaidNode(w, "        ", i)
		}
		fmt.Fprintf(w, "    end\n")
	}
	var crit []string
	for k, e := range g.edges {
		fmt.Fprintf(w, "    %s %s %s\n", g.id(e.from), mermaidLink(e), g.id(e.to))
		if e.critical {
			crit = append(crit, fmt.Sprint(k))
		}
	}
	if len(g.path) > 0 {
		fmt.Fprintf(w, "    classDef critical stroke:#d00,stroke-width:3px\n")
		fmt.Fprintf(w, "    class %s critical\n", strings.Join(g.ids(g.path), ","))
	}
	if len(crit) > 0 {
		fmt.Fprintf(w, "    linkStyle %s stroke:#d00,stroke-width:3px\n", strings.Join(crit, ","))
	}
}

// mermaidLink is the arrow of an edge: dotted for after.
func mermaidLink(e graphEdge) string {
	if e.after {
		return "-.->"
	}
	return "-->"
}

// hasAfter reports whether any edge is an after edge.
func (g *graphView) hasAfter() bool {
	for _, e := range g.edges {
		if e.after {
			return true
		}
	}
	return false
}

func (g *graphView) mermaidNode(w io.Writer, indent string, i int) {
	shape := mermaidShapes[g.nodes[i].kind]
	fmt.Fprintf(w, "%s%s%s%s%s\n", indent, g.id(i), shape[0], g.nodes[i].name, shape[1])
}

func (g *graphView) ids(idx []int) []string {
	var out []string
	for _, i := range idx {
		out = append(out, g.id(i))
	}
	return out
}

// dotShapes are the Graphviz node shapes by kind.
var dotShapes = map[spec.Kind]string{
	spec.KindInput:   "parallelogram",
	spec.KindService: "box",
	spec.KindQueue:   "cds",
	spec.KindWorker:  "hexagon",
}

// writeDot prints a Graphviz digraph: one cluster per startup wave, a
// shape per kind, after edges dashed, the critical path bold red.
func (g *graphView) writeDot(w io.Writer) {
	fmt.Fprintf(w, "digraph %q {\n\trankdir=LR;\n", g.app)
	for i := range g.inputs {
		g.dotNode(w, "\t", i)
	}
	for k, wave := range g.waves {
		fmt.Fprintf(w, "\tsubgraph cluster_wave%d {\n\t\tlabel=\"wave %d\";\n", k+1, k+1)
		for _, i := range wave {
			g.dotNode(w, "\t\t", i)
		}
		fmt.Fprintf(w, "\t}\n")
	}
	for _, e := range g.edges {
		fmt.Fprintf(w, "\t%s -> %s%s;\n", g.id(e.from), g.id(e.to), dotEdgeAttrs(e))
	}
	fmt.Fprintf(w, "}\n")
}

func (g *graphView) dotNode(w io.Writer, indent string, i int) {
	n := g.nodes[i]
	fmt.Fprintf(w, "%s%s [label=%q, shape=%s%s];\n", indent, g.id(i), n.name, dotShapes[n.kind],
		mark(n.critical, ", color=red, penwidth=3"))
}

// dotEdgeAttrs are the attributes of an edge: dashed for after, bold red
// on the critical path.
func dotEdgeAttrs(e graphEdge) string {
	var attrs []string
	if e.after {
		attrs = append(attrs, "style=dashed")
	}
	if e.critical {
		attrs = append(attrs, "color=red", "penwidth=3")
	}
	if len(attrs) == 0 {
		return ""
	}
	return " [" + strings.Join(attrs, ", ") + "]"
}
