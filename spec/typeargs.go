package spec

import (
	"fmt"
	"go/types"
	"strings"

	"github.com/hashicorp/hcl/v2"
)

// args maps the depends_on entries of a constructor or handler to its
// parameters (after the optional ctx, and for a handler before the item)
// and checks that each can be passed. It returns one Arg per entry.
func (c *checker) args(f GoFunc, sig *types.Signature, deps []Dep, handler bool) ([]Arg, bool) {
	params := make([]*types.Var, 0, sig.Params().Len())
	for i := range sig.Params().Len() {
		params = append(params, sig.Params().At(i))
	}
	if hasCtx(sig) {
		params = params[1:]
	}
	if handler {
		if len(params) == 0 {
			c.errorf(f.Range, "Missing item parameter", "%s has no parameter for the item: a handler is called as handler([ctx,] deps..., item), its last parameter receiving one item of the queue. Add that parameter.", f)
			return nil, false
		}
		params = params[:len(params)-1]
	}
	fixed, variadic := params, (*types.Var)(nil)
	if sig.Variadic() && !handler {
		fixed, variadic = params[:len(params)-1], params[len(params)-1]
	}
	if !c.checkCount(f, deps, fixed, variadic != nil, handler) {
		return nil, false
	}
	args, ok := make([]Arg, len(deps)), true
	for i, d := range deps {
		var good bool
		if i < len(fixed) {
			args[i], good = c.passFixed(f, i, d, fixed[i])
		} else {
			good = c.passVariadic(f, i, d, variadic)
		}
		ok = ok && good
	}
	c.checkSwapped(f, deps, fixed)
	return args, ok
}

// checkCount reports a depends_on list that does not fill the fixed
// parameters, or that has more entries than parameters when there is no
// variadic one to take them.
func (c *checker) checkCount(f GoFunc, deps []Dep, fixed []*types.Var, variadic, handler bool) bool {
	where := "after the optional ctx"
	if handler {
		where = "between the optional ctx and the item"
	}
	switch {
	case len(deps) < len(fixed):
		missing := fixed[len(deps):]
		parts := make([]string, len(missing))
		for i, p := range missing {
			parts[i] = fmt.Sprintf("%s (position %d)", c.paramString(p), len(deps)+i+1)
		}
		c.errorf(f.Range, "Too few dependencies", "%s takes %s %s, but depends_on lists %d, so nothing is passed to %s. Add the missing dependencies to depends_on, in the order of the parameters, or remove the parameters.", f, plural(len(fixed), "dependency", "dependencies"), where, len(deps), strings.Join(parts, ", "))
		return false
	case len(deps) > len(fixed) && !variadic:
		extra := deps[len(fixed):]
		parts := make([]string, len(extra))
		for i, d := range extra {
			parts[i] = fmt.Sprintf("%s (position %d)", depString(d), len(fixed)+i+1)
		}
		c.errorf(hcl.RangeBetween(extra[0].Range, extra[len(extra)-1].Range), "Too many dependencies", "%s takes %s %s%s, but depends_on lists %d, so %s %s no parameter to go to. Remove %s from depends_on, or add parameters for %s to %s.", f, plural(len(fixed), "dependency", "dependencies"), where, c.paramList(fixed), len(deps), strings.Join(parts, ", "), plural2(len(extra), "has", "have"), pronoun(len(extra)), pronoun(len(extra)), f)
		return false
	}
	return true
}

