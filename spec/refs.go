package spec

import (
	"fmt"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
)

// refKinds are the words a reference can start with.
var refKinds = []string{string(KindService), string(KindQueue), string(KindInput), string(KindWorker)}

// parseRef reads one reference, service.NAME, queue.NAME, input.NAME or
// worker.NAME, written as a traversal (native) or a string (JSON).
func (p *parser) parseRef(expr hcl.Expression) (Ref, bool) {
	trav, diags := hcl.AbsTraversalForExpr(expr)
	rng := expr.Range()
	switch {
	case diags.HasErrors() || len(trav) < 2:
		p.errorf(rng, "Invalid reference", "A reference such as service.database, queue.orders or input.config is required here.%s", quotedRefHint(expr))
		return Ref{}, false
	case len(trav) > 2:
		p.errorf(rng, "Invalid reference", "A reference has exactly two parts, KIND.NAME, such as service.database; remove the rest.")
		return Ref{}, false
	}
	attr, ok := trav[1].(hcl.TraverseAttr)
	if !ok {
		p.errorf(rng, "Invalid reference", "A reference is KIND.NAME, such as service.database; index brackets are not allowed.")
		return Ref{}, false
	}
	root := trav.RootName()
	for _, k := range refKinds {
		if root == k {
			return Ref{Kind: Kind(root), Name: attr.Name, Range: rng}, true
		}
	}
	hint := ""
	if c := closest(root, refKinds); c != "" {
		hint = fmt.Sprintf(" Did you mean %s.%s?", c, attr.Name)
	}
	p.errorf(rng, "Invalid reference", "A reference starts with service, queue or input, not %q.%s", root, hint)
	return Ref{}, false
}

// quotedRefHint explains that native syntax takes references unquoted,
// when expr is a string that would have been one.
func quotedRefHint(expr hcl.Expression) string {
	v, diags := expr.Value(nil)
	if diags.HasErrors() || v.IsNull() || !v.IsWhollyKnown() || !v.Type().Equals(cty.String) {
		return ""
	}
	if kind, _, ok := strings.Cut(v.AsString(), "."); ok && (kind == "service" || kind == "queue" || kind == "input") {
		return fmt.Sprintf(" In native syntax write references without quotes: %s.", v.AsString())
	}
	return ""
}

// dependsOn reads the depends_on list of owner: references of an allowed
// kind, neither to owner itself nor repeated.
func (p *parser) dependsOn(attrs hcl.Attributes, owner *Node) []Dep {
	attr := attrs["depends_on"]
	if attr == nil {
		return nil
	}
	exprs, diags := hcl.ExprList(attr.Expr)
	p.diags = append(p.diags, diags...)
	var deps []Dep
	seen := map[Ref]hcl.Range{}
	for _, expr := range exprs {
		ref, ok := p.parseRef(expr)
		if !ok || !p.checkDependency(ref, owner, seen) {
			continue
		}
		deps = append(deps, Dep{Refs: []Ref{ref}, Range: ref.Range})
	}
	return deps
}

// checkDependency checks one depends_on entry of owner against its kind,
// owner and the entries before it (seen, by kind and name).
func (p *parser) checkDependency(ref Ref, owner *Node, seen map[Ref]hcl.Range) bool {
	key := Ref{Kind: ref.Kind, Name: ref.Name}
	switch prev, dup := seen[key]; {
	case ref.Kind == KindWorker:
		p.errorf(ref.Range, "Invalid dependency kind", "%s cannot be a dependency: a worker has no value to pass and is started by its queue. Depend on the queue the worker consumes instead.", ref)
	case ref.Kind == owner.Kind && ref.Name == owner.Name:
		p.errorf(ref.Range, "Self-dependency", "The %s %q lists itself in depends_on. Remove %s from the list.", owner.Kind, owner.Name, ref)
	case dup:
		p.errorf(ref.Range, "Duplicate dependency", "%s is already listed at %s. List each dependency once.", ref, prev)
	default:
		seen[key] = ref.Range
		return true
	}
	return false
}

// workerQueue reads a worker's queue attribute: one queue reference.
func (p *parser) workerQueue(attrs hcl.Attributes) Ref {
	attr := attrs["queue"]
	if attr == nil {
		return Ref{}
	}
	ref, ok := p.parseRef(attr.Expr)
	if !ok {
		return Ref{}
	}
	if ref.Kind != KindQueue {
		p.errorf(ref.Range, "Invalid queue reference", "A worker consumes a queue, so its queue must be a reference such as queue.orders; %s is a %s.", ref, ref.Kind)
		return Ref{}
	}
	return ref
}

// lookup returns the declaration a reference names, or nil.
func (p *parser) lookup(ref Ref) *Node {
	return p.byKind[ref.Kind][ref.Name]
}

// resolveRefs checks that every reference names a declared block.
func (p *parser) resolveRefs() {
	for _, c := range p.spec.Components {
		switch c := c.(type) {
		case *Service:
			p.resolveAll(Refs(c.DependsOn))
		case *Worker:
			p.resolveAll(Refs(c.DependsOn))
			if c.Queue.Kind != "" {
				p.resolve(c.Queue)
			}
		}
	}
}

// resolveAll resolves each reference in refs.
func (p *parser) resolveAll(refs []Ref) {
	for _, r := range refs {
		p.resolve(r)
	}
}

// maxSuggestions bounds how many undeclared references get a "did you
// mean" search. Each search compares the name with every declared one, so
// a spec with thousands of bad references would take quadratic time; a
// person fixes the first few and runs validate again.
const maxSuggestions = 100

// resolve reports a reference to an undeclared block, suggesting a close
// name of the same kind or, failing that, of any kind.
func (p *parser) resolve(ref Ref) {
	if p.lookup(ref) != nil {
		return
	}
	hint := ""
	if p.suggested < maxSuggestions {
		p.suggested++
		hint = p.suggestion(ref)
	}
	p.errorf(ref.Range, "Reference to undeclared "+string(ref.Kind), "No %s named %q is declared.%s", ref.Kind, ref.Name, hint)
}

// suggestion returns the "did you mean" sentence for an undeclared
// reference: a close name of the same kind or, failing that, of any kind.
func (p *parser) suggestion(ref Ref) string {
	if c := closest(ref.Name, p.namesOf(ref.Kind)); c != "" {
		return fmt.Sprintf(" Did you mean %q?", c)
	}
	if n := p.closestNode(ref.Name); n != nil {
		return fmt.Sprintf(" There is a %s named %q: did you mean %s.%s?", n.Kind, n.Name, n.Kind, n.Name)
	}
	return ""
}

// namesOf lists the declared names of one kind, in spec order.
func (p *parser) namesOf(kind Kind) []string {
	var names []string
	for _, n := range p.nodes {
		if n.Kind == kind {
			names = append(names, n.Name)
		}
	}
	return names
}

// closestNode returns the declared block of any kind whose name is
// closest to name, within the suggestion distance.
func (p *parser) closestNode(name string) *Node {
	names := make([]string, len(p.nodes))
	for i, n := range p.nodes {
		names[i] = n.Name
	}
	c := closest(name, names)
	if c == "" {
		return nil
	}
	return p.names[c]
}
