package spec

import (
	"go/ast"
	"go/types"
	"time"

	"github.com/hashicorp/hcl/v2"
)

// Kind is the kind of a block that can be named in a reference.
type Kind string

// The kinds of named blocks. The string is the block type in the spec
// language and the first word of a reference (service.NAME).
const (
	KindInput   Kind = "input"
	KindService Kind = "service"
	KindQueue   Kind = "queue"
	KindWorker  Kind = "worker"
	// KindApp is the first word of app.shutdown, the only reference to
	// the app itself: it passes the app's shutdown function.
	KindApp Kind = "app"
)

// Startup is the startup mode of the lifegen block.
type Startup string

// The startup modes.
const (
	StartupParallel   Startup = "parallel"
	StartupSequential Startup = "sequential"
)

// Health failure policies (health.on_failure).
const (
	OnFailureShutdown = "shutdown"
	OnFailureIgnore   = "ignore"
	OnFailureRestart  = "restart"
)

// Run-loop exit policies (service.on_exit).
const (
	OnExitShutdown = "shutdown"
	OnExitRestart  = "restart"
	OnExitIgnore   = "ignore"
)

// Worker error policies (worker.on_error).
const (
	OnErrorLog      = "log"
	OnErrorShutdown = "shutdown"
)

// Defaults applied when an attribute is absent.
const (
	DefaultApp             = "App"
	DefaultShutdownTimeout = 30 * time.Second
	DefaultStartTimeout    = 15 * time.Second
	DefaultStopTimeout     = 15 * time.Second
	DefaultInterval        = 10 * time.Second
	DefaultCheckTimeout    = 1 * time.Second
	DefaultThreshold       = 3
	DefaultDrainTimeout    = 10 * time.Second
	DefaultWorkerCount     = 1
	DefaultRestartMax      = 5
	DefaultRestartWithin   = time.Minute
	DefaultBackoff         = time.Second
	DefaultMaxBackoff      = 30 * time.Second
)

// Spec is a decoded and validated lifecycle spec: the model the generator
// works from. Every slice is in spec (source) order.
type Spec struct {
	// Filename is the name the spec was parsed under, as given to Parse.
	Filename string

	// Package is lifegen.package, or "" when the spec does not set it (the
	// command line then resolves it).
	Package string
	// App is the name of the generated type (default "App").
	App string
	// Startup is the startup mode (default parallel).
	Startup Startup
	// ShutdownTimeout bounds the whole shutdown (default 30s).
	ShutdownTimeout time.Duration
	// ShutdownDelay is the readiness drain before the first stop
	// (default 0).
	ShutdownDelay time.Duration
	// Imports are the aliases usable in Go text, sorted by alias.
	Imports []Import

	Inputs   []*Input
	Services []*Service
	Queues   []*Queue
	Workers  []*Worker
	// Targets are the target blocks, in spec order.
	Targets []*Target

	// Components lists every service, queue and worker in spec order. Its
	// indices are the node indices of Graph.
	Components []Component

	// Graph is the startup dependency graph of Components.
	Graph *Graph

	// Pkg is the output package once CheckTypes has read it, nil before
	// and when it could not be loaded.
	Pkg *types.Package
}

// Import is one entry of lifegen.imports.
type Import struct {
	Alias string
	Path  string
	Range hcl.Range // the entry, key and value
}

// Node is what every named block has.
type Node struct {
	Kind Kind
	// Name is the block label as written, e.g. "http-server".
	Name string
	// GoName is Name as a Go name (see GoName), e.g. "HTTPServer".
	GoName string
	// DeclRange covers the block type and labels (`service "cache"`).
	DeclRange hcl.Range
	// Index is the position in Spec.Components (and Graph nodes) for
	// services, queues and workers, and the position in Spec.Inputs for
	// inputs.
	Index int
}

// Info returns the node itself; it lets the block types share the
// Component interface.
func (n *Node) Info() *Node { return n }

// Component is a service, queue or worker (or an input, which is never in
// Spec.Components).
type Component interface {
	Info() *Node
}

// Ref is a reference to a named block (service.NAME, queue.NAME,
// input.NAME, worker.NAME) or to the app's shutdown function
// (app.shutdown: Kind KindApp, Name AppShutdown).
type Ref struct {
	Kind  Kind
	Name  string
	Range hcl.Range
}

// String returns the reference as written in native syntax.
func (r Ref) String() string { return string(r.Kind) + "." + r.Name }

// Dep is one entry of depends_on: a plain reference, or a group written
// as a nested list whose members are passed together as one slice (or
// spread into a final variadic parameter).
type Dep struct {
	// Refs holds the one reference of a plain entry, or the members of a
	// group in the order written (at least one).
	Refs []Ref
	// Group reports a nested list.
	Group bool
	// Range covers the entry as written, brackets included for a group.
	Range hcl.Range
}

// Refs returns every reference of deps in order, group members in place.
func Refs(deps []Dep) []Ref {
	var refs []Ref
	for _, d := range deps {
		refs = append(refs, d.Refs...)
	}
	return refs
}

