package shutdown_func

import (
	"context"
	"sync"
	"sync/atomic"
	"time"
)

// Probe tells the components when to call the shutdown function and with
// which cause, and records that each call returned.
type Probe struct {
	AbortBoot bool  // NewBoot calls shutdown(BootCause)
	BootCause error // may be nil

	LoopCause  chan error // the run loop calls shutdown with what it receives
	CheckCause chan error // so does the next health check

	mu       sync.Mutex
	returned []string // who called shutdown and saw it return
	built    []string // the constructors called
}

func NewProbe() *Probe {
	return &Probe{LoopCause: make(chan error, 1), CheckCause: make(chan error, 1)}
}

func (p *Probe) add(list *[]string, s string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	*list = append(*list, s)
}

// Returned lists who called shutdown, once the call had returned.
func (p *Probe) Returned() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.returned...)
}

// Built lists the constructors called.
func (p *Probe) Built() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.built...)
}

type Boot struct{}

func NewBoot(p *Probe, shutdown func(error)) *Boot {
	p.add(&p.built, "boot")
	if p.AbortBoot {
		shutdown(p.BootCause)
		p.add(&p.returned, "boot")
	}
	return &Boot{}
}

type Loop struct {
	p        *Probe
	shutdown func(error)
}

func NewLoop(p *Probe, commands chan<- Command, shutdown func(error)) *Loop {
	p.add(&p.built, "loop")
	return &Loop{p: p, shutdown: shutdown}
}

// Run calls shutdown when the probe says so, then runs on until its ctx
// ends: the shutdown cannot finish before Run returns, so a shutdown
// function that waited for it would never return.
func (l *Loop) Run(ctx context.Context) error {
	select {
	case cause := <-l.p.LoopCause:
		l.shutdown(cause)
		l.p.add(&l.p.returned, "loop")
	case <-ctx.Done():
	}
	<-ctx.Done()
	return nil
}

type Checked struct {
	p        *Probe
	shutdown func(error)
	checking atomic.Bool
}

func NewChecked(p *Probe, shutdown func(error)) *Checked {
	p.add(&p.built, "checked")
	return &Checked{p: p, shutdown: shutdown}
}

// Check calls shutdown when the probe says so, then takes a little longer
// without watching its ctx, as a check blocked in a call would.
func (c *Checked) Check(ctx context.Context) error {
	select {
	case cause := <-c.p.CheckCause:
		c.checking.Store(true)
		defer c.checking.Store(false)
		c.shutdown(cause)
		c.p.add(&c.p.returned, "check")
		time.Sleep(20 * time.Millisecond)
	default:
	}
	return nil
}

// Close records whether a check was still running.
func (c *Checked) Close() {
	if c.checking.Load() {
		c.p.add(&c.p.returned, "close during a check")
	}
}

// Command asks the handler to call shutdown with Cause.
type Command struct{ Cause error }

func Handle(p *Probe, shutdown func(error), c Command) {
	shutdown(c.Cause)
	p.add(&p.returned, "handler")
}
