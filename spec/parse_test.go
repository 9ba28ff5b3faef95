package spec

import (
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
	}
	for src, want := range tests {
		_, diags := Parse("t.hcl.json", []byte(src))
		if got := summaries(diags); strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%s:\n got %q\nwant %q", src, got, want)
		}
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
