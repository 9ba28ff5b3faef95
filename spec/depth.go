package spec

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/apparentlymart/go-textseg/v15/textseg"
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// MaxDepth is how deeply a spec may nest. HCL's parsers and evaluators
// recurse once per level, so a file nested a hundred thousand levels deep
// (200 KB of "[") exhausts the stack and kills the process; CheckDepth
// rejects such a file before any of them runs. Real specs nest a handful
// of levels: a block in a block, a list, a string.
const MaxDepth = 100

// CheckDepth reports an error diagnostic, at the place where it happens,
// when src nests deeper than MaxDepth; filename selects the syntax as in
// Parse. Parse calls it first; anything else that hands a spec to an HCL
// parser must call it too.
//
// It reads the bytes once, without recursion, and counts what the parsers
// recurse on. In native syntax that is brackets, braces and parentheses;
// quoted strings, heredocs and the ${ } and %{ } sequences inside them;
// the if and for directives of templates; and operators, since a chain
// such as 1 + 1 + ... or - - - 1 is a tree one level deeper per operator
// (an operator counts until the next comma, or newline where newlines end
// an expression), as does each index after an operand (a[x][x]...). It
// follows HCL's lexer for strings, heredocs and comments, so that brackets
// inside them are not counted. In JSON syntax it counts arrays and
// objects, and reads every string as the native template or expression
// HCL may parse it as (its ${ } sequences, and its brackets and operators
// too), starting at the string's depth.
func CheckDepth(filename string, src []byte) hcl.Diagnostics {
	var at, n int
	if isJSON(filename) {
		at, n = jsonTooDeep(src, MaxDepth)
	} else {
		s := newDepthScan(src, 0, MaxDepth, modeMain)
		s.run()
		at, n = s.errAt, s.errLen
	}
	if at < 0 {
		return nil
	}
	rng := hcl.Range{Filename: filename, Start: posAt(src, at), End: posAt(src, at+n)}
	return hcl.Diagnostics{{
		Severity: hcl.DiagError,
		Summary:  "Nesting too deep",
		Detail: fmt.Sprintf("The spec nests more than %d levels deep here: brackets, braces, parentheses, strings and their ${ } and %%{ } sequences each open a level, and so does every operator applied to the result of another. "+
			"lifegen stops at %d levels so that a broken or hostile file cannot exhaust its stack; a real spec needs a few. Simplify this expression.", MaxDepth, MaxDepth),
		Subject: rng.Ptr(),
	}}
}

// posAt returns the position of byte offset off in src, with columns
// counted in grapheme clusters as HCL counts them.
func posAt(src []byte, off int) hcl.Pos {
	off = min(off, len(src))
	lineStart := bytes.LastIndexByte(src[:off], '\n') + 1
	line := bytes.Count(src[:lineStart], []byte{'\n'}) + 1
	col, rest := 1, src[lineStart:off]
	if lineStart == 0 {
		rest = bytes.TrimPrefix(rest, utf8BOM) // HCL skips it
	}
	for len(rest) > 0 {
		adv, _, _ := textseg.ScanGraphemeClusters(rest, true)
		rest = rest[max(adv, 1):]
		col++
	}
	return hcl.Pos{Line: line, Column: col, Byte: off}
}

// Lexer modes, as in hclsyntax's scanner.
const (
	modeMain    = 'm' // expressions and bodies
	modeQuoted  = '"' // a quoted template
	modeHeredoc = '<' // a heredoc template
	modeBare    = 't' // a template on its own (an HCL JSON string)
)

// Kinds of nesting frame. A closing token pops a frame only if it matches
// the innermost one, so that unbalanced input is never under-counted.
const (
	frameTop     = 0   // the file: a body, where a newline ends an expression
	frameExpr    = 'e' // a JSON string read as an expression, where it does not
	frameBrace   = '{' // a block body or an object
	frameBrack   = '['
	frameParen   = '('
	frameInterp  = '$' // ${ ... }
	frameControl = '%' // %{ ... }
	frameQuote   = '"'
	frameHeredoc = '<'
	frameIf      = 'i' // %{ if } ... %{ endif }
	frameFor     = 'f' // %{ for } ... %{ endfor }
)

// A nestFrame is one open level.
type nestFrame struct {
	kind byte
	ops  int  // operators since the last separator, in this frame
	term bool // the last token in this frame ended an operand
}

