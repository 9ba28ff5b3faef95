package spec

import (
	"go/token"
	"sort"

	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
)

// The schemas of the spec language. HCL reports unknown and
// missing attributes and blocks against them.
var (
	fileSchema = &hcl.BodySchema{Blocks: []hcl.BlockHeaderSchema{
		{Type: "lifegen"},
		{Type: string(KindInput), LabelNames: []string{"name"}},
		{Type: string(KindService), LabelNames: []string{"name"}},
		{Type: string(KindQueue), LabelNames: []string{"name"}},
		{Type: string(KindWorker), LabelNames: []string{"name"}},
		{Type: "target", LabelNames: []string{"name"}},
	}}
	lifegenSchema = &hcl.BodySchema{Attributes: []hcl.AttributeSchema{
		{Name: "package"}, {Name: "app"}, {Name: "startup"},
		{Name: "shutdown_timeout"}, {Name: "shutdown_delay"}, {Name: "imports"},
	}}
	inputSchema = &hcl.BodySchema{Attributes: []hcl.AttributeSchema{
		{Name: "type", Required: true},
	}}
	serviceSchema = &hcl.BodySchema{
		Attributes: []hcl.AttributeSchema{
			{Name: "type"}, {Name: "start", Required: true},
			{Name: "run"}, {Name: "stop"}, {Name: "depends_on"}, {Name: "after"},
			{Name: "start_timeout"}, {Name: "stop_timeout"}, {Name: "on_exit"},
		},
		Blocks: []hcl.BlockHeaderSchema{{Type: "health"}, {Type: "restart"}},
	}
	// healthSchema leaves check optional so that a missing check can be
	// reported in the words of a readiness gate when there is one.
	healthSchema = &hcl.BodySchema{Attributes: []hcl.AttributeSchema{
		{Name: "check"}, {Name: "interval"}, {Name: "timeout"},
		{Name: "initial_delay"}, {Name: "failure_threshold"}, {Name: "on_failure"},
		{Name: "readiness_gate"},
	}}
	restartSchema = &hcl.BodySchema{Attributes: []hcl.AttributeSchema{
		{Name: "max"}, {Name: "within"}, {Name: "backoff"}, {Name: "max_backoff"},
	}}
	queueSchema = &hcl.BodySchema{Attributes: []hcl.AttributeSchema{
		{Name: "type", Required: true}, {Name: "capacity"},
	}}
	workerSchema = &hcl.BodySchema{Attributes: []hcl.AttributeSchema{
		{Name: "queue", Required: true}, {Name: "handler", Required: true},
		{Name: "count"}, {Name: "depends_on"}, {Name: "after"},
		{Name: "drain_timeout"}, {Name: "on_error"},
	}}
	targetSchema = &hcl.BodySchema{Attributes: []hcl.AttributeSchema{
		{Name: "components", Required: true},
	}}
)

// content decodes body against schema, reporting what HCL finds.
func (p *parser) content(body hcl.Body, schema *hcl.BodySchema) *hcl.BodyContent {
	c, diags := body.Content(schema)
	p.diags = append(p.diags, diags...)
	if c == nil {
		c = &hcl.BodyContent{}
	}
	return c
}

// decodeFile decodes the top-level blocks: the lifegen block first, since
// the Go text of every other block depends on its app and imports, then
// the named blocks in spec order.
func (p *parser) decodeFile(body hcl.Body) {
	c := p.content(body, fileSchema)
	var lifegen *hcl.Block
	for _, b := range c.Blocks {
		if b.Type != "lifegen" {
			continue
		}
		if lifegen != nil {
			p.errorf(b.DefRange, "Duplicate lifegen block", "A spec has at most one lifegen block, and one is already declared at %s. Merge the settings into that block.", lifegen.DefRange)
			continue
		}
		lifegen = b
		p.decodeLifegen(b)
	}
	for _, b := range c.Blocks {
		p.decodeNamed(b)
	}
}

// decodeNamed decodes one input, service, queue, worker or target block.
func (p *parser) decodeNamed(b *hcl.Block) {
	if len(b.Labels) != 1 || len(b.LabelRanges) != 1 {
		return // HCL has reported the missing label
	}
	switch Kind(b.Type) {
	case KindInput:
		p.decodeInput(b)
	case KindService:
		p.decodeService(b)
	case KindQueue:
		p.decodeQueue(b)
	case KindWorker:
		p.decodeWorker(b)
	case "target":
		p.decodeTarget(b)
	}
}

// headerRange is where diagnostics about a whole block land. In native
// syntax it is the block type and labels (`service "cache"`). In JSON it
// is the last label's property name (`"cache"`), on the block's own line,
// rather than from the type's property (`"service": {`), which every
// block of that type shares; an unlabeled block keeps HCL's range.
func (p *parser) headerRange(b *hcl.Block) hcl.Range {
	if len(b.LabelRanges) == 0 {
		return b.DefRange
	}
	last := b.LabelRanges[len(b.LabelRanges)-1]
	if p.json {
		return last
	}
	return hcl.RangeBetween(b.TypeRange, last)
}

