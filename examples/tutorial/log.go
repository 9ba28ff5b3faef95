package main

import (
	"fmt"
	"io"
	"sync"
	"time"
)

// Log writes one line per call, prefixed with the time since it was made
// and the name of the component that wrote it:
//
//	[  0.201s] database   running (took 201ms)
//
// It is safe for concurrent use: the components write from their own
// goroutines.
type Log struct {
	mu    sync.Mutex
	w     io.Writer
	start time.Time
}

// NewLog returns a Log that writes to w and measures time from now.
func NewLog(w io.Writer) *Log { return &Log{w: w, start: time.Now()} }

// Printf writes one line for component who.
func (l *Log) Printf(who, format string, args ...any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	secs := time.Since(l.start).Seconds()
	fmt.Fprintf(l.w, "[%7.3fs] %-10s %s\n", secs, who, fmt.Sprintf(format, args...))
}
