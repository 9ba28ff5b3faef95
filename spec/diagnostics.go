package spec

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/hashicorp/hcl/v2"
)

// WriteDiagnostics prints diags in format "text" (HCL's text format with
// source line and caret, no colour) or "json" (SPEC section 4). sources maps
// each filename given to Parse to its bytes.
func WriteDiagnostics(w io.Writer, diags hcl.Diagnostics, sources map[string][]byte, format string) error {
	switch format {
	case "text":
		return writeText(w, diags, sources)
	case "json":
		return writeJSON(w, diags)
	}
	return fmt.Errorf("unknown diagnostics format %q (want \"text\" or \"json\")", format)
}

// textWidth is the width HCL's text writer wraps details at.
const textWidth = 78

// writeText prints diags in HCL's text format.
func writeText(w io.Writer, diags hcl.Diagnostics, sources map[string][]byte) error {
	files := make(map[string]*hcl.File, len(sources))
	for name, src := range sources {
		files[name] = sourceFile(name, src)
	}
	return hcl.NewDiagnosticTextWriter(w, files, textWidth, false).WriteDiagnostics(diags)
}

// sourceFile parses src again so that the text writer can name the block
// a diagnostic is in ("in service \"cache\""); a file that does not parse
// still shows its source lines.
func sourceFile(name string, src []byte) *hcl.File {
	f, _ := parseSyntax(name, src)
	if f == nil {
		return &hcl.File{Bytes: src}
	}
	return f
}

// jsonDiagnostic is one diagnostic in the JSON format.
type jsonDiagnostic struct {
	Severity string     `json:"severity"`
	Summary  string     `json:"summary"`
	Detail   string     `json:"detail"`
	Range    *jsonRange `json:"range"`
}

// jsonRange is a source range in the JSON format.
type jsonRange struct {
	Filename string  `json:"filename"`
	Start    jsonPos `json:"start"`
	End      jsonPos `json:"end"`
}

// jsonPos is a source position in the JSON format.
type jsonPos struct {
	Line   int `json:"line"`
	Column int `json:"column"`
	Byte   int `json:"byte"`
}

// writeJSON prints diags as an indented JSON array; range is null for a
// diagnostic without a subject.
func writeJSON(w io.Writer, diags hcl.Diagnostics) error {
	out := make([]jsonDiagnostic, 0, len(diags))
	for _, d := range diags {
		jd := jsonDiagnostic{Severity: "error", Summary: d.Summary, Detail: d.Detail}
		if d.Severity == hcl.DiagWarning {
			jd.Severity = "warning"
		}
		if s := d.Subject; s != nil {
			jd.Range = &jsonRange{
				Filename: s.Filename,
				Start:    jsonPos{s.Start.Line, s.Start.Column, s.Start.Byte},
				End:      jsonPos{s.End.Line, s.End.Column, s.End.Byte},
			}
		}
		out = append(out, jd)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
