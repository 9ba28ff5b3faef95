package branches

import "sync"

// chanLog counts events by state; OnEvent may be called from any goroutine.
type chanLog struct {
	mu     sync.Mutex
	states map[AppState]int
}

func (l *chanLog) record(e AppEvent) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.states == nil {
		l.states = map[AppState]int{}
	}
	l.states[e.State]++
}

func (l *chanLog) count(s AppState) int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.states[s]
}