// A lexMode is one entry of the lexer's mode stack.
type lexMode struct {
	kind        byte
	marker      []byte // heredoc: the closing marker
	startOfLine bool   // heredoc: at the start of a line, where the marker may be
}

// depthScan follows HCL's native-syntax lexer over src, byte by byte,
// keeping its mode stack and brace counts, and counts nesting.
type depthScan struct {
	src   []byte
	i     int
	base  int // levels open around src (a JSON string's depth)
	limit int

	nest []nestFrame
	ops  int // the sum of nest[*].ops

	modes     []lexMode
	braces    int   // the lexer's brace count
	retBraces []int // brace counts at which a } ends a template sequence

	noCommentEnd int // no "*/" at or after this offset
	plainTo      int // the words up to here have no broken UTF-8 (see word)

	max           int // the deepest level reached
	maxNest       int // the deepest level reached, operators not counted
	errAt, errLen int // the token that went past limit; errAt < 0 if none
}

func newDepthScan(src []byte, base, limit int, mode byte) *depthScan {
	s := &depthScan{src: src, base: base, limit: limit, errAt: -1, noCommentEnd: len(src) + 1,
		nest:  []nestFrame{{kind: frameTop}},
		modes: []lexMode{{kind: mode}}}
	if mode == modeMain {
		s.i = len(src) - len(bytes.TrimPrefix(src, utf8BOM))
	}
	return s
}

// run scans src to its end or to the first place deeper than limit.
func (s *depthScan) run() {
	for s.i < len(s.src) && s.errAt < 0 {
		switch m := &s.modes[len(s.modes)-1]; m.kind {
		case modeMain:
			s.mainToken()
		case modeQuoted:
			s.quotedToken()
		case modeHeredoc:
			s.heredocToken(m)
		default:
			s.templateToken(nil)
		}
	}
}

func (s *depthScan) top() *nestFrame { return &s.nest[len(s.nest)-1] }

func (s *depthScan) at(off int) byte {
	if off < len(s.src) {
		return s.src[off]
	}
	return 0
}

// check records the depth after the token at off, n bytes long.
func (s *depthScan) check(off, n int) {
	d := s.base + len(s.nest) - 1
	s.maxNest = max(s.maxNest, d)
	d += s.ops
	s.max = max(s.max, d)
	if d > s.limit && s.errAt < 0 {
		s.errAt, s.errLen = off, n
	}
}

func (s *depthScan) push(kind byte, off, n int) {
	s.top().term = false
	s.nest = append(s.nest, nestFrame{kind: kind})
	s.check(off, n)
}

// pop closes the innermost frame if it is of one of the kinds given.
func (s *depthScan) pop(kinds ...byte) {
	f := s.top()
	if len(s.nest) == 1 || bytes.IndexByte(kinds, f.kind) < 0 {
		return
	}
	s.ops -= f.ops
	s.nest = s.nest[:len(s.nest)-1]
	s.top().term = true
}

// op counts an operator, n bytes long at the current offset.
func (s *depthScan) op(n int) {
	f := s.top()
	f.ops++
	f.term = false
	s.ops++
	s.check(s.i, n)
	s.i += n
}

// separate ends the expression of the innermost frame: a comma, or a
// newline where newlines end expressions.
func (s *depthScan) separate() {
	f := s.top()
	s.ops -= f.ops
	f.ops, f.term = 0, false
}

