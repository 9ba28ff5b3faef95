package spec

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/hashicorp/hcl/v2/hclwrite"
)

// scanDepth returns the deepest level of native src, and the deepest with
// operators not counted, with no limit.
func scanDepth(src []byte) (all, nest int) {
	s := newDepthScan(src, 0, 1<<30, modeMain)
	s.run()
	return s.max, s.maxNest
}

// nested repeats open n times, then middle, then close n times.
func nested(open, middle, close string, n int) string {
	return strings.Repeat(open, n) + middle + strings.Repeat(close, n)
}

func TestCheckDepthCounts(t *testing.T) {
	const n = 7
	tests := []struct {
		name string
		src  string
		want int
	}{
		{"brackets", "x = " + nested("[", "", "]", n), n},
		{"parentheses", "x = " + nested("(", "1", ")", n), n},
		{"objects", "x = " + nested("{a = ", "1", "}", n), n},
		{"blocks", nested("a {\n", "", "}\n", n), n},
		{"function calls", "x = " + nested("f(", "1", ")", n), n},
		{"interpolations", "x = " + nested(`"${`, "1", `}"`, n), 2 * n},
		{"heredocs", "x = " + nested("<<EOT\n${", "1", "}\nEOT\n", n), 2 * n},
		{"indented heredocs", "x = " + nested("<<-EOT\n  ${", "1", "}\n  EOT\n", n), 2 * n},
		{"if directives", `x = "` + nested("%{ if a }", "", "%{ endif }", n) + `"`, n + 2},
		{"for directives", `x = "` + nested("%{for v in a~}", "", "%{~endfor}", n) + `"`, n + 2},
		{"directives with comments", `x = "` + nested("%{/* c */if a}", "", "%{\n# c\nendif}", n) + `"`, n + 2},
		{"unary operators", "x = " + strings.Repeat("!", n) + "true", n},
		{"negation", "x = " + strings.Repeat("- ", n) + "1", n},
		{"binary operators", "x = " + strings.Repeat("1 + ", n) + "1", n},
		{"comparisons", "x = " + strings.Repeat("1 <= ", n) + "1", n},
		{"conditionals", "x = " + strings.Repeat("a ? 1 : ", n) + "1", 2 * n},
		{"indexes", "x = a" + strings.Repeat("[b]", n), n + 1},
		{"splats", "x = a" + strings.Repeat("[*]", n), n + 2},
		{"operators inside brackets", "x = [" + strings.Repeat("1 + ", n) + "1]", n + 1},
		{"commas end an expression", "x = [" + strings.Repeat("-1, ", n) + "1]", 2},
		{"newlines end an attribute", "a = -1\nb = -1\nc = -1\n", 1},
		{"newlines end an object item", "x = {\n" + strings.Repeat("a = -1\n", n) + "}", 2},
		{"siblings", "x = [" + strings.Repeat("[[]], ", n) + "]", 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, _ := scanDepth([]byte(tt.src)); got != tt.want {
				t.Errorf("depth %d, want %d:\n%s", got, tt.want, tt.src)
			}
			if _, diags := hclsyntax.ParseConfig([]byte(tt.src), "f.hcl", hcl.InitialPos); diags.HasErrors() {
				t.Errorf("the test input does not parse: %s", diags.Error())
			}
		})
	}
}