// decodeLifegen decodes the file-wide settings.
func (p *parser) decodeLifegen(b *hcl.Block) {
	attrs := p.content(b.Body, lifegenSchema).Attributes
	if s, rng, ok := p.str(attrs, "package"); ok {
		if isIdent(s) {
			p.spec.Package = s
		} else {
			p.errorf(rng, "Invalid package name", "The package %q is not a Go package name. Write an identifier such as \"shop\", or leave package out to take it from the command line or the directory.", s)
		}
	}
	if s, rng, ok := p.str(attrs, "app"); ok {
		if isIdent(s) && token.IsExported(s) {
			p.spec.App = s
		} else {
			p.errorf(rng, "Invalid app name", "The app %q is not an exported Go identifier. Write a name that starts with an upper-case letter, such as \"App\" or \"Shop\".", s)
		}
	}
	startup, _ := p.enum(attrs, "startup", string(StartupParallel), "Unknown startup mode", string(StartupParallel), string(StartupSequential))
	p.spec.Startup = Startup(startup)
	p.spec.ShutdownTimeout, _, _ = p.duration(attrs, "shutdown_timeout", DefaultShutdownTimeout, positive)
	var delayRange hcl.Range
	var delaySet bool
	p.spec.ShutdownDelay, delayRange, delaySet = p.duration(attrs, "shutdown_delay", 0, nonNegative)
	if delaySet && p.spec.ShutdownDelay >= p.spec.ShutdownTimeout {
		p.warnf(delayRange, "Shutdown delay leaves no time to stop", "The shutdown_delay (%s) counts against the shutdown_timeout (%s), which bounds the whole shutdown, so no time would be left to stop the components. Shorten shutdown_delay or lengthen shutdown_timeout.", p.spec.ShutdownDelay, p.spec.ShutdownTimeout)
	}
	if attr := attrs["imports"]; attr != nil {
		p.decodeImports(attr)
	}
}

// decodeImports decodes lifegen.imports, an object of alias = "path".
func (p *parser) decodeImports(attr *hcl.Attribute) {
	pairs, diags := hcl.ExprMap(attr.Expr)
	p.diags = append(p.diags, diags...)
	for _, kv := range pairs {
		alias, aliasOK := p.importAlias(kv.Key)
		path, pathOK := p.importPath(kv.Value)
		if !aliasOK || !pathOK {
			continue
		}
		if prev := p.imports[alias]; prev != nil {
			p.errorf(kv.Key.Range(), "Duplicate import alias", "The alias %q is already declared at %s. Each alias names one package.", alias, prev.key)
			continue
		}
		if !p.checkAlias(alias, path, kv.Key.Range()) {
			continue
		}
		imp := Import{Alias: alias, Path: path, Range: hcl.RangeBetween(kv.Key.Range(), kv.Value.Range())}
		p.imports[alias] = &importUse{imp: imp, key: kv.Key.Range()}
		p.spec.Imports = append(p.spec.Imports, imp)
	}
	sort.Slice(p.spec.Imports, func(i, j int) bool { return p.spec.Imports[i].Alias < p.spec.Imports[j].Alias })
}

// importAlias returns the key of an imports entry: a bare keyword or a
// string.
func (p *parser) importAlias(key hcl.Expression) (string, bool) {
	if kw := hcl.ExprAsKeyword(key); kw != "" {
		return kw, true
	}
	v, ok := p.eval(key, "imports", cty.String)
	if !ok {
		return "", false
	}
	return v.AsString(), true
}

// importPath returns the value of an imports entry, a valid import path.
func (p *parser) importPath(expr hcl.Expression) (string, bool) {
	v, ok := p.eval(expr, "imports", cty.String)
	if !ok {
		return "", false
	}
	path := v.AsString()
	if err := checkImportPath(path); err != nil {
		p.errorf(expr.Range(), "Invalid import path", "The import path %q is not valid: %s. Write a Go import path such as \"database/sql\" or \"example.com/shop/store\".", path, err)
		return "", false
	}
	return path, true
}

// checkAlias checks an import alias: an identifier that does not shadow a
// name the generated code uses.
func (p *parser) checkAlias(alias, path string, rng hcl.Range) bool {
	if !isIdent(alias) {
		p.errorf(rng, "Invalid import alias", "The alias %q is not a Go identifier. Write a name such as sql; \"_\", \".\" and keywords cannot be used.", alias)
		return false
	}
	if reservedIdents[alias] {
		p.errorf(rng, "Reserved import alias", "The alias %q is reserved for generated code. Choose another alias.", alias)
		return false
	}
	if std, ok := stdAliases[alias]; ok && std != path {
		p.errorf(rng, "Reserved import alias", "The alias %q names the standard package %q in the generated code, so it cannot name %q. Choose another alias for %q.", alias, std, path, path)
		return false
	}
	return true
}
