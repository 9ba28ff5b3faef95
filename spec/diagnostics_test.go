package spec

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"
)

const cacheSpec = `service "database" {
  type  = "*DB"
  start = "OpenDB"
}

service "cache" {
  type       = "*Cache"
  start      = "NewCache"
  depends_on = [service.databse]
}
`

func TestWriteDiagnosticsText(t *testing.T) {
	src := []byte(cacheSpec)
	_, diags := Parse("lifecycle.hcl", src)
	var buf bytes.Buffer
	if err := WriteDiagnostics(&buf, diags, map[string][]byte{"lifecycle.hcl": src}, "text"); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{
		"Error: Reference to undeclared service",
		`on lifecycle.hcl line 9, in service "cache":`,
		"depends_on = [service.databse]",
		`Did you mean "database"?`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("text output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "\x1b[") {
		t.Errorf("text output has colour codes:\n%s", out)
	}
}

func TestWriteDiagnosticsTextJSONSource(t *testing.T) {
	src := []byte(`{"service": {"a": {"type": "*A", "start": "NewA()"}}}`)
	_, diags := Parse("x.hcl.json", src)
	var buf bytes.Buffer
	if err := WriteDiagnostics(&buf, diags, map[string][]byte{"x.hcl.json": src}, "text"); err != nil {
		t.Fatal(err)
	}
	if out := buf.String(); !strings.Contains(out, "Error: Invalid function name") || !strings.Contains(out, "on x.hcl.json line 1") {
		t.Errorf("unexpected output:\n%s", out)
	}
}

// jsonDiag is the documented JSON shape, decoded independently of the
// writer's own types.
type jsonDiag struct {
	Severity string `json:"severity"`
	Summary  string `json:"summary"`
	Detail   string `json:"detail"`
	Range    *struct {
		Filename string `json:"filename"`
		Start    struct{ Line, Column, Byte int }
		End      struct{ Line, Column, Byte int }
	} `json:"range"`
}

func TestWriteDiagnosticsJSON(t *testing.T) {
	src := []byte(cacheSpec + "queue \"q\" {\n  type = \"int\"\n}\n")
	_, diags := Parse("lifecycle.hcl", src)
	diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "No subject"})
	var buf bytes.Buffer
	if err := WriteDiagnostics(&buf, diags, map[string][]byte{"lifecycle.hcl": src}, "json"); err != nil {
		t.Fatal(err)
	}
	var got []jsonDiag
	dec := json.NewDecoder(&buf)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&got); err != nil {
		t.Fatalf("output is not the documented JSON: %v\n%s", err, buf.String())
	}
	if len(got) != 4 {
		t.Fatalf("got %d diagnostics, want 4: %+v", len(got), got)
	}
	first := got[0]
	if first.Severity != "error" || first.Summary != "Reference to undeclared service" || !strings.Contains(first.Detail, "database") {
		t.Errorf("first diagnostic: %+v", first)
	}
	if r := first.Range; r == nil || r.Filename != "lifecycle.hcl" || r.Start.Line != 9 || r.Start.Column != 17 || r.End.Column != 32 || r.Start.Byte == 0 {
		t.Errorf("first range: %+v", r)
	}
	if got[2].Severity != "warning" || got[2].Summary != "Queue has no senders" {
		t.Errorf("third diagnostic: %+v", got[2])
	}
	if got[3].Range != nil {
		t.Errorf("a diagnostic without subject has range %+v", got[3].Range)
	}
}

func TestWriteDiagnosticsEmptyJSON(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteDiagnostics(&buf, nil, nil, "json"); err != nil {
		t.Fatal(err)
	}
	if strings.TrimSpace(buf.String()) != "[]" {
		t.Errorf("no diagnostics gave %q, want []", buf.String())
	}
}

func TestWriteDiagnosticsUnknownFormat(t *testing.T) {
	if err := WriteDiagnostics(&bytes.Buffer{}, nil, nil, "xml"); err == nil {
		t.Error("format xml accepted")
	}
}

func TestWriteDiagnosticsMarksTheSubjectWithCarets(t *testing.T) {
	src := []byte("service \"x\" {\n\ttype  = \"*X\"\n\tstart = \"NewX\"\n\tdepends_on = [service.databse]\n}\nservice \"database\" {\n  type = \"*D\"\n  start = \"D\"\n}\n")
	_, diags := Parse("lifecycle.hcl", src)
	var buf strings.Builder
	if err := WriteDiagnostics(&buf, diags, map[string][]byte{"lifecycle.hcl": src}, "text"); err != nil {
		t.Fatal(err)
	}
	want := "   4: \tdepends_on = [service.databse]\n      \t              ^^^^^^^^^^^^^^^\n"
	if !strings.Contains(buf.String(), want) {
		t.Errorf("text output lacks the caret line %q:\n%s", want, buf.String())
	}
}

// A huge line (a minified JSON spec, a hostile nesting) is shown as a
// window around the subject, with the carets under it.
func TestWriteDiagnosticsClipsLongLines(t *testing.T) {
	src := []byte("service \"a\" {\n  type = \"*A\"\n  start = \"NewA\"\n  depends_on = " +
		strings.Repeat("[", 300) + strings.Repeat("]", 300) + "\n}\n")
	_, diags := Parse("deep.hcl", src)
	if !diags.HasErrors() {
		t.Fatal("no error for 300 levels of nesting")
	}
	var buf bytes.Buffer
	if err := WriteDiagnostics(&buf, diags, map[string][]byte{"deep.hcl": src}, "text"); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(buf.String(), "\n")
	for i, l := range lines {
		if n := len([]rune(l)); n > maxSourceLine+10 {
			t.Errorf("line %d has %d characters:\n%s", i+1, n, buf.String())
		}
		if strings.HasPrefix(l, "   4: ") {
			if !strings.HasPrefix(l, "   4: …[[[") || !strings.HasSuffix(l, "[…") {
				t.Errorf("source line not clipped around the subject: %q", l)
			}
			caret := lines[i+1]
			col := strings.IndexByte(caret, '^')
			if col < 0 || []rune(l)[len([]rune(caret[:col]))] != '[' {
				t.Errorf("carets do not point into the line:\n%s\n%s", l, caret)
			}
		}
	}
}

func TestClipSourceLinesKeepsShortLinesAndProse(t *testing.T) {
	long := "  12: " + strings.Repeat("x", 200) + "\n"
	prose := strings.Repeat("word ", 40) + "\n"
	got := clipSourceLines("Error: x\n\n" + long + prose)
	if want := "  12: " + strings.Repeat("x", maxSourceLine) + "…\n"; !strings.Contains(got, want) {
		t.Errorf("long source line not clipped:\n%s", got)
	}
	if !strings.Contains(got, prose) {
		t.Errorf("prose changed:\n%s", got)
	}
}