func TestCheckDepthSkipsTextAndComments(t *testing.T) {
	deep := strings.Repeat("[({", 1000)
	tests := []struct{ name, src string }{
		{"quoted string", `x = "` + deep + `"`},
		{"escaped quote", `x = "\"` + deep + `"`},
		{"escaped interpolation", `x = "$${` + deep + `"`},
		{"escaped directive", `x = "%%{` + deep + `"`},
		{"backslash before dollar", `x = "\${` + deep + `"`},
		{"dollar without brace", `x = "$ {` + deep + `"`},
		{"string over lines", "x = \"a\n" + deep + "\n\""},
		{"heredoc", "x = <<EOT\n" + deep + "\n\"\nEOT\n"},
		{"heredoc marker with spaces", "x = <<-EOT\n" + deep + "\n  EOT  \n"},
		{"heredoc with CRLF", "x = <<EOT\r\n" + deep + "\r\nEOT\r\n"},
		{"heredoc not ended by a longer line", "x = <<EOT\nEOTX\n" + deep + "\nEOT\n"},
		{"hash comment", "# " + deep + "\n"},
		{"slash comment", "// " + deep + "\n"},
		{"block comment", "/* " + deep + "\n */"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diags := CheckDepth("f.hcl", []byte(tt.src)); diags.HasErrors() {
				t.Errorf("%s", diags.Error())
			}
		})
	}
}

func TestCheckDepthLimit(t *testing.T) {
	tests := []struct {
		name  string
		build func(n int) string
	}{
		{"f.hcl", func(n int) string { return "x = " + nested("[", "", "]", n) }},
		{"f.hcl", func(n int) string { return nested("a {\n", "", "}\n", n) }},
		{"f.hcl", func(n int) string { return "x = " + strings.Repeat("-", n) + "1" }},
		// A quote that HCL's lexer takes as part of an identifier opens
		// no string: the brackets after it count.
		{"f.hcl", func(n int) string { return "x = \xe7\"0" + nested("[", "", "]", n-1) }},
		{"f.hcl.json", func(n int) string { return nested("[", "", "]", n) }},
		{"f.hcl.json", func(n int) string { return nested(`{"a":`, "1", "}", n) }},
		// A JSON string is read as a template and as an expression, from
		// the depth of the array or object it is in.
		{"f.hcl.json", func(n int) string { return nested("[", `"()"`, "]", n-1) }},
		{"f.hcl.json", func(n int) string { return `["` + nested("${", "", "}", n-1) + `"]` }},
		{"f.hcl.json", func(n int) string { return `["` + strings.Repeat("1 + ", n-1) + `1"]` }},
		{"f.hcl.json", func(n int) string { return `{"a": "` + strings.Repeat(`\"`, 10) + nested("(", "", ")", n-1) + `"}` }},
	}
	for _, tt := range tests {
		ok := tt.build(MaxDepth)
		if diags := CheckDepth(tt.name, []byte(ok)); diags.HasErrors() {
			t.Errorf("%s at the limit: %s\n%.200s", tt.name, diags.Error(), ok)
		}
		bad := tt.build(MaxDepth + 1)
		if diags := CheckDepth(tt.name, []byte(bad)); !diags.HasErrors() {
			t.Errorf("%s past the limit: no error\n%.200s", tt.name, bad)
		}
	}
}