// mainToken reads one token in main mode.
func (s *depthScan) mainToken() {
	c, next := s.src[s.i], s.at(s.i+1)
	switch {
	case c == ' ' || c == '\t':
		s.i++
	case c == '\n' || c == '\r' && next == '\n':
		if k := s.top().kind; k == frameTop || k == frameBrace {
			s.separate()
		}
		s.i += newlineLen(c)
	case c == '#' || c == '/' && next == '/':
		s.skipLineComment()
	case c == '/' && next == '*':
		if end := s.commentEnd(s.i + 2); end >= 0 {
			s.i = end
		} else {
			s.op(1) // not a comment: "/" and "*" are operators
		}
	case c == '"':
		s.push(frameQuote, s.i, 1)
		s.modes = append(s.modes, lexMode{kind: modeQuoted})
		s.i++
	case c == '<' && next == '<':
		s.heredocOrOp()
	case c == '{':
		s.braces++
		s.push(frameBrace, s.i, 1)
		s.i++
	case c == '}' || c == '~' && next == '}':
		s.closeBrace(c == '~')
	case c == '(':
		s.push(frameParen, s.i, 1)
		s.i++
	case c == '[':
		if s.top().term { // an index: a[x][x]... nests like an operator
			s.top().ops++
			s.ops++
		}
		s.push(frameBrack, s.i, 1)
		s.i++
	case c == ')':
		s.pop(frameParen)
		s.i++
	case c == ']':
		s.pop(frameBrack)
		s.i++
	case c == ',':
		s.separate()
		s.i++
	case c == '=' && next == '=', c == '!' && next == '=', c == '<' && next == '=', c == '>' && next == '=',
		c == '&' && next == '&', c == '|' && next == '|':
		s.op(2)
	case c == '=' && next == '>', c == ':' && next == ':':
		s.top().term = false
		s.i += 2
	case strings.IndexByte("!-+*/%<>?:", c) >= 0:
		s.op(1)
	case isWordByte(c):
		s.word()
	default: // "=", ".", and what the lexer reports as invalid
		s.top().term = false
		s.i++
	}
}

// newlineLen is the length of a newline that starts with c: "\n" or
// "\r\n".
func newlineLen(c byte) int {
	if c == '\r' {
		return 2
	}
	return 1
}

// word reads an identifier or a number. In ASCII, and in valid UTF-8,
// a word ends at the first byte that is not a letter, digit, "_" or
// non-ASCII (so "-", which HCL allows in identifiers, always counts as an
// operator). But HCL's identifier tables take some broken UTF-8 sequences
// whole, ASCII bytes included (0xE5 and any two bytes: a quote, a bracket,
// a newline), so a run of words with a lead byte whose sequence is broken
// is read by HCL's own lexer (see lexRun).
func (s *depthScan) word() {
	if s.i >= s.plainTo {
		end := s.i
	scan:
		for end < len(s.src) {
			switch c := s.src[end]; {
			case c < 0x80:
				if !isWordByte(c) && c != '-' {
					break scan
				}
				end++
			case utf8SeqLen(s.src[end:]) > 0:
				end += utf8SeqLen(s.src[end:])
			case c >= 0xC0 && c <= 0xF7: // a lead byte whose sequence is broken
				s.lexedRun()
				return
			default: // a byte that cannot start a sequence stands alone
				end++
			}
		}
		s.plainTo = end
	}
	for s.i < len(s.src) && isWordByte(s.src[s.i]) {
		s.i++
	}
	s.top().term = true
}

// lexedRun reads a run of words by HCL's lexer (see lexRun), counting its
// minus signs as operators.
func (s *depthScan) lexedRun() {
	n, minus := lexRun(s.src[s.i:])
	f := s.top()
	f.ops += minus
	s.ops += minus
	s.check(s.i, n)
	s.i += n
	f.term = true
}

// lexRun returns the length of the run of words at the start of b as
// HCL's lexer reads it, and the number of "-" in it: identifiers,
// numbers, minus signs and what the lexer reports as invalid bytes, with
// the spaces between them, up to the first other token. It lexes a window
// of b, small first, since most runs are short, and doubled while the run
// reaches to within 4 bytes of the window's end (the most the lexer looks
// ahead to end a token), so the cost follows the run's length.
func lexRun(b []byte) (n, minus int) {
	for size := 16; ; size *= 2 {
		w := append([]byte{' '}, b[:min(size, len(b))]...) // the space keeps a byte order mark as text
		toks, _ := hclsyntax.LexConfig(w, "", hcl.InitialPos)
		n, minus = 0, 0
		for _, tok := range toks {
			end := tok.Range.End.Byte - 1
			if size < len(b) && end+4 > len(w)-1 {
				break // the lexer may read this token on: widen the window
			}
			switch tok.Type {
			case hclsyntax.TokenIdent, hclsyntax.TokenNumberLit, hclsyntax.TokenInvalid, hclsyntax.TokenBadUTF8:
			case hclsyntax.TokenMinus:
				minus++
			default:
				return max(n, 1), minus
			}
			n = end
		}
		if size >= len(b) {
			return max(n, 1), minus
		}
	}
}

