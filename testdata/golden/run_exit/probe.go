package run_exit

import (
	"slices"
	"sync"
)

// Probe records the lifecycle calls of one app ("start x", "stop x", ...)
// for the tests. Make it with NewProbe.
type Probe struct {
	mu    sync.Mutex
	lines []string

	EndQuitter, EndCrasher chan struct{} // closing one ends that run loop
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

func NewProbe() *Probe {
	return &Probe{EndQuitter: make(chan struct{}), EndCrasher: make(chan struct{})}
}
