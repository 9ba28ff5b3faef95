package spec

import (
	"fmt"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"
)

// rangeForTest is a placeholder subject for unit tests of checks.
func rangeForTest() hcl.Range {
	return hcl.Range{Filename: "t.hcl", Start: hcl.InitialPos, End: hcl.InitialPos}
}

// summaries lists the summaries of diags, in order.
func summaries(diags hcl.Diagnostics) []string {
	var out []string
	for _, d := range diags {
		out = append(out, d.Summary)
	}
	return out
}

func TestParseWarningsKeepSpec(t *testing.T) {
	src := `queue "q" { type = "int" }
worker "w" {
  queue   = queue.q
  handler = "Handle"
}`
	s, diags := Parse("w.hcl", []byte(src))
	if s == nil || diags.HasErrors() || len(diags) != 1 || diags[0].Summary != "Queue has no senders" {
		t.Fatalf("got spec %v, diags %v", s != nil, summaries(diags))
	}
}

func TestParseEmptySpec(t *testing.T) {
	for _, name := range []string{"e.hcl", "e.hcl.json"} {
		src := ""
		if strings.HasSuffix(name, ".json") {
			src = "{}"
		}
		s, diags := Parse(name, []byte(src))
		if s == nil || len(diags) != 0 || len(s.Components) != 0 || s.App != DefaultApp {
			t.Errorf("%s: spec %+v, diags %v", name, s, summaries(diags))
		}
	}
}

// TestParseJSONErrors checks problems that only JSON syntax can express.
func TestParseJSONErrors(t *testing.T) {
	tests := map[string][]string{
		`{"service": {"a": {"type": "*A", "start": "NewA", "depends_on": "service.b"}}}`:                       {"Invalid expression"},
		`{"service": {"a": {"type": "*A", "start": "NewA", "depends_on": ["service.a"]}}}`:                     {"Self-dependency"},
		`{"service": {"a": {"type": "*A", "start": "NewA", "depends_on": ["service a"]}}}`:                     {"Invalid reference"},
		`{"service": {"a": {"type": "*A", "start": "NewA", "depends_on": [1]}}}`:                               {"Invalid reference"},
		`{"service": {"a": {"type": "*A", "start": "NewA", "depends_on": ["servce.b"]}}}`:                      {"Invalid reference"},
		`{"service": {"a": {"type": "*A", "start": "NewA", "depends_on": ["service.databse"]}}}`:               {"Reference to undeclared service"},
		`{"service": {"a": {"type": "*A", "start": "${x}"}}}`:                                                  {"Invalid function name"},
		`{"service": {"a": {"type": 1, "start": "NewA"}}}`:                                                     {"Incorrect attribute value type"},
		`{"lifegen": {"imports": {"sql": "database/sql", "1x": "a/b"}}}`:                                       {"Unused import alias", "Invalid import alias"},
		`{"lifegen": {}, "lifegen": {}}`:                                                                       {"Duplicate lifegen block"},
		`{"service": {"a": {"type": "*A"}}}`:                                                                   {"Missing required argument"},
		`{"servce": {}}`:                                                                                       {"Extraneous JSON object property"},
		`{"service": {"a": {"type": "*A", "start": "NewA", "health": [{"check": "P"}, {"check": "Q"}]}}}`:      {"Duplicate health block"},
		`{"worker": {"w": {"queue": "queue.q", "handler": "H", "count": 1.5}}, "queue": {"q": {"type": "T"}}}`: {"Invalid number", "Queue has no senders"},
		`[`: {"Unclosed object", "Root value must be object", "Missing value"},
		`{"service": {"a": {"start": "NewA", "depends_on": [[]]}}}`:                                        {"Empty dependency group"},
		`{"service": {"a": {"start": "NewA", "depends_on": [[["input.b"]]]}}}`:                             {"Nested dependency group"},
		`{"service": {"a": {"start": "NewA", "depends_on": [["app.shutdown"]]}}}`:                          {"Invalid group member"},
		`{"service": {"a": {"start": "NewA", "depends_on": ["app.shutdwn"]}}}`:                             {"Unknown app reference"},
		`{"service": {"a": {"start": "NewA", "after": ["service.a"]}}}`:                                    {"Self-dependency"},
		`{"service": {"a": {"start": "NewA", "after": "service.b"}}}`:                                      {"Invalid expression"},
		`{"service": {"a": {"start": "NewA", "health": {"readiness_gate": true}}}}`:                        {"Readiness gate without a check"},
		`{"service": {"a": {"start": "NewA", "restart": [{"max": 1}, {"max": 2}], "on_exit": "restart"}}}`: {"Duplicate restart block", "Exit policy without a run loop"},
		`{"target": {"t": {"components": []}}}`:                                                            {"Empty target"},
	}
	for src, want := range tests {
		_, diags := Parse("t.hcl.json", []byte(src))
		if got := summaries(diags); strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%s:\n got %q\nwant %q", src, got, want)
		}
	}
}