// lexFirst returns the type and length of the first token HCL's lexer
// reads in main mode at the start of b, which is not a space. It lexes a
// window of b, doubled until the token ends at least 4 bytes before the
// window does (the most the lexer looks ahead to end a token), so the
// cost follows the token's length, not b's.
func lexFirst(b []byte) (hclsyntax.TokenType, int) {
	for n := 64; ; n *= 2 {
		w := append([]byte{' '}, b[:min(n, len(b))]...) // the space keeps a byte order mark as text
		toks, _ := hclsyntax.LexConfig(w, "", hcl.InitialPos)
		end := toks[0].Range.End.Byte - 1
		if end+4 <= len(w)-1 || n >= len(b) {
			return toks[0].Type, max(end, 1)
		}
	}
}

// isWordByte reports whether c can be part of an identifier or a number
// (every non-ASCII byte is taken as one).
func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c >= 0x80
}

// skipLineComment skips a # or // comment up to its newline, which is
// left to end the line as HCL's parser does.
func (s *depthScan) skipLineComment() {
	if nl := bytes.IndexByte(s.src[s.i:], '\n'); nl >= 0 {
		s.i += nl
	} else {
		s.i = len(s.src)
	}
}

// commentEnd returns the offset after the "*/" that ends a comment whose
// text starts at from, or -1 when there is none. A failed search is
// remembered so that many unclosed "/*" cost one pass.
func (s *depthScan) commentEnd(from int) int {
	if from >= s.noCommentEnd {
		return -1
	}
	if end := bytes.Index(s.src[from:], []byte("*/")); end >= 0 {
		return from + end + 2
	}
	s.noCommentEnd = from
	return -1
}

// closeBrace reads "}" or "~}": the end of a ${ } or %{ } sequence, which
// returns to the template, or of a brace, as HCL's lexer decides by
// counting braces.
func (s *depthScan) closeBrace(tilde bool) {
	n := 1
	if tilde {
		n = 2
	}
	switch ret := len(s.retBraces) - 1; {
	case ret >= 0 && s.retBraces[ret] == s.braces:
		s.retBraces = s.retBraces[:ret]
		s.modes = s.modes[:len(s.modes)-1]
		s.pop(frameInterp, frameControl)
	case tilde: // the lexer ends a sequence here but stays in main mode
		s.pop(frameInterp, frameControl)
	default:
		s.pop(frameBrace)
	}
	s.braces--
	s.i += n
}

// heredocOrOp reads "<<": a heredoc introducer, "<<MARKER" or "<<-MARKER"
// and a newline, or else an operator.
func (s *depthScan) heredocOrOp() {
	n, marker := heredocIntro(s.src[s.i:])
	if n == 0 {
		s.op(1)
		return
	}
	s.push(frameHeredoc, s.i, n)
	s.modes = append(s.modes, lexMode{kind: modeHeredoc, marker: marker, startOfLine: true})
	s.i += n
}

// heredocIntro returns the length of the heredoc introducer at the start
// of b, "<<MARKER" or "<<-MARKER" and a newline, and its marker, or 0.
// The marker is an identifier; one with non-ASCII bytes is left to HCL's
// own lexer (see word).
func heredocIntro(b []byte) (int, []byte) {
	j := 2
	if j < len(b) && b[j] == '-' {
		j++
	}
	start := j
	if j >= len(b) || !(isWordByte(b[j]) && (b[j] < '0' || b[j] > '9')) {
		return 0, nil
	}
	for j < len(b) && (isWordByte(b[j]) || b[j] == '-') {
		if b[j] >= 0x80 {
			return lexedHeredocIntro(b)
		}
		j++
	}
	marker := b[start:j]
	if j < len(b) && b[j] == '\r' {
		j++
	}
	if j >= len(b) || b[j] != '\n' {
		return 0, nil
	}
	return j + 1, marker
}

// lexedHeredocIntro is heredocIntro by HCL's lexer, and its marker as the
// lexer takes it from the introducer.
func lexedHeredocIntro(b []byte) (int, []byte) {
	typ, n := lexFirst(b)
	if typ != hclsyntax.TokenOHeredoc {
		return 0, nil
	}
	marker := bytes.TrimPrefix(b[2:n-1], []byte("-"))
	return n, bytes.TrimSuffix(marker, []byte("\r"))
}

