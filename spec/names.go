package spec

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// AppMembers are the exported fields and methods of the generated App
// type. A component whose Go name is one of them would clash with its
// accessor, so Parse rejects it.
var AppMembers = []string{"Logger", "ShutdownTimeout", "ShutdownDelay", "Targets", "OnEvent", "Start", "Stop", "Run", "Ready", "Done", "Stopped", "Err", "Status", "Handler"}

// nameRE is the shape of a block name.
var nameRE = regexp.MustCompile(`^[a-z][a-z0-9_-]*$`)

// initialisms are the name parts written in upper case in Go names: golint's
// list plus DB.
var initialisms = map[string]bool{
	"ACL": true, "API": true, "ASCII": true, "CPU": true, "CSS": true,
	"DB": true, "DNS": true, "EOF": true, "GUID": true, "HTML": true,
	"HTTP": true, "HTTPS": true, "ID": true, "IP": true, "JSON": true,
	"LHS": true, "QPS": true, "RAM": true, "RHS": true, "RPC": true,
	"SLA": true, "SMTP": true, "SQL": true, "SSH": true, "TCP": true,
	"TLS": true, "TTL": true, "UDP": true, "UI": true, "UID": true,
	"UUID": true, "URI": true, "URL": true, "UTF8": true, "VM": true,
	"XML": true, "XMPP": true, "XSRF": true, "XSS": true,
}

// GoName returns the Go name of a block name: the name is split
// on "-" and "_", empty parts are dropped, each part is capitalised, and a
// part that is a common initialism is upper-cased whole.
//
//	http-server → HTTPServer    user_db → UserDB    my-url-id → MyURLID
func GoName(name string) string {
	var b strings.Builder
	for _, part := range strings.FieldsFunc(name, func(r rune) bool { return r == '-' || r == '_' }) {
		if up := strings.ToUpper(part); initialisms[up] {
			b.WriteString(up)
			continue
		}
		r, size := utf8.DecodeRuneInString(part)
		b.WriteRune(unicode.ToUpper(r))
		b.WriteString(part[size:])
	}
	return b.String()
}

// LowerGoName returns goName in lower camel case, as used for unexported
// identifiers and parameters: the leading upper-case run is lowered, except
// for the last letter of a run that starts the next word.
//
//	HTTPServer → httpServer    Database → database    UserDB → userDB    ID → id
func LowerGoName(goName string) string {
	runes := []rune(goName)
	n := 0
	for n < len(runes) && (unicode.IsUpper(runes[n]) || unicode.IsDigit(runes[n])) {
		n++
	}
	if n > 1 && n < len(runes) && unicode.IsLower(runes[n]) {
		n-- // keep the first letter of the next word
	}
	for i := 0; i < n; i++ {
		runes[i] = unicode.ToLower(runes[i])
	}
	return string(runes)
}

// isAppMember reports whether goName is a field or method of the
// generated App type.
func isAppMember(goName string) bool {
	for _, m := range AppMembers {
		if m == goName {
			return true
		}
	}
	return false
}

// editDistance is the Levenshtein distance between a and b, in runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// maxSuggestLen bounds the length of names closest compares, so that a
// pathological spec cannot make suggestions quadratic in its size.
const maxSuggestLen = 256

// closest returns the candidate nearest to s by edit distance when it is
// closer than 3 edits, else "". Ties go to the earlier candidate.
func closest(s string, candidates []string) string {
	best, bestDist := "", 3
	n := utf8.RuneCountInString(s)
	if n > maxSuggestLen {
		return ""
	}
	for _, c := range candidates {
		if m := utf8.RuneCountInString(c); m > maxSuggestLen || abs(m-n) >= bestDist {
			continue // the distance is at least the difference in length
		}
		if d := editDistance(s, c); d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}

// abs returns the absolute value of n.
func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
