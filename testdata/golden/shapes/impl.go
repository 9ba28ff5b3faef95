package shapes

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"lifegen.test/golden/shapes/store"
)

// Journal records the lifecycle calls in order and tells the components
// what to do; it is the app's only input.
type Journal struct {
	FailSession bool       // NewSession returns an error
	Crash       chan error // the clock's run loop returns what it receives

	mu    sync.Mutex
	lines []string
}

func NewJournal() *Journal { return &Journal{Crash: make(chan error, 1)} }

func (j *Journal) Add(format string, args ...any) {
	j.mu.Lock()
	defer j.mu.Unlock()
	j.lines = append(j.lines, fmt.Sprintf(format, args...))
}

func (j *Journal) Lines() []string {
	j.mu.Lock()
	defer j.mu.Unlock()
	return append([]string(nil), j.lines...)
}

// hasDeadline says whether a constructor's ctx carries its start_timeout.
func hasDeadline(ctx context.Context) bool {
	_, ok := ctx.Deadline()
	return ok
}

type Settings struct{ Name string }

func LoadSettings(j *Journal) Settings {
	j.Add("load settings")
	return Settings{Name: "shapes"}
}

type Clock struct{ j *Journal }

func NewClock(ctx context.Context, j *Journal) *Clock {
	j.Add("new clock (deadline %v)", hasDeadline(ctx))
	return &Clock{j: j}
}

// Tick runs until its ctx ends or the journal's Crash channel delivers a
// failure.
func (c *Clock) Tick(ctx context.Context) error {
	select {
	case <-ctx.Done():
		return nil
	case err := <-c.j.Crash:
		return err
	}
}

func OpenStore(j *Journal) (*store.Store, error) {
	j.Add("open store")
	return store.New("main"), nil
}

type DB struct {
	j        *Journal
	Settings Settings
	Store    *store.Store
}

func OpenDB(ctx context.Context, j *Journal, s Settings, st *store.Store) (*DB, error) {
	j.Add("open db (deadline %v)", hasDeadline(ctx))
	return &DB{j: j, Settings: s, Store: st}, nil
}

func (d *DB) Close() error {
	d.j.Add("close db")
	return nil
}

type Cache struct {
	j  *Journal
	DB *DB
}

func NewCache(j *Journal, db *DB) (*Cache, func()) {
	j.Add("new cache")
	return &Cache{j: j, DB: db}, func() { j.Add("cleanup cache") }
}

// Flush is a stop that takes a ctx and the shutdown cause.
func (c *Cache) Flush(ctx context.Context, cause error) error {
	c.j.Add("flush cache (cause %v)", cause)
	return nil
}

type Conn struct {
	j     *Journal
	Clock *Clock
}

func Dial(ctx context.Context, j *Journal, c *Clock) (*Conn, func()) {
	j.Add("dial conn")
	return &Conn{j: j, Clock: c}, func() { j.Add("cleanup conn") }
}

// Hangup is a stop that takes only the shutdown cause.
func (c *Conn) Hangup(cause error) {
	c.j.Add("hangup conn (cause %v)", cause)
}

type Pool struct{ DB *DB }

func NewPool(j *Journal, db *DB) (*Pool, func(), error) {
	j.Add("new pool")
	return &Pool{DB: db}, func() { j.Add("cleanup pool") }, nil
}

var ErrSession = errors.New("session refused")

type Session struct {
	j     *Journal
	Cache *Cache
	Conn  *Conn
}

func NewSession(ctx context.Context, j *Journal, c *Cache, conn *Conn) (*Session, func(), error) {
	cleanup := func() { j.Add("cleanup session") }
	if j.FailSession {
		j.Add("new session failed")
		// A constructor that fails may return a cleanup too: it is not
		// called, as with wire.
		return nil, cleanup, ErrSession
	}
	j.Add("new session")
	return &Session{j: j, Cache: c, Conn: conn}, cleanup, nil
}

func (s *Session) Close() error {
	s.j.Add("close session")
	return nil
}

// Route is what a Router serves.
type Route interface{ Pattern() string }

type Echo struct{}

func NewEcho() *Echo { return &Echo{} }

func (*Echo) Pattern() string { return "/echo" }

type Router struct{ Route Route }

func NewRouter(r Route) *Router { return &Router{Route: r} }

type (
	Item struct{ N int }
	Job  struct{ N int }
	Note struct{ Text string }
)

func Tally(j *Journal, it Item) { j.Add("tally %d", it.N) }

func RunJob(ctx context.Context, j *Journal, job Job) {
	j.Add("run job %d (ctx alive %v)", job.N, ctx.Err() == nil)
}

var ErrEmptyNote = errors.New("empty note")

func TakeNote(j *Journal, n Note) error {
	if n.Text == "" {
		return ErrEmptyNote
	}
	j.Add("note %q", n.Text)
	return nil
}

type Producer struct {
	Items chan<- Item
	Jobs  chan<- Job
	Notes chan<- Note
}

func NewProducer(items chan<- Item, jobs chan<- Job, notes chan<- Note) *Producer {
	return &Producer{Items: items, Jobs: jobs, Notes: notes}
}
