package spec

import (
	"fmt"
	"io"
	"strings"
	"testing"
)

// hostileTemplate is a valid spec in which every string a user writes is
// a {{field}}; hostileDefaults fills them validly.
const hostileTemplate = `lifegen {
  package = "{{package}}"
  app     = "{{app}}"
  imports = { "{{alias}}" = "{{path}}" }
}
input "{{input}}" {
  type = "{{itype}}"
}
service "{{service}}" {
  type       = "{{stype}}"
  start      = "{{start}}"
  run        = "{{run}}"
  stop       = "{{stop}}"
  depends_on = [input.{{input}}]
  health {
    check = "{{check}}"
  }
}
queue "jobs" {
  type = "{{qtype}}"
}
worker "work" {
  queue   = queue.jobs
  handler = "{{handler}}"
}
`

var hostileDefaults = map[string]string{
	"package": "shop", "app": "App", "alias": "sql", "path": "database/sql",
	"input": "config", "itype": "*Config", "service": "db", "stype": "*sql.DB",
	"start": "OpenDB", "run": "Serve", "stop": "Close", "check": "Ping",
	"qtype": "Job", "handler": "Handle",
}

// hclString escapes s for the inside of a quoted HCL string, so that the
// payload reaches the spec's model verbatim.
func hclString(s string) string {
	return strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\r", `\r`, "\t", `\t`, "${", "$${", "%{", "%%{").Replace(s)
}

// hostileSpec returns the template with field set to payload.
func hostileSpec(field, payload string) string {
	src := hostileTemplate
	for k, v := range hostileDefaults {
		if k == field {
			v = payload
		}
		src = strings.ReplaceAll(src, "{{"+k+"}}", hclString(v))
	}
	return src
}

// injections are texts no string field may accept: each would put code,
// comments or broken syntax into the generated file.
var injections = []string{
	"Foo; os.Exit(1)",
	"Foo()",
	"Foo // comment",
	"Foo /* comment */",
	"Foo\nfunc init() { panic(1) }",
	"Foo)\nvar _ = os.Exit",
	"Foo}",
	"(Foo",
	"Foo{}",
	`"Foo"`,
	"`Foo`",
	"func() { os.Exit(1) }()",
	"Foo = 1",
	"Foo\x00",
	"Foo\u202e",
	"Foo\r\nBar",
	"[]Foo{nil}[0]",
	"*Foo/**/",
	"Foo\"; import \"os",
}

// TestHostileStringsAreRejected puts every injection into every string
// field: each must give an error diagnostic, and no spec.
func TestHostileStringsAreRejected(t *testing.T) {
	if s, diags := Parse("lifecycle.hcl", []byte(hostileSpec("", ""))); diags.HasErrors() || s == nil {
		t.Fatalf("the template itself is invalid: %v", diags)
	}
	for field := range hostileDefaults {
		for _, payload := range injections {
			src := hostileSpec(field, payload)
			s, diags := Parse("lifecycle.hcl", []byte(src))
			if !diags.HasErrors() || s != nil {
				t.Errorf("%s = %q: accepted\n%s", field, payload, src)
				continue
			}
			if err := WriteDiagnostics(io.Discard, diags, map[string][]byte{"lifecycle.hcl": []byte(src)}, "text"); err != nil {
				t.Errorf("%s = %q: writing diagnostics: %v", field, payload, err)
			}
		}
	}
}

// TestHostileEncodings: byte order marks, CRLF line endings and invalid
// UTF-8 give a valid spec or diagnostics, never a panic.
func TestHostileEncodings(t *testing.T) {
	valid := hostileSpec("", "")
	json := `{"service": {"db": {"type": "*DB", "start": "Open"}}}`
	for _, tc := range []struct {
		name, file, src string
		ok              bool
	}{
		{"bom", "lifecycle.hcl", "\xef\xbb\xbf" + valid, true},
		{"bom json", "lifecycle.hcl.json", "\xef\xbb\xbf" + json, true},
		{"crlf", "lifecycle.hcl", strings.ReplaceAll(valid, "\n", "\r\n"), true},
		{"crlf json", "lifecycle.hcl.json", strings.ReplaceAll(`{
  "service": {"db": {"type": "*DB", "start": "Open"}}
}`, "\n", "\r\n"), true},
		{"invalid utf-8 in a comment", "lifecycle.hcl", "# \xff\xfe\n" + valid, true},
		{"invalid utf-8 in a string", "lifecycle.hcl", strings.Replace(valid, "OpenDB", "Open\xffDB", 1), false},
		{"invalid utf-8 in a label", "lifecycle.hcl", strings.Replace(valid, `"db"`, "\"d\xc3b\"", 1), false},
		{"invalid utf-8 json", "lifecycle.hcl.json", strings.Replace(json, "Open", "Op\xffen", 1), false},
		{"duplicate json key", "lifecycle.hcl.json", `{"service": {"db": {"type": "*DB", "start": "Open", "start": "Other"}}}`, false},
		{"duplicate json block", "lifecycle.hcl.json", `{"service": {"db": {"type": "*DB", "start": "Open"}, "db": {"type": "*DB", "start": "Open"}}}`, false},
		{"duplicate json lifegen", "lifecycle.hcl.json", `{"lifegen": {"app": "A"}, "lifegen": {"app": "B"}, "service": {"db": {"type": "*DB", "start": "Open"}}}`, false},
		{"nul bytes", "lifecycle.hcl", strings.Repeat("\x00", 1000), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, diags := Parse(tc.file, []byte(tc.src))
			if tc.ok && (s == nil || diags.HasErrors()) {
				t.Errorf("want a valid spec, got %v", diags)
			}
			if !tc.ok && !diags.HasErrors() {
				t.Errorf("want an error, got a spec")
			}
			if s != nil {
				checkSpecInvariants(t, s)
			}
			if err := WriteDiagnostics(io.Discard, diags, map[string][]byte{tc.file: []byte(tc.src)}, "text"); err != nil {
				t.Error(err)
			}
		})
	}
}

// bigSpec writes a spec of n services: each depends on the previous one
// (a chain of n) and every tenth also on input "config"; with undeclared,
// every reference names a service that does not exist; with cycle, the
// first depends on the last. Names are padded to width.
func bigSpec(n, width int, mode string) []byte {
	var b strings.Builder
	b.WriteString("lifegen {\n  package = \"big\"\n}\ninput \"config\" {\n  type = \"*Config\"\n}\n")
	name := func(prefix string, i int) string { return fmt.Sprintf("%s%0*d", prefix, width, i) }
	for i := range n {
		deps := "input.config"
		switch {
		case mode == "undeclared":
			deps = "service." + name("x", i)
		case mode == "cycle":
			deps = "service." + name("s", (i+n-1)%n)
		case i > 0 && i%10 == 0:
			deps = "service." + name("s", i-1) + ", input.config"
		case i > 0:
			deps = "service." + name("s", i-1)
		}
		fmt.Fprintf(&b, "service %q {\n  type       = \"*S\"\n  start      = \"NewS\"\n  stop       = \"Close\"\n  depends_on = [%s]\n}\n", name("s", i), deps)
	}
	return []byte(b.String())
}

// TestPathologicalSpecs: long chains, long names, thousands of bad
// references, a long cycle and deep nesting all end in a spec or
// diagnostics. Undeclared references and the cycle path were quadratic;
// at these sizes that took minutes.
func TestPathologicalSpecs(t *testing.T) {
	t.Run("chain of 10k", func(t *testing.T) {
		s, diags := Parse("lifecycle.hcl", bigSpec(10_000, 5, "chain"))
		if diags.HasErrors() {
			t.Fatal(diags)
		}
		checkSpecInvariants(t, s)
		if len(s.Graph.Waves) != 10_000 {
			t.Errorf("%d waves, want 10000 (one per service)", len(s.Graph.Waves))
		}
	})
	t.Run("names of 10k characters", func(t *testing.T) {
		s, diags := Parse("lifecycle.hcl", bigSpec(3, 10_000, "chain"))
		if diags.HasErrors() {
			t.Fatal(diags)
		}
		checkSpecInvariants(t, s)
	})
	t.Run("20k undeclared references", func(t *testing.T) {
		_, diags := Parse("lifecycle.hcl", bigSpec(20_000, 5, "undeclared"))
		hints := 0
		for _, d := range diags {
			if d.Summary != "Reference to undeclared service" {
				t.Fatalf("unexpected diagnostic %v", d)
			}
			if strings.Contains(d.Detail, "Did you mean") {
				hints++
			}
		}
		if len(diags) != 20_000 || hints != maxSuggestions {
			t.Errorf("%d diagnostics with %d suggestions, want 20000 with %d", len(diags), hints, maxSuggestions)
		}
	})
	t.Run("cycle of 20k", func(t *testing.T) {
		_, diags := Parse("lifecycle.hcl", bigSpec(20_000, 5, "cycle"))
		if len(diags) != 1 || !strings.Contains(diags[0].Detail, "s00000 → s19999 → s19998") {
			t.Errorf("want one cycle diagnostic, got %d: %.200v", len(diags), diags)
		}
	})
	t.Run("deep nesting", func(t *testing.T) {
		for _, src := range []string{
			`service "db" {` + "\n" + `  type = "` + strings.Repeat("[]", 50_000) + `int"` + "\n  start = \"Open\"\n}\n",
			`service "db" {` + "\n" + `  type = "` + strings.Repeat("*", 50_000) + `int"` + "\n  start = \"Open\"\n}\n",
			`service "db" {` + "\n" + `  type = "int"` + "\n  start = \"Open\"\n  depends_on = " + strings.Repeat("[", 10_000) + strings.Repeat("]", 10_000) + "\n}\n",
			strings.Repeat("service \"db\" {\n", 10_000),
		} {
			s, diags := Parse("lifecycle.hcl", []byte(src))
			if s != nil {
				checkSpecInvariants(t, s)
			}
			if err := WriteDiagnostics(io.Discard, diags, map[string][]byte{"lifecycle.hcl": []byte(src)}, "json"); err != nil {
				t.Error(err)
			}
		}
	})
}
