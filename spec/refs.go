package spec

import (
	"fmt"
	"slices"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
)

// refKinds are the words a reference can start with.
var refKinds = []string{string(KindService), string(KindQueue), string(KindInput), string(KindWorker), string(KindApp)}

// AppShutdown is the name in app.shutdown, the only reference to the app
// itself: in depends_on it passes the function that begins a shutdown.
const AppShutdown = "shutdown"

// parseRef reads one reference, KIND.NAME with a kind of refKinds, written
// as a traversal (native) or a string (JSON). Of the app, only
// app.shutdown exists.
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
	if !slices.Contains(refKinds, root) {
		hint := ""
		if c := closest(root, refKinds); c != "" {
			hint = fmt.Sprintf(" Did you mean %s.%s?", c, attr.Name)
		}
		p.errorf(rng, "Invalid reference", "A reference starts with service, queue, input, worker or app, not %q.%s", root, hint)
		return Ref{}, false
	}
	ref := Ref{Kind: Kind(root), Name: attr.Name, Range: rng}
	if ref.Kind == KindApp && ref.Name != AppShutdown {
		hint := ""
		if closest(ref.Name, []string{AppShutdown}) != "" {
			hint = " Did you mean app.shutdown?"
		}
		p.errorf(rng, "Unknown app reference", "The app has nothing named %q. The only app reference is app.shutdown, which passes the function that begins a shutdown.%s", ref.Name, hint)
		return Ref{}, false
	}
	return ref, true
}

// quotedRefHint explains that native syntax takes references unquoted,
// when expr is a string that would have been one.
func quotedRefHint(expr hcl.Expression) string {
	v, diags := expr.Value(nil)
	if diags.HasErrors() || v.IsNull() || !v.IsWhollyKnown() || !v.Type().Equals(cty.String) {
		return ""
	}
	if kind, _, ok := strings.Cut(v.AsString(), "."); ok && slices.Contains(refKinds, kind) {
		return fmt.Sprintf(" In native syntax write references without quotes: %s.", v.AsString())
	}
	return ""
}

// refKey is a reference without its range, to compare references.
func refKey(r Ref) Ref { return Ref{Kind: r.Kind, Name: r.Name} }

// list returns the elements of a list attribute, reporting a value that is
// not a list.
func (p *parser) list(expr hcl.Expression) []hcl.Expression {
	exprs, diags := hcl.ExprList(expr)
	p.diags = append(p.diags, diags...)
	return exprs
}

// listItems returns the elements of expr when it is a list: a nested list
// in native syntax, a nested array in JSON.
func listItems(expr hcl.Expression) ([]hcl.Expression, bool) {
	items, diags := hcl.ExprList(expr)
	return items, !diags.HasErrors()
}

// dependsOn reads the depends_on list of owner: references and groups of
// references, of an allowed kind, neither to owner itself nor repeated
// (groups included).
func (p *parser) dependsOn(attrs hcl.Attributes, owner *Node) []Dep {
	attr := attrs["depends_on"]
	if attr == nil {
		return nil
	}
	var deps []Dep
	seen := map[Ref]hcl.Range{}
	for _, expr := range p.list(attr.Expr) {
		if items, ok := listItems(expr); ok {
			if d, ok := p.group(expr, items, owner, seen); ok {
				deps = append(deps, d)
			}
			continue
		}
		ref, ok := p.parseRef(expr)
		if !ok || !p.checkDependency(ref, owner, seen) {
			continue
		}
		deps = append(deps, Dep{Refs: []Ref{ref}, Range: ref.Range})
	}
	return deps
}

// group reads a nested list of depends_on: one level of services, queues
// and inputs, at least one.
func (p *parser) group(expr hcl.Expression, items []hcl.Expression, owner *Node, seen map[Ref]hcl.Range) (Dep, bool) {
	d := Dep{Group: true, Range: expr.Range()}
	if len(items) == 0 {
		p.errorf(d.Range, "Empty dependency group", "This group lists no dependencies, so it would pass nothing. List its members, such as [service.echo, service.hello], or remove it.")
		return d, false
	}
	for _, item := range items {
		if _, nested := listItems(item); nested {
			p.errorf(item.Range(), "Nested dependency group", "A group is one level of brackets inside depends_on, such as [input.log, [service.echo, service.hello]]; a group cannot hold another. Move these references into the enclosing group, or make them a group of their own.")
			continue
		}
		ref, ok := p.parseRef(item)
		if !ok || !p.checkGroupMember(ref) || !p.checkDependency(ref, owner, seen) {
			continue
		}
		d.Refs = append(d.Refs, ref)
	}
	return d, len(d.Refs) > 0
}