func TestCheckDepthDiagnostic(t *testing.T) {
	const over = MaxDepth + 1
	pos := func(line, col, byte int) hcl.Pos { return hcl.Pos{Line: line, Column: col, Byte: byte} }
	tests := []struct {
		name, src  string
		start, end hcl.Pos
	}{
		// The block is level 1, so the 100th "(" is too deep; é is one
		// column and two bytes.
		{"f.hcl", "service \"a\" {\n  é = " + strings.Repeat("(", over),
			pos(2, 7+99, 21+99), pos(2, 8+99, 22+99)},
		// Each "${ is two levels: the quote of the 51st is too deep.
		{"f.hcl", "x = " + strings.Repeat(`"${`, over),
			pos(1, 5+150, 4+150), pos(1, 6+150, 5+150)},
		// A byte order mark is not a column.
		{"f.hcl", "\xef\xbb\xbfx = " + strings.Repeat("[", over),
			pos(1, 5+100, 7+100), pos(1, 6+100, 8+100)},
		// The subject of a heredoc introducer ends after its newline.
		{"f.hcl", "x = <<EOT\n" + strings.Repeat("${<<EOT\n", over),
			pos(51, 3, 10+49*8+2), pos(52, 1, 10+49*8+8)},
		{"f.hcl.json", "{\n \"a\": " + strings.Repeat("[", over),
			pos(2, 7+99, 8+99), pos(2, 8+99, 9+99)},
		{"f.hcl.json", `{"a": "` + strings.Repeat("(", over) + `"}`,
			pos(1, 8+99, 7+99), pos(1, 9+99, 8+99)},
		// In a string with escapes, the place is the whole string.
		{"f.hcl.json", `{"a": "\n` + strings.Repeat("(", over) + `"}`,
			pos(1, 7, 6), pos(1, 7+4+over, 6+4+over)},
	}
	for _, tt := range tests {
		_, diags := Parse(tt.name, []byte(tt.src))
		if len(diags) != 1 || diags[0].Summary != "Nesting too deep" || diags[0].Subject == nil {
			t.Errorf("%.40q: diagnostics %v", tt.src, diags)
			continue
		}
		want := hcl.Range{Filename: tt.name, Start: tt.start, End: tt.end}
		if got := *diags[0].Subject; got != want {
			t.Errorf("%.40q: subject %+v, want %+v", tt.src, got, want)
		}
		if !strings.Contains(diags[0].Detail, fmt.Sprint(MaxDepth)) {
			t.Errorf("detail %q does not give the limit", diags[0].Detail)
		}
		// Printing the diagnostic parses the file again for context: it
		// must not recurse either.
		sources := map[string][]byte{tt.name: []byte(tt.src)}
		var buf bytes.Buffer
		if err := WriteDiagnostics(&buf, diags, sources, "text"); err != nil || !strings.Contains(buf.String(), "Error: Nesting too deep") {
			t.Errorf("text diagnostics %q, %v", buf.String(), err)
		}
	}
}

// lexerDepth computes what CheckDepth counts from the tokens of HCL's own
// lexer: the reference that depthScan follows byte by byte.
func lexerDepth(src []byte) (all, nest int) {
	toks, _ := hclsyntax.LexConfig(src, "f.hcl", hcl.InitialPos)
	frames := []nestFrame{{kind: frameTop}}
	ops := 0
	top := func() *nestFrame { return &frames[len(frames)-1] }
	record := func() {
		nest = max(nest, len(frames)-1)
		all = max(all, len(frames)-1+ops)
	}
	push := func(k byte) {
		top().term = false
		frames = append(frames, nestFrame{kind: k})
		record()
	}
	pop := func(kinds ...byte) {
		if len(frames) > 1 && bytes.IndexByte(kinds, top().kind) >= 0 {
			ops -= top().ops
			frames = frames[:len(frames)-1]
			top().term = true
		}
	}
	separate := func() {
		ops -= top().ops
		top().ops, top().term = 0, false
	}
	for i, tok := range toks {
		switch tok.Type {
		case hclsyntax.TokenOBrace:
			push('{')
		case hclsyntax.TokenOBrack:
			if top().term {
				top().ops++
				ops++
			}
			push('[')
		case hclsyntax.TokenOParen:
			push('(')
		case hclsyntax.TokenCBrace:
			pop('{')
		case hclsyntax.TokenCBrack:
			pop('[')
		case hclsyntax.TokenCParen:
			pop('(')
		case hclsyntax.TokenOQuote:
			push('"')
		case hclsyntax.TokenCQuote:
			pop('"')
		case hclsyntax.TokenOHeredoc:
			push('<')
		case hclsyntax.TokenCHeredoc:
			pop('<')
		case hclsyntax.TokenTemplateInterp:
			push('$')
		case hclsyntax.TokenTemplateControl:
			switch directiveKeyword(toks[i+1:]) {
			case "if":
				push('i')
			case "for":
				push('f')
			case "endif":
				pop('i')
			case "endfor":
				pop('f')
			}
			push('%')
		case hclsyntax.TokenTemplateSeqEnd:
			pop('$', '%')
		case hclsyntax.TokenNewline, hclsyntax.TokenComment:
			if k := top().kind; (k == frameTop || k == frameBrace) && bytes.HasSuffix(tok.Bytes, []byte("\n")) {
				separate()
			}
		case hclsyntax.TokenComma:
			separate()
		case hclsyntax.TokenBang, hclsyntax.TokenMinus, hclsyntax.TokenPlus, hclsyntax.TokenStar,
			hclsyntax.TokenSlash, hclsyntax.TokenPercent, hclsyntax.TokenEqualOp, hclsyntax.TokenNotEqual,
			hclsyntax.TokenLessThan, hclsyntax.TokenLessThanEq, hclsyntax.TokenGreaterThan,
			hclsyntax.TokenGreaterThanEq, hclsyntax.TokenAnd, hclsyntax.TokenOr,
			hclsyntax.TokenQuestion, hclsyntax.TokenColon:
			top().ops++
			top().term = false
			ops++
			record()
		case hclsyntax.TokenIdent, hclsyntax.TokenNumberLit:
			top().term = true
		case hclsyntax.TokenQuotedLit, hclsyntax.TokenStringLit, hclsyntax.TokenQuotedNewline, hclsyntax.TokenEOF:
		default:
			top().term = false
		}
	}
	return all, nest
}