// quotedToken reads one token of a quoted template.
func (s *depthScan) quotedToken() {
	switch c := s.src[s.i]; {
	case c == '"':
		s.modes = s.modes[:len(s.modes)-1]
		s.pop(frameQuote)
		s.i++
	case c == '\\': // an escape takes the next character, unless a newline
		if next := s.at(s.i + 1); s.i+1 >= len(s.src) || next == '\n' || next == '\r' {
			s.i++
		} else {
			s.i += 2
		}
	default:
		s.templateToken(nil)
	}
}

// heredocToken reads one token of a heredoc: its closing marker, alone on
// a line, or template text.
func (s *depthScan) heredocToken(m *lexMode) {
	if m.startOfLine {
		m.startOfLine = false
		if end, ok := s.markerLine(m.marker); ok {
			s.modes = s.modes[:len(s.modes)-1]
			s.pop(frameHeredoc)
			s.i = end // the newline after the marker ends the line in main mode
			return
		}
	}
	switch c := s.src[s.i]; {
	case c == '\n' || c == '\r' && s.at(s.i+1) == '\n':
		m.startOfLine = true
		s.i += newlineLen(c)
	default:
		s.templateToken(m)
	}
}

// markerLine reports whether the line from the current offset closes a
// heredoc with marker, as HCL's lexer decides: broken UTF-8 bytes at the
// start are skipped, and the rest of the line, up to and with its newline,
// must be one literal (no "$", "%", lone "\r" or broken UTF-8) that is the
// marker once spaces are trimmed. It returns the offset of the newline.
func (s *depthScan) markerLine(marker []byte) (int, bool) {
	j := s.i
	for j < len(s.src) && utf8SeqLen(s.src[j:]) == 0 {
		j++
	}
	start := j
	for j < len(s.src) {
		switch c := s.src[j]; {
		case c == '\n' || c == '\r' && s.at(j+1) == '\n':
			return j, bytes.Equal(bytes.TrimSpace(s.src[start:j+newlineLen(c)]), marker)
		case c == '$' || c == '%' || c == '\r':
			return 0, false
		default:
			n := utf8SeqLen(s.src[j:])
			if n == 0 {
				return 0, false
			}
			j += n
		}
	}
	return 0, false
}

// utf8SeqLen returns the length of the UTF-8 sequence at the start of b as
// HCL's lexer accepts it (lead byte and continuation bytes, unchecked for
// overlong forms), or 0 for a broken one.
func utf8SeqLen(b []byte) int {
	n := 0
	switch c := b[0]; {
	case c < 0x80:
		return 1
	case c >= 0xC0 && c <= 0xDF:
		n = 2
	case c >= 0xE0 && c <= 0xEF:
		n = 3
	case c >= 0xF0 && c <= 0xF7:
		n = 4
	default:
		return 0
	}
	if len(b) < n {
		return 0
	}
	for _, c := range b[1:n] {
		if c < 0x80 || c > 0xBF {
			return 0
		}
	}
	return n
}

// templateToken reads template text at the current offset: a ${ or %{
// sequence, its $${ and %%{ escapes, or one byte of text. m is the heredoc
// being read, if any.
func (s *depthScan) templateToken(m *lexMode) {
	c, next := s.src[s.i], s.at(s.i+1)
	switch {
	case (c == '$' || c == '%') && next == '{':
		if m != nil {
			m.startOfLine = false
		}
		s.openSequence(c)
	case (c == '$' || c == '%') && next == c && s.at(s.i+2) == '{':
		s.i += 3
	default:
		s.i++
	}
}

// openSequence reads "${" or "%{" (with an optional "~") in a template
// and enters main mode. A %{ if } or %{ for } directive also opens a
// level that lasts to its %{ endif } or %{ endfor }.
func (s *depthScan) openSequence(c byte) {
	n := 2
	if s.at(s.i+2) == '~' {
		n = 3
	}
	kind := byte(frameInterp)
	if c == '%' {
		kind = frameControl
		switch s.directive(s.i + n) {
		case "if":
			s.push(frameIf, s.i, n)
		case "for":
			s.push(frameFor, s.i, n)
		case "endif":
			s.pop(frameIf)
		case "endfor":
			s.pop(frameFor)
		}
	}
	s.push(kind, s.i, n)
	s.braces++
	s.retBraces = append(s.retBraces, s.braces)
	s.modes = append(s.modes, lexMode{kind: modeMain})
	s.i += n
}

