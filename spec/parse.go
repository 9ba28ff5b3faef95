package spec

import (
	"bytes"
	"fmt"
	"sort"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/hashicorp/hcl/v2/json"
)

// Parse decodes and validates one spec. filename selects the syntax
// (".hcl.json" is HCL JSON, anything else native HCL) and is used in
// diagnostics. Parse reports every problem it finds; the returned Spec is
// nil when diags has errors.
//
// Syntax errors stop Parse before decoding, since a file that does not
// parse would otherwise give misleading follow-on errors. After decoding
// every check runs, so one call reports all the problems in the file.
func Parse(filename string, src []byte) (*Spec, hcl.Diagnostics) {
	s, diags := ParseForTypes(filename, src)
	if diags.HasErrors() {
		return nil, diags
	}
	return s, diags
}

// ParseForTypes is Parse for a caller that goes on to check the spec's Go
// names and types (CheckTypes): it also returns the spec when every error
// is in a value (a duration, a number, a policy, restart limits, a target,
// a queue nobody consumes), since those leave every name, reference and
// type in place. The type mistakes are then reported in the same run as
// the value mistakes. A spec returned with errors must not be generated.
func ParseForTypes(filename string, src []byte) (*Spec, hcl.Diagnostics) {
	file, diags := parseSyntax(filename, src)
	if diags.HasErrors() || file == nil || file.Body == nil {
		return nil, sortDiagnostics(diags)
	}
	p := newParser(filename)
	p.diags = diags
	p.decodeFile(file.Body)
	p.resolveRefs()
	p.buildGraph()
	p.closeTargets()
	p.checkQueues()
	p.checkImportsUsed()
	diags = sortDiagnostics(p.diags)
	if errorCount(diags) > p.valueErrors {
		return nil, diags
	}
	return p.spec, diags
}

// errorCount counts the errors among diags.
func errorCount(diags hcl.Diagnostics) int {
	n := 0
	for _, d := range diags {
		if d.Severity == hcl.DiagError {
			n++
		}
	}
	return n
}

// isJSON reports whether filename names a spec in HCL JSON syntax.
func isJSON(filename string) bool { return strings.HasSuffix(filename, ".hcl.json") }

// parseSyntax parses src in the syntax its filename selects.
func parseSyntax(filename string, src []byte) (*hcl.File, hcl.Diagnostics) {
	if diags := CheckDepth(filename, src); diags.HasErrors() {
		return nil, diags
	}
	if isJSON(filename) {
		// Native HCL skips a UTF-8 byte order mark; so does JSON here, as
		// RFC 8259 allows. Blanking it keeps every byte offset in place.
		if bytes.HasPrefix(src, utf8BOM) {
			src = append([]byte("   "), src[len(utf8BOM):]...)
		}
		return json.Parse(src, filename)
	}
	return hclsyntax.ParseConfig(src, filename, hcl.InitialPos)
}

// utf8BOM is the byte order mark some editors put at the start of a file.
var utf8BOM = []byte("\xef\xbb\xbf")

// parser holds the state of one Parse call: the spec being built, the
// diagnostics so far and the symbol tables of names and import aliases.
type parser struct {
	spec  *Spec
	diags hcl.Diagnostics
	// valueErrors counts the errors of valueErrorf among diags.
	valueErrors int
	// imports maps each declared alias to its use.
	imports map[string]*importUse
	// names maps each block name to its first declaration, any kind.
	names map[string]*Node
	// goNames maps each Go name to its first declaration, any kind.
	goNames map[string]*Node
	// byKind maps kind and name to the first declaration of that kind.
	byKind map[Kind]map[string]*Node
	// nodes lists every named block in spec order, inputs included.
	nodes []*Node
	// targets maps each target name to its first declaration.
	targets map[string]*Target
	// suggested counts the "did you mean" searches over the declared
	// names, which maxSuggestions bounds.
	suggested int
	// json reports a spec in HCL JSON syntax.
	json bool
}

// importUse is a declared import alias and whether any Go text uses it.
type importUse struct {
	imp  Import
	key  hcl.Range
	used bool
}

// newParser returns a parser whose spec has the file-wide defaults.
func newParser(filename string) *parser {
	return &parser{
		spec: &Spec{
			Filename:        filename,
			App:             DefaultApp,
			Startup:         StartupParallel,
			ShutdownTimeout: DefaultShutdownTimeout,
		},
		imports: map[string]*importUse{},
		names:   map[string]*Node{},
		goNames: map[string]*Node{},
		byKind:  map[Kind]map[string]*Node{},
		targets: map[string]*Target{},
		json:    isJSON(filename),
	}
}

// errorf adds an error diagnostic whose subject is rng.
func (p *parser) errorf(rng hcl.Range, summary, format string, args ...any) {
	p.add(hcl.DiagError, rng, summary, fmt.Sprintf(format, args...))
}

// valueErrorf is errorf for a mistake in a value (a duration, a number, a
// policy, restart limits, a target, a queue nobody consumes) that leaves
// every name, reference and type of the spec in place: the Go names and
// types can still be checked (ParseForTypes).
func (p *parser) valueErrorf(rng hcl.Range, summary, format string, args ...any) {
	p.valueErrors++
	p.errorf(rng, summary, format, args...)
}

// warnf adds a warning diagnostic whose subject is rng.
func (p *parser) warnf(rng hcl.Range, summary, format string, args ...any) {
	p.add(hcl.DiagWarning, rng, summary, fmt.Sprintf(format, args...))
}

// add appends one diagnostic.
func (p *parser) add(sev hcl.DiagnosticSeverity, rng hcl.Range, summary, detail string) {
	p.diags = append(p.diags, &hcl.Diagnostic{
		Severity: sev,
		Summary:  summary,
		Detail:   detail,
		Subject:  rng.Ptr(),
	})
}

// useAlias marks an import alias as used and reports whether it is
// declared.
func (p *parser) useAlias(alias string) bool {
	u, ok := p.imports[alias]
	if ok {
		u.used = true
	}
	return ok
}

// aliasHint is the sentence that ends an "Undeclared import alias" detail:
// a suggestion when a declared alias is close, else how to declare one.
func (p *parser) aliasHint(alias string) string {
	aliases := make([]string, 0, len(p.spec.Imports))
	for _, imp := range p.spec.Imports {
		aliases = append(aliases, imp.Alias)
	}
	if c := closest(alias, aliases); c != "" {
		return fmt.Sprintf(" Did you mean %q?", c)
	}
	return fmt.Sprintf(" Declare it in the lifegen block, for example imports = { %s = \"IMPORT/PATH\" }.", alias)
}

// sortDiagnostics orders diagnostics by source position, keeping the
// emission order for equal positions; those without a subject go last.
func sortDiagnostics(diags hcl.Diagnostics) hcl.Diagnostics {
	sort.SliceStable(diags, func(i, j int) bool {
		a, b := diags[i].Subject, diags[j].Subject
		switch {
		case a == nil || b == nil:
			return a != nil && b == nil
		case a.Filename != b.Filename:
			return a.Filename < b.Filename
		}
		return a.Start.Byte < b.Start.Byte
	})
	return diags
}