// plural returns "1 dependency" or "N dependencies".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// plural2 picks the verb form for n subjects.
func plural2(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// pronoun returns "it" or "them".
func pronoun(n int) string { return plural2(n, "it", "them") }

// paramList prints parameters in parentheses after a space, or "" for
// none.
func (c *checker) paramList(ps []*types.Var) string {
	if len(ps) == 0 {
		return ""
	}
	parts := make([]string, len(ps))
	for i, p := range ps {
		parts[i] = c.paramString(p)
	}
	return " (" + strings.Join(parts, ", ") + ")"
}

// depString prints a depends_on entry as written.
func depString(d Dep) string {
	if !d.Group {
		return d.Refs[0].String()
	}
	parts := make([]string, len(d.Refs))
	for i, r := range d.Refs {
		parts[i] = r.String()
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// depType returns the type of what a reference passes; nil when it is
// unknown (its own problem is reported elsewhere).
func (c *checker) depType(r Ref) types.Type {
	switch r.Kind {
	case KindService:
		return c.values[r.Name]
	case KindInput:
		if in := c.inputs[r.Name]; in != nil {
			return in.Typed
		}
	case KindQueue:
		if q := c.queues[r.Name]; q != nil && q.Typed != nil {
			return types.NewChan(types.SendOnly, q.Typed)
		}
	case KindApp:
		return shutdownType
	}
	return nil
}

// passFixed checks the entry at index i passed to the fixed parameter p:
// a reference assignable to p, or a group whose members are assignable
// to the element type of p, a slice.
func (c *checker) passFixed(f GoFunc, i int, d Dep, p *types.Var) (Arg, bool) {
	if !d.Group {
		return Arg{}, c.assignable(f, d.Refs[0], i, -1, p, p.Type())
	}
	s, ok := p.Type().Underlying().(*types.Slice)
	if !ok {
		c.errorf(d.Range, "Group needs a slice parameter", "The group at position %d is passed to the parameter %s of %s as one slice, but that parameter is not a slice. Give %s a slice parameter ([]T) there, or list the members without brackets.", i+1, c.paramString(p), f, f)
		return Arg{}, false
	}
	if !c.nameable(s.Elem(), f, "The element of the parameter "+c.paramString(p)) {
		return Arg{}, false
	}
	return Arg{Slice: s.Elem()}, c.members(f, d, i, p, s.Elem())
}

// passVariadic checks the entry at index i passed to the final variadic
// parameter p: a reference is one value of it, a group spreads into it.
func (c *checker) passVariadic(f GoFunc, i int, d Dep, p *types.Var) bool {
	elem := p.Type().(*types.Slice).Elem()
	if !d.Group {
		return c.assignable(f, d.Refs[0], i, -1, p, elem)
	}
	return c.members(f, d, i, p, elem)
}

// members checks every member of the group d (at index i) against the
// element type elem of parameter p.
func (c *checker) members(f GoFunc, d Dep, i int, p *types.Var, elem types.Type) bool {
	ok := true
	for _, r := range d.Refs {
		ok = c.assignable(f, r, i, i, p, elem) && ok
	}
	return ok
}

// assignable checks that reference r, the entry at index i (inGroup is
// that index for a group member, else -1), can be assigned to want, the
// type parameter p takes (or its element type).
func (c *checker) assignable(f GoFunc, r Ref, i, inGroup int, p *types.Var, want types.Type) bool {
	got := c.depType(r)
	if got == nil || types.AssignableTo(got, want) {
		return true
	}
	what := fmt.Sprintf("the parameter %s of %s", c.paramString(p), f)
	if !types.Identical(want, p.Type()) {
		what = fmt.Sprintf("%s, the element type of %s", c.typeString(want), what)
	}
	where := fmt.Sprintf("position %d", i+1)
	if inGroup >= 0 {
		where = fmt.Sprintf("in the group at position %d", i+1)
	}
	c.errorf(r.Range, "Dependency type mismatch", "%s (%s) passes %s, which cannot be assigned to %s.%s", r, where, c.typeString(got), what, c.mismatchHint(r, got, want))
	return false
}

// mismatchHint is the sentence that says what to change when got cannot
// be assigned to want.
func (c *checker) mismatchHint(r Ref, got, want types.Type) string {
	if iface, ok := want.Underlying().(*types.Interface); ok {
		if m, wrongType := types.MissingMethod(got, iface, true); m != nil {
			if wrongType {
				return fmt.Sprintf(" Its method %s does not have the signature %s requires.", m.Name(), c.typeString(want))
			}
			return fmt.Sprintf(" It has no method %s, which %s requires.", m.Name(), c.typeString(want))
		}
	}
	switch {
	case r.Kind == KindQueue:
		return " A queue passes its send side, chan<- T: declare the parameter with that type."
	case types.AssignableTo(types.NewPointer(got), want):
		return fmt.Sprintf(" The parameter takes a pointer: have the constructor of %s return %s, or change the parameter's type.", r, c.typeString(types.NewPointer(got)))
	}
	if ptr, ok := got.(*types.Pointer); ok && types.AssignableTo(ptr.Elem(), want) {
		return " The parameter takes a value, not a pointer: change the parameter's type, or what the dependency passes."
	}
	return " Check the order of depends_on, or change the parameter's type."
}

// checkSwapped warns about an entry passed to a parameter whose name is,
// ignoring case, the Go name of another entry of the same list: the two
// were probably listed in the wrong order.
func (c *checker) checkSwapped(f GoFunc, deps []Dep, fixed []*types.Var) {
	for i, d := range deps {
		if d.Group || i >= len(fixed) {
			continue
		}
		name := fixed[i].Name()
		if name == "" || name == "_" || strings.EqualFold(name, GoName(d.Refs[0].Name)) {
			continue
		}
		if j, other, ok := findByGoName(deps, name, i); ok {
			c.warnf(d.Range, "Dependency probably swapped", "%s (position %d) is passed to the parameter %s of %s, but that parameter has the name of %s, at position %d. If the order of depends_on is wrong, swap the two; if it is right, rename the parameter.", d.Refs[0], i+1, c.paramString(fixed[i]), f, other, j+1)
		}
	}
}

// findByGoName finds a reference other than the entry at index skip whose
// Go name equals name, ignoring case.
func findByGoName(deps []Dep, name string, skip int) (int, Ref, bool) {
	for j, d := range deps {
		if j == skip {
			continue
		}
		for _, r := range d.Refs {
			if strings.EqualFold(name, GoName(r.Name)) {
				return j, r, true
			}
		}
	}
	return 0, Ref{}, false
}