// directive returns the keyword of a %{ sequence whose inside starts at
// off: the first identifier after spaces, newlines and comments, as HCL's
// parser reads it.
func (s *depthScan) directive(off int) string {
	for off < len(s.src) {
		c, next := s.src[off], s.at(off+1)
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' && next == '\n':
			off++
		case c == '#' || c == '/' && next == '/':
			if nl := bytes.IndexByte(s.src[off:], '\n'); nl >= 0 {
				off += nl
			} else {
				return ""
			}
		case c == '/' && next == '*':
			end := s.commentEnd(off + 2)
			if end < 0 {
				return ""
			}
			off = end
		default:
			end := off
			for end < len(s.src) && (isWordByte(s.src[end]) && s.src[end] < 0x80 || s.src[end] == '-') {
				end++
			}
			if end < len(s.src) && s.src[end] >= 0x80 { // see word
				typ, n := lexFirst(s.src[off:])
				if typ != hclsyntax.TokenIdent {
					return ""
				}
				end = off + n
			}
			return string(s.src[off:end])
		}
	}
	return ""
}

// jsonTooDeep returns the offset and length of the first token of an HCL
// JSON file that goes deeper than limit, or -1. It follows HCL's JSON
// scanner: arrays and objects nest, strings end at an unescaped quote or
// a control character, and the scanner stops at a byte it does not know.
// Each string is also read as a native template and as an expression,
// which is how HCL may parse it, starting at the depth of the string.
func jsonTooDeep(src []byte, limit int) (int, int) {
	var open []byte
	i := len(src) - len(bytes.TrimPrefix(src, utf8BOM))
	for i < len(src) {
		switch c := src[i]; {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == ':' || c == '=':
			i++
		case c == '{' || c == '[':
			open = append(open, c)
			if len(open) > limit {
				return i, 1
			}
			i++
		case c == '}' || c == ']':
			if n := len(open); n > 0 && open[n-1] == c-2 { // '{'+2 == '}', '['+2 == ']'
				open = open[:n-1]
			}
			i++
		case c == '"':
			end := jsonStringEnd(src, i)
			if at, n := jsonStringTooDeep(src[i:end], len(open), limit); at >= 0 {
				return i + at, n
			}
			i = end
		case c == '_' || c == '-' || c == '+' || c == '.' || isWordByte(c) && c < 0x80:
			i++
		default:
			return -1, 0
		}
	}
	return -1, 0
}

// jsonStringEnd returns the offset after the string token that starts at
// src[i], as HCL's JSON scanner ends it.
func jsonStringEnd(src []byte, i int) int {
	escaping := false
	for i++; i < len(src); {
		switch c := src[i]; {
		case c == '\\':
			escaping = !escaping
			i++
		case c == '"':
			i++
			if !escaping {
				return i
			}
			escaping = false
		case c < 32:
			return i
		default:
			adv, _, _ := textseg.ScanGraphemeClusters(src[i:], true)
			i += max(adv, 1)
			escaping = false
		}
	}
	return i
}

// jsonStringTooDeep reads a JSON string token, decoded, as a bare
// template and as an expression starting at depth base. It returns the
// offset in tok of the token that goes deeper than limit, or -1. When the
// string has escapes, offsets in the decoded text are not offsets in tok,
// and the whole token is the place.
func jsonStringTooDeep(tok []byte, base, limit int) (int, int) {
	text, shift := tok[1:], 1
	if len(text) > 0 && text[len(text)-1] == '"' {
		text = text[:len(text)-1]
	}
	if bytes.IndexByte(text, '\\') >= 0 {
		var str string
		if json.Unmarshal(tok, &str) == nil {
			text, shift = []byte(str), -1
		}
	}
	for _, mode := range []byte{modeBare, modeMain} {
		s := newDepthScan(text, base, limit, mode)
		if mode == modeMain {
			s.i = 0 // a BOM inside a string is text
			s.nest[0].kind = frameExpr
		}
		s.run()
		if s.errAt >= 0 {
			if shift < 0 {
				return 0, len(tok)
			}
			return s.errAt + shift, s.errLen
		}
	}
	return -1, 0
}
