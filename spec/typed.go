package spec

import "go/types"

// The types below are what CheckTypes reads from the Go package a spec's
// output belongs to. They are nil on a Spec whose package could not be
// loaded; the generator then writes what the spec's text says, in the
// first version's shapes, and the compiler checks the rest.

// Packages is the Go code a spec is checked against.
type Packages struct {
	// Output is the package the generated file belongs to, type-checked
	// without lifegen's own generated files, as far as it goes.
	Output *types.Package
	// Imports maps the import path of each lifegen.imports entry to its
	// package; a path missing from the map could not be loaded.
	Imports map[string]*types.Package
	// ImportErrors says, for an import path that could not be loaded, why
	// (the go command's message), for the diagnostic.
	ImportErrors map[string]string
}

// TypedService is a service resolved against the package's types.
type TypedService struct {
	// Value is the service's value type: the constructor's first result.
	Value types.Type
	// Start is the constructor.
	Start *Call
	// Run, Stop and Check are the methods, nil when absent.
	Run, Stop, Check *Method
}

// TypedWorker is a worker resolved against the package's types.
type TypedWorker struct {
	// Item is the element type of the worker's queue.
	Item types.Type
	// Handler is the handler; its last parameter takes the item.
	Handler *Call
}

// Call says how the generated code calls a constructor or a handler.
type Call struct {
	// Func is the function: its package (Func.Pkg()) is the output
	// package or the one of an imports alias.
	Func *types.Func
	// Sig is the function's signature, for the compile-time check line.
	// Every type in it can be named from the output package.
	Sig *types.Signature
	// Ctx reports a context.Context first parameter.
	Ctx bool
	// Args says how each depends_on entry is passed, one per Dep in
	// order.
	Args []Arg
	// Cleanup reports a func() result after the value (constructors).
	Cleanup bool
	// Error reports an error as the last result.
	Error bool
}

// Arg is how one depends_on entry is passed.
type Arg struct {
	// Slice is the element type when a group is passed as one slice
	// literal to a slice parameter; nil for a plain reference and for a
	// group spread into a final variadic parameter.
	Slice types.Type
}

// Method is a run, stop or check method of a service's value type.
type Method struct {
	// Sig is the method's signature without its receiver.
	Sig *types.Signature
	// Ctx reports a context.Context first parameter.
	Ctx bool
	// Cause reports a stop that takes the shutdown cause (an error
	// parameter after the optional ctx).
	Cause bool
	// Error reports an error result.
	Error bool
}
