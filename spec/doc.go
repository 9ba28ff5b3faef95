// Package spec reads lifegen spec files: it decodes the HCL, validates
// every name, reference, value and piece of Go text, and builds the
// startup graph the generator works from.
//
// # Pipeline stage
//
// spec is the first stage of lifegen:
//
//	spec file ──Parse──▶ *Spec (+ Graph) ──CheckTypes──▶ typed *Spec ──generator──▶ Go source ──cmd──▶ disk
//
// Parse is a pure function of a file name and its bytes: it reads nothing
// from disk and nothing from the environment. CheckTypes is a pure
// function of a parsed spec and the Go packages the command loaded for it
// (Packages): it resolves every function, method and type the spec names
// and records what it found in the Typed fields, or, when the package
// could not be loaded, CheckWithoutTypes says so and applies the first
// version's rules. The file name selects the
// syntax (a ".hcl.json" suffix means HCL JSON, anything else native HCL)
// and names the file in diagnostics; both syntaxes decode to the same
// model.
//
// # What Parse checks
//
// Parse decodes each block with a low-level hcl.BodySchema, so HCL itself
// reports syntax errors and unknown, missing or repeated attributes and
// blocks. Parse then applies defaults and checks, in order: names and Go
// names; durations, counts and enumerated values, and the settings that
// only make sense together (restart limits, a readiness gate's check);
// the Go text of start, handler, run, stop, check and type, which must be
// identifiers, alias.Name or a type expression so that no spec can inject
// code into the generated file; import aliases and paths; references in
// depends_on (plain, grouped, app.shutdown), after, a worker's queue and
// a target's components, with "did you mean" suggestions; and finally the
// dependency graph (Graph: what each component needs, what it only starts
// after, and the order both give), reporting every cycle once with its
// whole path, and each target's closure.
//
// Every problem is an hcl.Diagnostic whose Subject covers only the
// offending text. Parse does not stop at the first problem: it reports
// all of them (except that a syntax error stops it before decoding, since
// the rest of such a file cannot be trusted). The returned Spec is nil
// when the diagnostics contain an error; warnings come with a Spec.
//
// # What CheckTypes checks
//
// CheckTypes reports, at the spec's text, every mistake that would
// otherwise be a compiler error in the generated file: unknown names (with
// a "did you mean"), constructors, handlers and methods of a shape lifegen
// cannot call, dependencies that cannot be assigned to their parameters,
// a written service type that differs from its constructor's result,
// types the generated file cannot name; and it warns about dependencies
// that look swapped. Like Parse, it reports every problem at once.
//
// docs/spec.md is the language reference and lists every diagnostic. The
// tests hold an example of each: testdata/bad has one spec per diagnostic
// of Parse, with "# ERROR: <summary>" markers on the lines where they must
// land ("//" properties in .hcl.json files), and testdata/types, a module
// of small packages each with a spec, does the same for CheckTypes and
// holds valid packages with every accepted shape.
//
// # Example
//
//	src, err := os.ReadFile("lifecycle.hcl")
//	if err != nil {
//		return err
//	}
//	s, diags := spec.Parse("lifecycle.hcl", src)
//	if len(diags) > 0 {
//		sources := map[string][]byte{"lifecycle.hcl": src}
//		spec.WriteDiagnostics(os.Stderr, diags, sources, "text")
//	}
//	if diags.HasErrors() {
//		return errInvalidSpec
//	}
//	for _, n := range s.Graph.Order {
//		fmt.Println(s.Components[n].Info().Name) // sequential startup order
//	}
//
// WriteDiagnostics prints diagnostics in HCL's text format, with the
// source line and a caret, or as a JSON array.
package spec