// checkGroupMember checks the kind of a group member: a service, queue or
// input, whose values the group passes together.
func (p *parser) checkGroupMember(ref Ref) bool {
	switch ref.Kind {
	case KindWorker:
		p.errorf(ref.Range, "Invalid group member", "%s cannot be in a group: a worker has no value to pass. Group services, queues and inputs.", ref)
	case KindApp:
		p.errorf(ref.Range, "Invalid group member", "%s cannot be in a group: it passes the shutdown function, not a value of the group. List it in depends_on on its own.", ref)
	default:
		return true
	}
	return false
}

// checkDependency checks one depends_on entry of owner against its kind,
// owner and the entries before it (seen, by kind and name).
func (p *parser) checkDependency(ref Ref, owner *Node, seen map[Ref]hcl.Range) bool {
	switch prev, dup := seen[refKey(ref)]; {
	case ref.Kind == KindWorker:
		p.errorf(ref.Range, "Invalid dependency kind", "%s cannot be a dependency: a worker has no value to pass and is started by its queue. Depend on the queue the worker consumes instead, or list %s in after to start after it.", ref, ref)
	case ref.Kind == owner.Kind && ref.Name == owner.Name:
		p.errorf(ref.Range, "Self-dependency", "The %s %q lists itself in depends_on. Remove %s from the list.", owner.Kind, owner.Name, ref)
	case dup:
		p.errorf(ref.Range, "Duplicate dependency", "%s is already listed at %s. List each dependency once.", ref, prev)
	default:
		seen[refKey(ref)] = ref.Range
		return true
	}
	return false
}

// after reads the after list of owner: services, queues and workers that
// owner starts after without needing them, neither owner itself, nor
// repeated, nor in its depends_on (deps).
func (p *parser) after(attrs hcl.Attributes, owner *Node, deps []Dep) []Ref {
	attr := attrs["after"]
	if attr == nil {
		return nil
	}
	inDeps := map[Ref]hcl.Range{}
	for _, r := range Refs(deps) {
		inDeps[refKey(r)] = r.Range
	}
	var after []Ref
	seen := map[Ref]hcl.Range{}
	for _, expr := range p.list(attr.Expr) {
		ref, ok := p.parseRef(expr)
		if ok && p.checkAfter(ref, owner, seen, inDeps) {
			after = append(after, ref)
		}
	}
	return after
}

// checkAfter checks one after entry of owner against its kind, owner, the
// entries before it (seen) and the depends_on entries (inDeps).
func (p *parser) checkAfter(ref Ref, owner *Node, seen, inDeps map[Ref]hcl.Range) bool {
	prev, dup := seen[refKey(ref)]
	dep, inBoth := inDeps[refKey(ref)]
	switch {
	case ref.Kind == KindInput:
		p.errorf(ref.Range, "Invalid after reference", "%s cannot be in after: an input is passed to NewApp and is ready before Start, so there is nothing to wait for. Remove it.", ref)
	case ref.Kind == KindApp:
		p.errorf(ref.Range, "Invalid after reference", "%s cannot be in after: it passes the shutdown function and orders nothing. List it in depends_on instead.", ref)
	case ref.Kind == owner.Kind && ref.Name == owner.Name:
		p.errorf(ref.Range, "Self-dependency", "The %s %q lists itself in after. Remove %s from the list.", owner.Kind, owner.Name, ref)
	case dup:
		p.errorf(ref.Range, "Duplicate dependency", "%s is already listed at %s. List each dependency once.", ref, prev)
	case inBoth:
		p.errorf(ref.Range, "Reference in both depends_on and after", "%s is already listed in depends_on at %s, which orders it as well. Remove it from after.", ref, dep)
	default:
		seen[refKey(ref)] = ref.Range
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
		p.errorf(ref.Range, "Invalid queue reference", "A worker consumes a queue, so its queue must be a reference such as queue.orders; %s is %s.", ref, withArticle(string(ref.Kind)))
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
			p.resolveAll(c.After)
		case *Worker:
			p.resolveAll(Refs(c.DependsOn))
			p.resolveAll(c.After)
			if c.Queue.Kind != "" {
				p.resolve(c.Queue)
			}
		}
	}
	for _, t := range p.spec.Targets {
		p.resolveAll(t.Components)
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
// name of the same kind or, failing that, of any kind. app.shutdown
// always resolves.
func (p *parser) resolve(ref Ref) {
	if ref.Kind == KindApp || p.lookup(ref) != nil {
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
