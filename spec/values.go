package spec

import (
	"math"
	"math/big"
	"strings"
	"time"

	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
)

// eval evaluates expr as a constant (no variables, no functions) of type
// want. It reports problems and returns false on failure.
func (p *parser) eval(expr hcl.Expression, name string, want cty.Type) (cty.Value, bool) {
	v, diags := expr.Value(nil)
	p.diags = append(p.diags, diags...)
	if diags.HasErrors() || !v.IsWhollyKnown() {
		return cty.NilVal, false
	}
	if v.IsNull() || !v.Type().Equals(want) {
		got := "null"
		if !v.IsNull() {
			got = withArticle(v.Type().FriendlyName())
		}
		p.errorf(expr.Range(), "Incorrect attribute value type", "Inappropriate value for attribute %q: a %s is required, but this is %s.", name, want.FriendlyName(), got)
		return cty.NilVal, false
	}
	return v, true
}

// str returns a string attribute and its value range; ok is false when
// the attribute is absent or invalid (the latter already reported).
func (p *parser) str(attrs hcl.Attributes, name string) (s string, rng hcl.Range, ok bool) {
	attr := attrs[name]
	if attr == nil {
		return "", hcl.Range{}, false
	}
	v, ok := p.eval(attr.Expr, name, cty.String)
	if !ok {
		return "", hcl.Range{}, false
	}
	return v.AsString(), attr.Expr.Range(), true
}

// integer returns a whole-number attribute that is at least least, or def
// when it is absent or invalid.
func (p *parser) integer(attrs hcl.Attributes, name string, def, least int) int {
	attr := attrs[name]
	if attr == nil {
		return def
	}
	v, ok := p.eval(attr.Expr, name, cty.Number)
	if !ok {
		return def
	}
	n, ok := wholeNumber(v.AsBigFloat())
	rng := attr.Expr.Range()
	switch {
	case !ok:
		p.valueErrorf(rng, "Invalid number", "The value of %q must be a whole number, such as 4, within the range of a Go int.", name)
		return def
	case n < least:
		p.valueErrorf(rng, "Value out of range", "The value of %q must be at least %d; this is %d.", name, least, n)
		return def
	}
	return n
}

// wholeNumber converts f to an int when it is whole and fits.
func wholeNumber(f *big.Float) (int, bool) {
	if !f.IsInt() {
		return 0, false
	}
	i, acc := f.Int64()
	if acc != big.Exact || i < math.MinInt || i > math.MaxInt {
		return 0, false
	}
	return int(i), true
}

// durationBound is the range a duration attribute must be in.
type durationBound int

const (
	positive       durationBound = iota // > 0
	nonNegative                         // >= 0
	positiveOrNone                      // > 0, or "none" for no deadline (0)
)

// noDeadline is the duration value that means no deadline; only
// start_timeout accepts it.
const noDeadline = "none"

// duration returns a Go duration attribute, or def when it is absent or
// invalid; it must be within bound. set reports whether the attribute
// gave the value.
func (p *parser) duration(attrs hcl.Attributes, name string, def time.Duration, bound durationBound) (d time.Duration, rng hcl.Range, set bool) {
	s, rng, ok := p.str(attrs, name)
	if !ok {
		return def, rng, false
	}
	if s == noDeadline {
		if bound == positiveOrNone {
			return 0, rng, true
		}
		p.valueErrorf(rng, "Invalid duration", "The value of %q cannot be \"none\": only start_timeout accepts \"none\", for a start without a deadline. Write a Go duration such as \"10s\".", name)
		return def, rng, false
	}
	d, err := time.ParseDuration(s)
	switch {
	case err != nil:
		p.valueErrorf(rng, "Invalid duration", "The value of %q, %q, is not a Go duration. Write a number with a unit, such as \"500ms\", \"10s\" or \"1m30s\"%s", name, s, noneHint(s, bound))
		return def, rng, false
	case d < 0 || d == 0 && bound != nonNegative:
		p.valueErrorf(rng, "Value out of range", "The value of %q must be %s; this is %s.", name, bound, s)
		return def, rng, false
	}
	return d, rng, true
}

// String says what the bound allows, for diagnostics.
func (b durationBound) String() string {
	switch b {
	case nonNegative:
		return "zero or more"
	case positiveOrNone:
		return "greater than zero, or \"none\" for no deadline"
	}
	return "greater than zero"
}

// noneHint ends the "Invalid duration" detail of an attribute that
// accepts "none", suggesting it when the value is a near miss.
func noneHint(s string, bound durationBound) string {
	switch {
	case bound != positiveOrNone:
		return "."
	case closest(strings.ToLower(s), []string{noDeadline}) != "":
		return ". Did you mean \"none\"?"
	}
	return ", or \"none\" for no deadline."
}

// boolean returns a bool attribute; set is false when it is absent or
// invalid (the latter already reported).
func (p *parser) boolean(attrs hcl.Attributes, name string) (b bool, rng hcl.Range, set bool) {
	attr := attrs[name]
	if attr == nil {
		return false, hcl.Range{}, false
	}
	v, ok := p.eval(attr.Expr, name, cty.Bool)
	if !ok {
		return false, attr.Expr.Range(), false
	}
	return v.True(), attr.Expr.Range(), true
}

// enum returns a string attribute that must be one of allowed, or def
// when it is absent or invalid. summary names the kind of value. valid is
// false when the attribute has a value that is not allowed (reported).
func (p *parser) enum(attrs hcl.Attributes, name, def, summary string, allowed ...string) (v string, valid bool) {
	s, rng, ok := p.str(attrs, name)
	if !ok {
		return def, attrs[name] == nil
	}
	return p.oneOf(s, rng, name, def, summary, allowed...)
}

// oneOf checks that s, the value of attribute name, is one of allowed; it
// returns s, or def and false when s is not allowed.
func (p *parser) oneOf(s string, rng hcl.Range, name, def, summary string, allowed ...string) (string, bool) {
	for _, a := range allowed {
		if s == a {
			return s, true
		}
	}
	hint := ""
	if c := closest(s, allowed); c != "" {
		hint = " Did you mean \"" + c + "\"?"
	}
	p.valueErrorf(rng, summary, "The value of %q must be one of %s; %q is not.%s", name, quoteList(allowed), s, hint)
	return def, false
}

// quoteList writes names as "a", "b" or "c".
func quoteList(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = `"` + n + `"`
	}
	if len(q) < 2 {
		return strings.Join(q, "")
	}
	return strings.Join(q[:len(q)-1], ", ") + " or " + q[len(q)-1]
}

// withArticle puts "a" or "an" before a type name.
func withArticle(s string) string {
	if s != "" && strings.ContainsRune("aeiou", rune(s[0])) {
		return "an " + s
	}
	return "a " + s
}
