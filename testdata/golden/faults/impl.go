package faults

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

// Hook names the user code a Plan makes fail.
type Hook string

// The hooks of the fault matrix: front's constructor, run and stop, base's
// health check and the handler of worker "work".
const (
	HookNone    Hook = "none"
	HookStart   Hook = "start"
	HookRun     Hook = "run"
	HookStop    Hook = "stop"
	HookCheck   Hook = "check"
	HookHandler Hook = "handler"
)

// Fault is how the planned hook misbehaves.
type Fault string

const (
	FaultError Fault = "error" // returns an error wrapping ErrFault
	FaultPanic Fault = "panic" // panics with PanicValue(hook)
	FaultBlock Fault = "block" // ignores ctx until Plan.Release
	FaultLate  Fault = "late"  // ignores ctx, sleeps Plan.Late, then succeeds
	// FaultWait waits for its ctx (or Plan.Release) and returns ctx.Err():
	// a well-behaved slow hook, for the concurrency tests.
	FaultWait Fault = "wait"
)

// ErrFault is what a hook planned to fail with FaultError wraps.
var ErrFault = errors.New("injected fault")

// PanicValue is what a hook planned to fail with FaultPanic panics with.
func PanicValue(h Hook) string { return fmt.Sprintf("injected panic in %s", h) }

// Plan is the fault plan of one app: which hook fails and how, and what
// happened. The app gets it as its input, so every cell of the matrix has
// its own.
type Plan struct {
	Hook  Hook
	Fault Fault
	Late  time.Duration // how long a FaultLate hook sleeps past its deadline

	fire    chan struct{} // closed: run and health faults begin
	release chan struct{} // closed: blocked hooks return
	entered chan struct{} // closed: the planned hook has begun
	once    [3]sync.Once

	mu            sync.Mutex
	starts, stops map[string]int
}

// NewPlan returns the plan that makes hook h fail with f.
func NewPlan(h Hook, f Fault, late time.Duration) *Plan {
	return &Plan{
		Hook: h, Fault: f, Late: late,
		fire: make(chan struct{}), release: make(chan struct{}), entered: make(chan struct{}),
		starts: map[string]int{}, stops: map[string]int{},
	}
}

// Fire lets the run and health faults begin (the test has sent its items).
func (p *Plan) Fire() { p.once[0].Do(func() { close(p.fire) }) }

// Release ends every blocked hook.
func (p *Plan) Release() { p.once[1].Do(func() { close(p.release) }) }

// Entered is closed once the planned hook has begun.
func (p *Plan) Entered() <-chan struct{} { return p.entered }

// Starts reports how often the constructor of service name succeeded.
func (p *Plan) Starts(name string) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.starts[name]
}

func (p *Plan) count(m map[string]int, name string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	m[name]++
}

// Stops reports how often the stop method of service name was called.
func (p *Plan) Stops(name string) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.stops[name]
}

// inject misbehaves as planned when h is the planned hook; otherwise, or
// once a blocked or late hook goes on, it returns nil.
func (p *Plan) inject(ctx context.Context, h Hook) error {
	if h != p.Hook {
		return nil
	}
	p.once[2].Do(func() { close(p.entered) })
	switch p.Fault {
	case FaultError:
		return fmt.Errorf("%s: %w", h, ErrFault)
	case FaultPanic:
		panic(PanicValue(h))
	case FaultBlock:
		<-p.release
	case FaultLate:
		time.Sleep(p.Late)
	case FaultWait:
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-p.release:
		}
	}
	return nil
}

// Svc is the value of services base and front.
type Svc struct {
	name string
	plan *Plan
}

// Item is the element of queue "items".
type Item int

func NewBase(ctx context.Context, p *Plan) (*Svc, error) {
	p.count(p.starts, "base")
	return &Svc{name: "base", plan: p}, nil
}

func NewFront(ctx context.Context, p *Plan, base *Svc, items chan<- Item) (*Svc, error) {
	if base == nil || items == nil {
		return nil, errors.New("front needs base and items")
	}
	if err := p.inject(ctx, HookStart); err != nil {
		return nil, err
	}
	p.count(p.starts, "front")
	return &Svc{name: "front", plan: p}, nil
}

// Run is front's run loop. A late run returns Plan.Late after its ctx
// ends; a blocked one ignores ctx; an error or panic comes once the test
// fires.
func (s *Svc) Run(ctx context.Context) error {
	p := s.plan
	if p.Hook == HookRun && (p.Fault == FaultBlock || p.Fault == FaultLate) {
		<-ctx.Done()
		return p.inject(context.Background(), HookRun)
	}
	select {
	case <-ctx.Done():
		return nil
	case <-p.fire:
		if err := p.inject(ctx, HookRun); err != nil {
			return err
		}
		<-ctx.Done()
		return nil
	}
}

func (s *Svc) Stop(ctx context.Context) error {
	s.plan.count(s.plan.stops, s.name)
	if s.name != "front" {
		return nil
	}
	return s.plan.inject(ctx, HookStop)
}

// Check is base's health check: it fails as planned once the test fires.
func (s *Svc) Check(ctx context.Context) error {
	select {
	case <-s.plan.fire:
		return s.plan.inject(ctx, HookCheck)
	default:
		return nil
	}
}

// Handle is worker "work"'s handler. A planned fault waits until the test
// has sent all its items and fires: a failure that shut the app down while
// the test still sends would lose the later items outside the app.
func Handle(ctx context.Context, base *Svc, item Item) error {
	if base.plan.Hook == HookHandler {
		<-base.plan.fire
	}
	return base.plan.inject(ctx, HookHandler)
}