// GoType is a validated Go type expression.
type GoType struct {
	// Text is the expression as written (trimmed), e.g. "*sql.DB".
	Text string
	// Expr is the parsed expression. It holds only identifiers, selectors
	// whose left side is a declared import alias, pointers, slices, arrays
	// with constant length, maps, channels, func types, generic
	// instantiations and the empty interface/struct.
	Expr ast.Expr
	// Range is the source range of the attribute value.
	Range hcl.Range
}

// GoFunc names a Go function: Name in the output package, or Alias.Name.
type GoFunc struct {
	Alias string // "" for the output package
	Name  string
	Range hcl.Range
}

// String returns the function as written, "Name" or "alias.Name".
func (f GoFunc) String() string {
	if f.Alias == "" {
		return f.Name
	}
	return f.Alias + "." + f.Name
}

// Input is a value the caller passes to NewApp.
type Input struct {
	Node
	Type GoType
	// Typed is Type resolved by CheckTypes; nil when the package was not
	// read.
	Typed types.Type
}

// Service is a component with a constructor, an optional run loop, stop
// and health check.
type Service struct {
	Node
	// Type is the written type; Type.Expr is nil when it is omitted and
	// inferred from the constructor (Typed.Value).
	Type  GoType
	Start GoFunc
	// Run, Stop are method names on Type, "" when absent.
	Run, Stop string
	// RunRange, StopRange are the source ranges of the run and stop
	// values.
	RunRange, StopRange hcl.Range
	DependsOn           []Dep
	// After lists the order-only references (services, queues, workers).
	After []Ref
	// StartTimeout bounds the constructor (and a readiness gate); 0 means
	// "none": no deadline.
	StartTimeout time.Duration
	StopTimeout  time.Duration
	// OnExit is what a run loop that returns before shutdown does:
	// OnExitShutdown (default), OnExitRestart or OnExitIgnore.
	OnExit string
	// Restart holds the restart limits; it is non-nil exactly when the
	// service has a restart policy (on_exit or health.on_failure is
	// "restart"), with defaults for what the restart block leaves out.
	Restart *Restart
	Health  *Health // nil without a health block
	// Typed is set by CheckTypes; nil when the package was not read.
	Typed *TypedService
}

// Restart is the restart block of a service (or its defaults).
type Restart struct {
	Max        int
	Within     time.Duration
	Backoff    time.Duration
	MaxBackoff time.Duration
	// DeclRange is the block's header, or the service's when the block
	// is absent.
	DeclRange hcl.Range
}

// Health is the health block of a service.
type Health struct {
	Check string // method name on the service's type
	// CheckRange is the source range of the check value.
	CheckRange       hcl.Range
	Interval         time.Duration
	Timeout          time.Duration
	InitialDelay     time.Duration
	FailureThreshold int
	OnFailure        string // OnFailureShutdown, OnFailureIgnore or OnFailureRestart
	// ReadinessGate makes the service ready only after its first passing
	// check.
	ReadinessGate bool
	DeclRange     hcl.Range
}

// Queue is a bounded channel of Type.
type Queue struct {
	Node
	Type     GoType
	Capacity int
	// Typed is Type resolved by CheckTypes; nil when the package was not
	// read.
	Typed types.Type
}

// Worker is a pool of Count goroutines consuming Queue with Handler.
type Worker struct {
	Node
	Queue        Ref
	Handler      GoFunc
	Count        int
	DependsOn    []Dep
	After        []Ref
	DrainTimeout time.Duration
	OnError      string // OnErrorLog or OnErrorShutdown
	// Typed is set by CheckTypes; nil when the package was not read.
	Typed *TypedWorker
}

// Target is a named set of components that can be started alone, with
// everything they depend on.
type Target struct {
	Name string
	// Components are the members as written: services, queues and
	// workers, each once.
	Components []Ref
	// Closure lists the nodes (indices of Spec.Components) that start
	// when the target is selected: its components and everything they
	// need, directly or not (Graph.Closure), ascending.
	Closure   []int
	DeclRange hcl.Range
}

// Graph is the startup graph over Spec.Components: an edge from a node to
// each node it depends on, through depends_on (Needs) or after (After).
// Inputs and app.shutdown are not nodes (they exist before Start). A queue
// depends on every worker that consumes it, and whatever lists a queue in
// depends_on depends on the queue. Order, Waves and CriticalPath are
// computed over Deps, and only when the graph has no cycle.
type Graph struct {
	// Deps[i] lists the nodes i waits for at startup (and that stop only
	// after i), without repeats: Needs[i] then After[i].
	Deps [][]int
	// Needs[i] lists the nodes i requires: for services and workers the
	// services and queues of depends_on in order (group members in place,
	// inputs and app.shutdown skipped), for queues the consuming workers
	// in spec order. Targets start the closure of Needs.
	Needs [][]int
	// After[i] lists the nodes of i's after list that order i without
	// being required.
	After [][]int
	// Dependents[i] lists the nodes whose Deps hold i, ascending.
	Dependents [][]int
	// Order is a topological order (dependencies first), ties broken by
	// spec order: the sequential startup order.
	Order []int
	// Waves groups nodes by the length of their longest dependency chain:
	// Waves[0] has the nodes without dependencies, each wave ascending.
	Waves [][]int
	// CriticalPath is a longest dependency chain, dependency first, ties
	// broken by spec order.
	CriticalPath []int
}
