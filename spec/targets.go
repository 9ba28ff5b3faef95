package spec

import (
	"github.com/hashicorp/hcl/v2"
)

// decodeTarget decodes a target block. Target names have the shape of
// block names but are their own namespace: unique among targets, and free
// to equal a component's name.
func (p *parser) decodeTarget(b *hcl.Block) {
	attrs := p.content(b.Body, targetSchema).Attributes
	t := &Target{Name: b.Labels[0], DeclRange: p.headerRange(b)}
	label := b.LabelRanges[0]
	switch prev := p.targets[t.Name]; {
	case !nameRE.MatchString(t.Name):
		p.valueErrorf(label, "Invalid name", "The target name %q is not valid. A name starts with a lower-case letter and has only lower-case letters, digits, \"-\" and \"_\", such as \"frontend\".", t.Name)
	case prev != nil:
		p.valueErrorf(label, "Duplicate target name", "A target named %q is already declared at %s. Target names must be unique among targets; rename one of them, or merge their components.", t.Name, prev.DeclRange)
	default:
		p.targets[t.Name] = t
	}
	if attr := attrs["components"]; attr != nil {
		t.Components = p.targetMembers(t, attr.Expr)
	}
	p.spec.Targets = append(p.spec.Targets, t)
}

// targetMembers reads the components of target t: services, queues and
// workers, at least one, each once.
func (p *parser) targetMembers(t *Target, expr hcl.Expression) []Ref {
	exprs := p.list(expr)
	if exprs != nil && len(exprs) == 0 {
		p.valueErrorf(expr.Range(), "Empty target", "Target %q lists no components, so selecting it would start nothing. List the services, queues and workers it runs, such as components = [service.api].", t.Name)
	}
	var refs []Ref
	seen := map[Ref]hcl.Range{}
	for _, e := range exprs {
		ref, ok := p.parseRef(e)
		if !ok {
			continue
		}
		switch prev, dup := seen[refKey(ref)]; {
		case ref.Kind == KindInput:
			p.valueErrorf(ref.Range, "Invalid target member", "%s cannot be a target member: an input is passed to NewApp, not started. List services, queues and workers; the inputs they use come with them.", ref)
		case ref.Kind == KindApp:
			p.valueErrorf(ref.Range, "Invalid target member", "%s cannot be a target member: it is not a component. List services, queues and workers.", ref)
		case dup:
			p.valueErrorf(ref.Range, "Duplicate target member", "%s is already listed at %s. List each component once.", ref, prev)
		default:
			seen[refKey(ref)] = ref.Range
			refs = append(refs, ref)
		}
	}
	return refs
}

// closeTargets fills each target's Closure from the graph's Needs.
func (p *parser) closeTargets() {
	for _, t := range p.spec.Targets {
		var roots []int
		for _, r := range t.Components {
			if n := p.lookup(r); n != nil {
				roots = append(roots, n.Index)
			}
		}
		t.Closure = p.spec.Graph.Closure(roots)
	}
}
