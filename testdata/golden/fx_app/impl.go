package fx_app

import (
	"context"
	"errors"
	"slices"
	"sync"
	"time"
)

// Config is the application's configuration.
type Config struct {
	Addr string
	DSN  string
}

// Logger stands for *zap.Logger: it records every line, for the tests.
type Logger struct {
	mu    sync.Mutex
	lines []string
}

func NewLogger(cfg *Config) (*Logger, error) { return &Logger{}, nil }

func (l *Logger) Info(msg string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.lines = append(l.lines, msg)
}

func (l *Logger) Lines() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return slices.Clone(l.lines)
}

func (l *Logger) Sync() error {
	l.Info("logger: sync")
	return nil
}

type DB struct {
	log      *Logger
	migrated bool
	mu       sync.Mutex
}

var ErrNoDSN = errors.New("no DSN configured")

// NewDB opens the connection pool; the cleanup closes it.
func NewDB(cfg *Config, log *Logger) (*DB, func(), error) {
	if cfg.DSN == "" {
		return nil, nil, ErrNoDSN
	}
	log.Info("db: open")
	return &DB{log: log}, func() { log.Info("db: close") }, nil
}

func (db *DB) Migrated() bool {
	db.mu.Lock()
	defer db.mu.Unlock()
	return db.migrated
}

// Route is an http.Handler with its pattern, as in fx's tutorial.
type Route interface{ Pattern() string }

type EchoHandler struct{}

func NewEchoHandler(log *Logger) *EchoHandler { return &EchoHandler{} }

func (*EchoHandler) Pattern() string { return "/echo" }

type HelloHandler struct{ db *DB }

func NewHelloHandler(log *Logger, db *DB) (*HelloHandler, error) { return &HelloHandler{db: db}, nil }

func (*HelloHandler) Pattern() string { return "/hello" }

type ServeMux struct{ Routes []Route }

func NewServeMux(routes []Route) *ServeMux { return &ServeMux{Routes: routes} }

func (m *ServeMux) Patterns() []string {
	var out []string
	for _, r := range m.Routes {
		out = append(out, r.Pattern())
	}
	return out
}

// Migrations is what fx.Invoke(RunMigrations) did.
type Migrations struct{ Applied int }

// RunMigrations takes a while, as migrating does.
func RunMigrations(db *DB, log *Logger) (*Migrations, error) {
	time.Sleep(20 * time.Millisecond)
	db.mu.Lock()
	db.migrated = true
	db.mu.Unlock()
	log.Info("migrations: applied")
	return &Migrations{Applied: 3}, nil
}

// Server stands for *http.Server.
type Server struct {
	Mux  *ServeMux
	log  *Logger
	stop chan struct{}
}

func NewHTTPServer(cfg *Config, mux *ServeMux, log *Logger) *Server {
	return &Server{Mux: mux, log: log, stop: make(chan struct{})}
}

// Serve takes no ctx, as http.Server.Serve; Shutdown ends it.
func (s *Server) Serve() error {
	s.log.Info("server: serve")
	<-s.stop
	return nil
}

func (s *Server) Shutdown(ctx context.Context) error {
	close(s.stop)
	s.log.Info("server: shutdown")
	return nil
}
