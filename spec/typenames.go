package spec

import (
	"fmt"
	"go/types"
	"strings"
)

// nameable reports whether the generated code, in the output package, can
// write the type t; what says what has the type, for the diagnostic at
// f ("The value of service \"db\"").
func (c *checker) nameable(t types.Type, f GoFunc, what string) bool {
	bad := c.unnameable(t)
	if bad == "" {
		return true
	}
	c.errorf(f.Range, "Type cannot be named", "%s has the type %s, which %s, so the generated code, in package %s, cannot name it. Export the type, or wrap %s in a function of your package that uses exported types.", what, c.typeString(t), bad, c.pkgs.Output.Name(), f)
	return false
}

// nameableSig checks that every parameter and result type of sig can be
// written in the output package, since the generated code states the
// signature of each function it calls.
func (c *checker) nameableSig(sig *types.Signature, f GoFunc) bool {
	for _, tup := range []*types.Tuple{sig.Params(), sig.Results()} {
		for i := range tup.Len() {
			v := tup.At(i)
			if bad := c.unnameable(v.Type()); bad != "" {
				c.errorf(f.Range, "Type cannot be named", "The signature of %s mentions %s, which %s, so the generated code, in package %s, cannot state it. Export the type, or wrap %s in a function of your package that uses exported types.", f, c.typeString(v.Type()), bad, c.pkgs.Output.Name(), f)
				return false
			}
		}
	}
	return true
}

// unnameable returns why the generated code cannot write t ("" when it
// can): a type, field or method of another package that is unexported, or
// a package the output package may not import.
func (c *checker) unnameable(t types.Type) string {
	switch t := t.(type) {
	case *types.Named:
		return c.unnameableNamed(t.Obj(), t.TypeArgs())
	case *types.Alias:
		return c.unnameableNamed(t.Obj(), t.TypeArgs())
	case *types.Pointer:
		return c.unnameable(t.Elem())
	case *types.Slice:
		return c.unnameable(t.Elem())
	case *types.Array:
		return c.unnameable(t.Elem())
	case *types.Chan:
		return c.unnameable(t.Elem())
	case *types.Map:
		return c.firstUnnameable(t.Key(), t.Elem())
	case *types.Signature:
		return c.firstUnnameable(tupleTypes(t.Params(), t.Results())...)
	case *types.Struct:
		return c.unnameableStruct(t)
	case *types.Interface:
		return c.unnameableInterface(t)
	case *types.TypeParam:
		return fmt.Sprintf("is the type parameter %s", t.Obj().Name())
	}
	return ""
}

// firstUnnameable returns why the first of ts that cannot be named
// cannot.
func (c *checker) firstUnnameable(ts ...types.Type) string {
	for _, t := range ts {
		if bad := c.unnameable(t); bad != "" {
			return bad
		}
	}
	return ""
}

// tupleTypes lists the types of the variables of tuples.
func tupleTypes(tuples ...*types.Tuple) []types.Type {
	var ts []types.Type
	for _, tup := range tuples {
		for i := range tup.Len() {
			ts = append(ts, tup.At(i).Type())
		}
	}
	return ts
}

// unnameableNamed checks a named type or alias and its type arguments.
func (c *checker) unnameableNamed(obj *types.TypeName, targs *types.TypeList) string {
	if pkg := obj.Pkg(); pkg != nil && !c.isOutput(pkg) {
		switch {
		case !obj.Exported():
			return fmt.Sprintf("is not exported from package %s (%s)", pkg.Name(), pkg.Path())
		case !canImport(c.pkgs.Output.Path(), pkg.Path()):
			return fmt.Sprintf("comes from %s, a package that package %s may not import", pkg.Path(), c.pkgs.Output.Name())
		}
	}
	for i := range targs.Len() {
		if bad := c.unnameable(targs.At(i)); bad != "" {
			return bad
		}
	}
	return ""
}

// unnameableStruct checks a struct type literal: a field of another
// package that is unexported would make the literal written in the
// output package a different type.
func (c *checker) unnameableStruct(s *types.Struct) string {
	for i := range s.NumFields() {
		f := s.Field(i)
		if !f.Exported() && f.Pkg() != nil && !c.isOutput(f.Pkg()) {
			return fmt.Sprintf("has the unexported field %s of package %s", f.Name(), f.Pkg().Path())
		}
		if bad := c.unnameable(f.Type()); bad != "" {
			return bad
		}
	}
	return ""
}

// unnameableInterface checks an interface type literal like a struct.
func (c *checker) unnameableInterface(it *types.Interface) string {
	for i := range it.NumExplicitMethods() {
		m := it.ExplicitMethod(i)
		if !m.Exported() && m.Pkg() != nil && !c.isOutput(m.Pkg()) {
			return fmt.Sprintf("has the unexported method %s of package %s", m.Name(), m.Pkg().Path())
		}
		if bad := c.unnameable(m.Type()); bad != "" {
			return bad
		}
	}
	for i := range it.NumEmbeddeds() {
		if bad := c.unnameable(it.EmbeddedType(i)); bad != "" {
			return bad
		}
	}
	return ""
}

// isOutput reports whether pkg is the output package.
func (c *checker) isOutput(pkg *types.Package) bool {
	return pkg == c.pkgs.Output || pkg.Path() == c.pkgs.Output.Path()
}

// canImport reports whether the package at path from may import the
// package at path to: a path with an "internal" element is importable
// only from within the tree rooted at that element's parent, and vendored
// standard-library packages not at all.
func canImport(from, to string) bool {
	if strings.HasPrefix(to, "vendor/") {
		return false
	}
	elems := strings.Split(to, "/")
	for i := len(elems) - 1; i >= 0; i-- {
		if elems[i] != "internal" {
			continue
		}
		parent := strings.Join(elems[:i], "/")
		return parent != "" && (from == parent || strings.HasPrefix(from, parent+"/"))
	}
	return true
}
