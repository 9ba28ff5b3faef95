package prometheus

import (
	"context"
	"net/http"
	"slices"
	"sync"
	"time"
)

// Flags are the command-line flags, with a journal for the tests.
type Flags struct {
	WALSegments int // segments to replay when the TSDB opens

	mu      sync.Mutex
	journal []string
}

func (f *Flags) Log(s string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.journal = append(f.journal, s)
}

func (f *Flags) Journal() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.journal)
}

// Appendable is what scraped samples are written to
// (storage.Appendable).
type Appendable interface{ Append(sample string) }

// TSDB is the local time-series database (tsdb.DB).
type TSDB struct {
	f        *Flags
	Replayed int
}

// OpenTSDB replays the write-ahead log, one segment at a time. The real
// tsdb.Open takes no ctx; this stand-in takes one so that the test can see
// it has no deadline.
func OpenTSDB(ctx context.Context, f *Flags) (*TSDB, error) {
	if _, ok := ctx.Deadline(); ok {
		f.Log("tsdb: replay with a deadline")
	}
	db := &TSDB{f: f}
	for range f.WALSegments {
		select {
		case <-time.After(2 * time.Millisecond):
			db.Replayed++
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	f.Log("tsdb: open")
	return db, nil
}

func (db *TSDB) Append(sample string) {}
func (db *TSDB) Close() error {
	db.f.Log("tsdb: close")
	return nil
}

// AgentDB is agent mode's write-ahead log (agent.DB).
type AgentDB struct{ f *Flags }

func OpenAgentDB(f *Flags) (*AgentDB, error) {
	f.Log("agent db: open")
	return &AgentDB{f: f}, nil
}

func (db *AgentDB) Append(sample string) {}
func (db *AgentDB) Close() error {
	db.f.Log("agent db: close")
	return nil
}

// AlertQueue is the notifier's queue of alerts.
type AlertQueue struct {
	mu     sync.Mutex
	queued []string
}

func (q *AlertQueue) Send(alert string) {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.queued = append(q.queued, alert)
}

func (q *AlertQueue) take() []string {
	q.mu.Lock()
	defer q.mu.Unlock()
	out := q.queued
	q.queued = nil
	return out
}

// Notifier delivers alerts to Alertmanager (notifier.Manager).
type Notifier struct {
	f         *Flags
	q         *AlertQueue
	stop      chan struct{}
	mu        sync.Mutex
	delivered []string
}

func NewNotifier(f *Flags, q *AlertQueue) *Notifier {
	return &Notifier{f: f, q: q, stop: make(chan struct{})}
}

func (n *Notifier) deliver() {
	alerts := n.q.take()
	n.mu.Lock()
	defer n.mu.Unlock()
	n.delivered = append(n.delivered, alerts...)
}

// Run delivers queued alerts until Stop; it takes no ctx, as the real one.
func (n *Notifier) Run() {
	n.f.Log("notifier: run")
	for {
		select {
		case <-n.stop:
			return
		case <-time.After(time.Millisecond):
			n.deliver()
		}
	}
}

// Stop delivers what is still queued and ends Run.
func (n *Notifier) Stop() {
	n.deliver()
	close(n.stop)
	n.f.Log("notifier: stop")
}

func (n *Notifier) Delivered() []string {
	n.mu.Lock()
	defer n.mu.Unlock()
	return slices.Clone(n.delivered)
}

// RuleManager evaluates alerting rules (rules.Manager).
type RuleManager struct {
	f    *Flags
	db   *TSDB
	q    *AlertQueue
	stop chan struct{}
}

func NewRuleManager(db *TSDB, q *AlertQueue) *RuleManager {
	return &RuleManager{f: db.f, db: db, q: q, stop: make(chan struct{})}
}

func (m *RuleManager) Run() {
	m.f.Log("rules: run")
	m.q.Send("HighLatency firing")
	<-m.stop
}

// Stop sends the alerts of the last evaluation: the notifier must still
// be there to deliver them.
func (m *RuleManager) Stop() {
	m.q.Send("HighLatency resolved")
	close(m.stop)
	m.f.Log("rules: stop")
}

// ScrapeManager scrapes targets into an Appendable (scrape.Manager).
type ScrapeManager struct {
	Storage Appendable
	stop    chan struct{}
}

func NewScrapeManager(app Appendable) *ScrapeManager {
	return &ScrapeManager{Storage: app, stop: make(chan struct{})}
}

func (m *ScrapeManager) Run() error {
	<-m.stop
	return nil
}

func (m *ScrapeManager) Stop() { close(m.stop) }

// WebHandler serves the UI and the API (web.Handler).
type WebHandler struct {
	f    *Flags
	quit func(error)
}

func NewWebHandler(f *Flags, quit func(error)) *WebHandler {
	f.Log("web: new")
	return &WebHandler{f: f, quit: quit}
}

func (h *WebHandler) Run(ctx context.Context) error {
	<-ctx.Done()
	return nil
}

// ServeHTTP answers POST /-/quit by asking for a clean shutdown.
func (h *WebHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodPost && r.URL.Path == "/-/quit" {
		h.quit(nil)
		w.Write([]byte("Requesting termination... Goodbye!"))
		return
	}
	http.NotFound(w, r)
}