// directiveKeyword returns the keyword HCL's template parser reads after
// a %{ token: the next token that is not a newline or a comment.
func directiveKeyword(toks hclsyntax.Tokens) string {
	for _, tok := range toks {
		switch tok.Type {
		case hclsyntax.TokenNewline, hclsyntax.TokenComment:
			continue
		case hclsyntax.TokenIdent:
			return string(tok.Bytes)
		}
		return ""
	}
	return ""
}

// checkAgainstLexer fails if depthScan counts less than the lexer-based
// reference. The nesting without operators must agree exactly, except
// where HCL's lexer gives up and turns the rest into one invalid token.
func checkAgainstLexer(t *testing.T, src []byte) {
	t.Helper()
	all, nest := scanDepth(src)
	wantAll, wantNest := lexerDepth(src)
	if all < wantAll || nest < wantNest {
		t.Fatalf("depth %d (nesting %d), lexer says %d (%d) for %q", all, nest, wantAll, wantNest, src)
	}
	if nest != wantNest && !lexerGaveUp(src) {
		t.Fatalf("nesting %d, lexer says %d for %q", nest, wantNest, src)
	}
}

// lexerGaveUp reports whether HCL's lexer stopped before the end of src.
func lexerGaveUp(src []byte) bool {
	toks, _ := hclsyntax.LexConfig(src, "f.hcl", hcl.InitialPos)
	n := len(toks)
	return n >= 2 && toks[n-2].Type == hclsyntax.TokenInvalid && toks[n-2].Range.End.Byte == len(src) && len(toks[n-2].Bytes) > 1
}

