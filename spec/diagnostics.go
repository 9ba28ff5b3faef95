package spec

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/hashicorp/hcl/v2"
)

// WriteDiagnostics prints diags in format "text" (HCL's text format with
// source line and caret, no colour) or "json" (an array of {severity, summary, detail, range}). sources maps
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

// writeText prints diags in HCL's text format, with a line of carets
// under the offending text (HCL marks it only with colour).
func writeText(w io.Writer, diags hcl.Diagnostics, sources map[string][]byte) error {
	files := make(map[string]*hcl.File, len(sources))
	for name, src := range sources {
		files[name] = sourceFile(name, src)
	}
	var buf bytes.Buffer
	tw := hcl.NewDiagnosticTextWriter(&buf, files, textWidth, false)
	for _, d := range diags {
		buf.Reset()
		if err := tw.WriteDiagnostic(d); err != nil {
			return err
		}
		if _, err := io.WriteString(w, withCaret(buf.String(), d.Subject, sources)); err != nil {
			return err
		}
	}
	return nil
}

// withCaret inserts, after the source line where subject starts, a line
// that marks the subject with carets. A source line longer than
// maxSourceLine is shown as a window around the subject, with "…" where
// text is left out, so that one huge line cannot flood the terminal.
func withCaret(text string, subject *hcl.Range, sources map[string][]byte) string {
	src, ok := []byte(nil), false
	if subject != nil {
		src, ok = sources[subject.Filename]
	}
	if !ok || subject.Start.Byte > len(src) || subject.End.Byte > len(src) || subject.Start.Byte > subject.End.Byte {
		return clipSourceLines(text)
	}
	marker := fmt.Sprintf("%4d: ", subject.Start.Line)
	at := strings.Index(text, "\n"+marker)
	if at < 0 {
		return clipSourceLines(text)
	}
	eol := strings.IndexByte(text[at+1:], '\n')
	if eol < 0 {
		return clipSourceLines(text)
	}
	line, carets := subjectLine(src, subject)
	return clipSourceLines(text[:at+1]) + marker + line + "\n" +
		strings.Repeat(" ", len(marker)) + carets + "\n" + clipSourceLines(text[at+1+eol+1:])
}

// maxSourceLine is the most runes of a source line a diagnostic shows.
const maxSourceLine = 120

// subjectLine returns the source line where subject starts, clipped to a
// window around the subject when it is long, and the line under it: every
// character before the subject blanked (tabs kept, so columns line up) and
// the subject, up to the end of that line or window, replaced by carets.
func subjectLine(src []byte, subject *hcl.Range) (line, carets string) {
	lineStart := bytes.LastIndexByte(src[:subject.Start.Byte], '\n') + 1
	lineEnd := len(src)
	if nl := bytes.IndexByte(src[lineStart:], '\n'); nl >= 0 {
		lineEnd = lineStart + nl
	}
	before := []rune(strings.TrimSuffix(string(src[lineStart:subject.Start.Byte]), "\r"))
	after := []rune(strings.TrimSuffix(string(src[subject.Start.Byte:lineEnd]), "\r"))
	var head, tail string
	if len(before)+len(after) > maxSourceLine {
		if keep := maxSourceLine / 3; len(before) > keep {
			before, head = before[len(before)-keep:], "…"
		}
		if keep := maxSourceLine - len(before); len(after) > keep {
			after, tail = after[:keep], "…"
		}
	}
	var b strings.Builder
	b.WriteString(strings.Repeat(" ", utf8.RuneCountInString(head)))
	for _, r := range before {
		if r == '\t' {
			b.WriteRune('\t')
		} else {
			b.WriteByte(' ')
		}
	}
	marked := min(len(after), utf8.RuneCount(src[subject.Start.Byte:max(subject.Start.Byte, min(subject.End.Byte, lineEnd))]))
	b.WriteString(strings.Repeat("^", max(1, marked)))
	return head + string(before) + string(after) + tail, b.String()
}

// clipSourceLines shortens every source line of text ("  12: …") that is
// longer than maxSourceLine, keeping its start.
func clipSourceLines(text string) string {
	lines := strings.SplitAfter(text, "\n")
	for i, l := range lines {
		body := strings.TrimSuffix(l, "\n")
		colon := strings.Index(body, ": ")
		if colon < 0 || strings.TrimLeft(body[:colon], " 0123456789") != "" || utf8.RuneCountInString(body) <= maxSourceLine+colon+2 {
			continue
		}
		lines[i] = string([]rune(body)[:maxSourceLine+colon+2]) + "…" + l[len(body):]
	}
	return strings.Join(lines, "")
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