// TestJSONDiagnosticsOnLabelLine checks that a diagnostic about a
// labeled block lands on the line of its name in both syntaxes, not on the
// line of the type that JSON writes once for all blocks of that type.
func TestJSONDiagnosticsOnLabelLine(t *testing.T) {
	specs := map[string]string{
		"q.hcl": `worker "w" {
  queue   = queue.backlog
  handler = "Handle"
}

queue "backlog" {
  type = "int"
}`,
		"q.hcl.json": `{
  "worker": {"w": {"queue": "queue.backlog", "handler": "Handle"}},
  "queue": {
    "other": {"type": "int"},

    "backlog": {
      "type": "int"
    }
  }
}`,
	}
	for name, src := range specs {
		_, diags := Parse(name, []byte(src))
		var got []string
		for _, d := range diags {
			if d.Summary == "Queue has no senders" && strings.Contains(d.Detail, "backlog") {
				got = append(got, fmt.Sprintf("line %d, column %d", d.Subject.Start.Line, d.Subject.Start.Column))
			}
		}
		if want := "line 6, column 5"; name == "q.hcl.json" && (len(got) != 1 || got[0] != want) {
			t.Errorf("%s: warning at %v, want %s", name, got, want)
		}
		if want := "line 6, column 1"; name == "q.hcl" && (len(got) != 1 || got[0] != want) {
			t.Errorf("%s: warning at %v, want %s", name, got, want)
		}
	}
}

// TestNoneOnlyForStartTimeout checks the detail that says where "none"
// is accepted.
func TestNoneOnlyForStartTimeout(t *testing.T) {
	_, diags := Parse("n.hcl", []byte(`service "a" {
  start         = "NewA"
  start_timeout = "none"
  stop_timeout  = "none"
}`))
	if len(diags) != 1 || diags[0].Summary != "Invalid duration" || !strings.Contains(diags[0].Detail, `only start_timeout accepts "none"`) {
		t.Errorf("diagnostics: %v", diags)
	}
}

// TestParseDiagnosticsSorted checks that diagnostics come in source order.
func TestParseDiagnosticsSorted(t *testing.T) {
	src := `service "b" {
  type       = "*B"
  start      = "NewB"
  depends_on = [service.zzz]
}
service "a" {
  type  = "**"
  start = "NewA"
}`
	_, diags := Parse("s.hcl", []byte(src))
	for i := 1; i < len(diags); i++ {
		if diags[i].Subject.Start.Byte < diags[i-1].Subject.Start.Byte {
			t.Errorf("diagnostics out of order: %v", summaries(diags))
		}
	}
}

// TestParseForTypes: a spec whose only errors are in values comes back
// for the type checks, with its errors; Parse still returns nil for it.
// A spec with any other error does not come back.
func TestParseForTypes(t *testing.T) {
	const base = `service "db" {
  start        = "OpenDB"
  stop_timeout = %q
}

service "api" {
  start      = "NewAPI"
  depends_on = [%s]
}
`
	for _, tc := range []struct {
		name, timeout, dep string
		back               bool
	}{
		{"valid", "10s", "service.db", true},
		{"bad duration", "10x", "service.db", true},
		{"bad duration and undeclared reference", "10x", "service.dbb", false},
		{"undeclared reference", "10s", "service.dbb", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := []byte(fmt.Sprintf(base, tc.timeout, tc.dep))
			s, diags := ParseForTypes("lifecycle.hcl", src)
			if (s != nil) != tc.back {
				t.Fatalf("ParseForTypes returned spec %v, want %v; diags: %v", s != nil, tc.back, diags)
			}
			if p, pdiags := Parse("lifecycle.hcl", src); (p != nil) != !pdiags.HasErrors() || len(pdiags) != len(diags) {
				t.Errorf("Parse = %v with %v, ParseForTypes gave %v", p != nil, pdiags, diags)
			}
			if tc.timeout == "10x" && !strings.Contains(diags.Error(), "Invalid duration") {
				t.Errorf("diags %v lack the invalid duration", diags)
			}
		})
	}
}