// lexerCases are inputs where depthScan must follow the lexer's modes.
var lexerCases = []string{
	`x = "a${b}c${[d]}"`,
	`x = "${"${"${[1]}"}"}"`,
	`x = "\"[" [1]`,
	`x = "\\" [1]`,
	`x = "$${[" [1]`,
	`x = "$$${[1]}"`,
	`x = "%%{ if }[" [1]`,
	"x = \"\\\n\" [1]",
	"x = <<EOT\n[\nEOT\n[1]",
	"x = <<EOT\n${[1]}EOT\nEOT\n[2]",
	"x = <<EOT\n  EOT\t \n[1]",
	"x = <<EOT\r\nEOT\r\n[1]",
	"x = <<EOT\n\x80EOT\n[1]",
	"x = <<EOT\na\x80EOT\n[1]\nEOT\n",
	"x = <<EOT\n\u00a0EOT\u00a0\n[1]",
	"x = <<ÉOT\n\"\nÉOT\n[[1]]\n\"",
	"x = <<EOT😀\n\"\n[[1]]\n\"",
	"x = <<EOT",
	"x = <<EOT\nEOT",
	"x = <<-EOT\n  ${<<EOT\n[\nEOT\n}\n  EOT\n[1]",
	"x = <<EOT\n${\n}EOT\nEOT\n",
	"x = <<EOT\n%{if a}[%{endif}\nEOT\n",
	"x = [ /* ] */ 1]",
	"x = [ /* ] 1]",
	"x = [1 /*/ ] */]",
	"x = [1] # [\n[2]",
	"x = [1] // [\r\n[2]",
	"x = { a = \"${ { } }\" }",
	"x = \"${ ( }\" [1]",
	"x = \"${ ~} [ }\"",
	"x = \"${~ 1 ~}[\"",
	"x = { ~} [1] }",
	"x = \"%{ if a }%{ if b }%{ endif }%{ endif }\"",
	"x = \"%{ if a }%{ endfor }%{ endif }\"",
	"x = \"%{ endif }%{ if a }\"",
	"x = \"%{ else }%{ for k, v in a }%{ endfor }\"",
	"x = \"%{ endifx }%{ if a }\"",
	"x = \"%{\n# c\nif a }\"",
	"x = \"%{ /* c */ for a in b }\"",
	"x = a-b-c",
	"x = 1e-5 - a",
	"x = a[0][b][*].c[d]",
	"x = (a)[0]",
	"x = f(1)[0]",
	"x = {a = 1}[\"a\"]",
	"x = [for k, v in a : k => v if v]",
	"x = a ? b : c",
	"x = a::b(1)",
	"x = f(a...)",
	"a {\n b {\n  c = [1, 2]\n }\n}",
	"x = \"\xff${[1]}\"",
	"x = \"\\\xff\" [1]",
	"x = \"\\é\" [1]",
	"x = 😀-😀-😀",
	"x = é-é",
	"x = \r [1]",
	"x = \"${\"",
	"]]]}}})))",
	"x = \"${a}\" \"${b}\"",
	// HCL's identifier tables take 0xE5-0xE9 and any two bytes: a quote,
	// a newline or a bracket can be part of an identifier.
	"x = \xe7\"0 [1]",
	"x = a-\xe7\"0 [1]",
	"x = \xe7\n0 [1]",
	"x = \xe7[[ [1]",
	"x = 1.5\xe7\"0 [1]",
	"x = <<\xe7\"0\n[\n\xe7\"0\n[1]",
	"x = <<-a\xe7\n0\n[\na\xe7\n0\n",
	"x = \"%{ if\xe7\"0 }\" [1]",
	"x = a \xef\xbb\xbf\"[\" [1]",
	"x = é\"[1]\"",
}

func TestCheckDepthFollowsLexer(t *testing.T) {
	for _, src := range lexerCases {
		checkAgainstLexer(t, []byte(src))
	}
}

