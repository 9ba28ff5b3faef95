package stop_hang

import (
	"slices"
	"sync"
)

// Probe records the lifecycle calls of one app ("start x", "stop x", ...)
// for the tests. Make it with NewProbe.
type Probe struct {
	mu    sync.Mutex
	lines []string

	Hang     map[string]bool // the services whose stop hangs
	Release  chan struct{}   // closed by the test: hanging stops return
	Returned chan struct{}   // closed once the hanging stop has returned
}

// Add records one call.
func (p *Probe) Add(s string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.lines = append(p.lines, s)
}

// Lines returns the calls recorded so far.
func (p *Probe) Lines() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return slices.Clone(p.lines)
}

// Count reports how often line was recorded.
func (p *Probe) Count(line string) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	n := 0
	for _, l := range p.lines {
		if l == line {
			n++
		}
	}
	return n
}

// NewProbe returns a probe that makes the stop of the service hang.
func NewProbe(hang string) *Probe {
	return &Probe{Hang: map[string]bool{hang: true}, Release: make(chan struct{}), Returned: make(chan struct{})}
}
