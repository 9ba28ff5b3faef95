package spec

// checkQueues reports queues that no worker consumes (an error: items would
// pile up forever) and queues nothing sends to (a warning). A sender lists
// the queue in depends_on; after passes nothing.
func (p *parser) checkQueues() {
	g := p.spec.Graph
	senders := dependents(g.Needs, nil)
	for _, q := range p.spec.Queues {
		if len(g.Needs[q.Index]) == 0 {
			p.valueErrorf(q.DeclRange, "Queue has no consumers", "No worker consumes queue %q, so nothing would ever receive its items. Add a worker with queue = queue.%s, or remove the queue.", q.Name, q.Name)
		}
		if len(senders[q.Index]) == 0 {
			p.warnf(q.DeclRange, "Queue has no senders", "No service or worker lists queue.%s in depends_on, so only code outside the app can send to it. Add queue.%s to the depends_on of the component that produces its items.", q.Name, q.Name)
		}
	}
}

// checkImportsUsed warns about import aliases no Go text uses.
func (p *parser) checkImportsUsed() {
	for _, imp := range p.spec.Imports {
		if u := p.imports[imp.Alias]; !u.used {
			p.warnf(u.key, "Unused import alias", "The alias %q (%q) is not used by any type, start or handler. Remove it from lifegen.imports.", imp.Alias, imp.Path)
		}
	}
}