// FuzzDepth builds large inputs from small parts, to reach the depths
// that crash a recursive parser: prefix, then open repeated n times, then
// middle, then close repeated n times (n is small when even, up to 256 KB
// of input when odd). Whatever CheckDepth accepts, Parse must get through
// without exhausting the stack, and on small inputs the formatter too,
// and depthScan must count at least what the lexer-based reference
// counts.
func FuzzDepth(f *testing.F) {
	seeds := []struct {
		prefix, open, middle, close string
		n                           uint32
	}{
		{"x = ", "[", "", "]", 100000},
		{"x = ", "(", "1", ")", 100000},
		{"x = ", "{a = ", "1", "}", 100000},
		{"", "a {\n", "", "}\n", 100000},
		{"x = ", `"${`, "1", `}"`, 50000},
		{"x = ", "<<EOT\n${", "1", "}\nEOT\n", 50000},
		{`x = "`, "%{if a}", "", "%{endif}", 100000},
		{"x = ", "!", "true", "", 100000},
		{"x = ", "1 + ", "1", "", 100000},
		{"x = a", "[b]", "", "", 100000},
		{"x = ", "a ? 1 : ", "1", "", 100000},
		{"x = [", "[],", "", "", 10000},
		{"x = ", "[", "", "", 100000},
		{`{"a": `, "[", "", "]", 100000},
		{`{"a": `, `{"a": `, "1", "}", 100000},
		{`{"a": "`, "${", "", "}", 100000},
		{`{"a": "`, "(", "", ")", 100000},
		{"x = [", "1, ", "", "", 10},
	}
	for _, s := range seeds {
		f.Add(s.prefix, s.open, s.middle, s.close, s.n<<1|1) // odd: large
	}
	for _, src := range lexerCases {
		f.Add(src, "", "", "", uint32(0))
	}
	f.Fuzz(func(t *testing.T, prefix, open, middle, close string, n uint32) {
		// Half the inputs are small, for the comparison with the lexer;
		// the others up to 256 KB (128K levels of "[]"), to reach the
		// depths that crash a recursive parser.
		unit := max(len(open)+len(close), 1)
		if n&1 == 0 {
			n = n >> 1 % 64
		} else {
			n = n >> 1 % uint32(256<<10/unit+1)
		}
		src := []byte(prefix + nested(open, middle, close, int(n)))
		for _, name := range []string{"f.hcl", "f.hcl.json"} {
			diags := CheckDepth(name, src)
			if diags.HasErrors() {
				continue
			}
			_, diags = Parse(name, src)
			// The text format parses the file again, for context. It is
			// left to small inputs: HCL's writer of source lines takes
			// quadratic time on a long line with invalid UTF-8.
			if len(src) <= 4096 {
				sources := map[string][]byte{name: src}
				if err := WriteDiagnostics(io.Discard, diags, sources, "text"); err != nil {
					t.Fatal(err)
				}
			}
			if name == "f.hcl" && len(src) <= 4096 { // as lifegen fmt does; large inputs are slow
				hclwrite.Format(src)
			}
		}
		if len(src) <= 4096 {
			checkAgainstLexer(t, src)
		}
	})
}

// TestCheckDepthCorpus checks that no spec in testdata comes near the
// limit, but the one that shows the diagnostic in the bad-spec corpus.
func TestCheckDepthCorpus(t *testing.T) {
	files, _ := filepath.Glob("testdata/*/*.hcl*")
	for _, file := range files {
		if filepath.Base(file) == "nesting_too_deep.hcl" {
			continue
		}
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		if diags := CheckDepth(file, src); diags.HasErrors() {
			t.Errorf("%s: %s", file, diags.Error())
		}
		if !strings.HasSuffix(file, ".json") {
			checkAgainstLexer(t, src)
		}
	}
}

// BenchmarkCheckDepth measures CheckDepth on 1 MB inputs: a flat spec,
// and runs of words that HCL's lexer has to measure. Each should take
// time in proportion to its size, a fraction of parsing it.
func BenchmarkCheckDepth(b *testing.B) {
	const n = 1 << 20
	inputs := map[string]string{
		"services":     strings.Repeat("service \"s\" {\n  type       = \"*S\"\n  depends_on = [service.a, service.b]\n}\n", n/64),
		"unicode":      "x = [" + strings.Repeat("é_é, ", n/7) + "]",
		"broken UTF-8": "x = " + strings.Repeat("\xe5`` ", n/4),
		"broken runs":  "x = " + nested("_", "", "\xf4\xb4\xe4\xac\xd2\xa0", n/7),
		"JSON":         strings.Repeat(`{"a": ["b", "${c}", {"d": "e"}]}`, n/32),
	}
	for name, src := range inputs {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			file := "f.hcl"
			if name == "JSON" {
				file = "f.hcl.json"
			}
			for b.Loop() {
				CheckDepth(file, []byte(src))
			}
		})
	}
}
