package signatures

import (
	"slices"
	"sync"
)

// Journal records the lifecycle calls of one app ("stop x", ...) for the
// tests.
type Journal struct {
	mu    sync.Mutex
	lines []string
}

// Add records one call.
func (p *Journal) Add(s string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.lines = append(p.lines, s)
}

// Lines returns the calls recorded so far.
func (p *Journal) Lines() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return slices.Clone(p.lines)
}

// Count reports how often line was recorded.
func (p *Journal) Count(line string) int {
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
