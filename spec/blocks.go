package spec

import (
	"github.com/hashicorp/hcl/v2"
)

// newNode returns the Node of a named block and declares its name.
func (p *parser) newNode(kind Kind, b *hcl.Block) Node {
	return Node{
		Kind:      kind,
		Name:      b.Labels[0],
		GoName:    GoName(b.Labels[0]),
		DeclRange: p.headerRange(b),
	}
}

// declare checks the name of a named block and records it: the name's
// shape, then that neither it nor its Go name is taken.
func (p *parser) declare(n *Node, label hcl.Range) {
	p.nodes = append(p.nodes, n)
	if p.byKind[n.Kind] == nil {
		p.byKind[n.Kind] = map[string]*Node{}
	}
	if p.byKind[n.Kind][n.Name] == nil {
		p.byKind[n.Kind][n.Name] = n
	}
	if !nameRE.MatchString(n.Name) {
		p.errorf(label, "Invalid name", "The %s name %q is not valid. A name starts with a lower-case letter and has only lower-case letters, digits, \"-\" and \"_\", such as \"http-server\".", n.Kind, n.Name)
		return
	}
	if prev := p.names[n.Name]; prev != nil {
		p.errorf(label, "Duplicate name", "A %s named %q is already declared at %s. Names must be unique across inputs, services, queues and workers; rename one of them.", prev.Kind, n.Name, prev.DeclRange)
		return
	}
	p.names[n.Name] = n
	p.declareGoName(n, label)
}

// declareGoName checks that the Go name of n is free.
func (p *parser) declareGoName(n *Node, label hcl.Range) {
	if prev := p.goNames[n.GoName]; prev != nil {
		p.errorf(label, "Go name collision", "The %s %q and the %s %q declared at %s both have the Go name %s, so the generated code cannot tell them apart. Rename one of them.", n.Kind, n.Name, prev.Kind, prev.Name, prev.DeclRange, n.GoName)
		return
	}
	p.goNames[n.GoName] = n
	if isAppMember(n.GoName) {
		p.errorf(label, "Reserved component name", "The %s %q has the Go name %s, which is already a field or method of the generated %s type. Choose another name.", n.Kind, n.Name, n.GoName, p.spec.App)
	}
}

// addComponent appends a service, queue or worker to Spec.Components.
func (p *parser) addComponent(c Component) {
	c.Info().Index = len(p.spec.Components)
	p.spec.Components = append(p.spec.Components, c)
}

// decodeInput decodes an input block.
func (p *parser) decodeInput(b *hcl.Block) {
	attrs := p.content(b.Body, inputSchema).Attributes
	in := &Input{Node: p.newNode(KindInput, b)}
	in.Index = len(p.spec.Inputs)
	p.declare(&in.Node, b.LabelRanges[0])
	in.Type = p.typeAttr(attrs)
	p.spec.Inputs = append(p.spec.Inputs, in)
}

// typeAttr decodes a type attribute, if present and valid.
func (p *parser) typeAttr(attrs hcl.Attributes) GoType {
	if s, rng, ok := p.str(attrs, "type"); ok {
		t, _ := p.goType(s, rng)
		return t
	}
	return GoType{}
}

// funcAttr decodes a start or handler attribute, if present and valid.
func (p *parser) funcAttr(attrs hcl.Attributes, name string) GoFunc {
	if s, rng, ok := p.str(attrs, name); ok {
		f, _ := p.goFunc(s, rng, name)
		return f
	}
	return GoFunc{}
}

// methodAttr decodes a run, stop or check attribute and the range of its
// value; "" when absent.
func (p *parser) methodAttr(attrs hcl.Attributes, name string) (string, hcl.Range) {
	if s, rng, ok := p.str(attrs, name); ok {
		m, _ := p.methodName(s, rng, name)
		return m, rng
	}
	return "", hcl.Range{}
}

// decodeQueue decodes a queue block.
func (p *parser) decodeQueue(b *hcl.Block) {
	attrs := p.content(b.Body, queueSchema).Attributes
	q := &Queue{Node: p.newNode(KindQueue, b)}
	p.declare(&q.Node, b.LabelRanges[0])
	q.Type = p.typeAttr(attrs)
	q.Capacity = p.integer(attrs, "capacity", 0, 0)
	p.addComponent(q)
	p.spec.Queues = append(p.spec.Queues, q)
}

// decodeWorker decodes a worker block.
func (p *parser) decodeWorker(b *hcl.Block) {
	attrs := p.content(b.Body, workerSchema).Attributes
	w := &Worker{Node: p.newNode(KindWorker, b), OnError: OnErrorLog}
	p.declare(&w.Node, b.LabelRanges[0])
	w.Queue = p.workerQueue(attrs)
	w.Handler = p.funcAttr(attrs, "handler")
	w.Count = p.integer(attrs, "count", DefaultWorkerCount, 1)
	w.DependsOn = p.dependsOn(attrs, &w.Node)
	w.After = p.after(attrs, &w.Node, w.DependsOn)
	var drainRange hcl.Range
	var drainSet bool
	w.DrainTimeout, drainRange, drainSet = p.duration(attrs, "drain_timeout", DefaultDrainTimeout, positive)
	if drainSet && w.DrainTimeout > p.spec.ShutdownTimeout {
		p.warnf(drainRange, "Drain timeout exceeds shutdown timeout", "The drain_timeout of worker %q (%s) is longer than the shutdown_timeout (%s), which bounds the whole shutdown, so draining can be cut short. Shorten drain_timeout or lengthen shutdown_timeout.", w.Name, w.DrainTimeout, p.spec.ShutdownTimeout)
	}
	w.OnError, _ = p.enum(attrs, "on_error", OnErrorLog, "Unknown on_error policy", OnErrorLog, OnErrorShutdown)
	p.addComponent(w)
	p.spec.Workers = append(p.spec.Workers, w)
}
