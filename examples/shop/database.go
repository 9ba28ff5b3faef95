package main

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"time"

	_ "modernc.org/sqlite" // the "sqlite" driver: SQLite in pure Go, no cgo
)

// DatabaseFile is the name of the database in Config.DataDir.
const DatabaseFile = "shop.db"

// schema is created when the database opens. seq orders the rows as they
// were first written, for the poller.
const schema = `
CREATE TABLE IF NOT EXISTS jobs (
	seq     INTEGER PRIMARY KEY AUTOINCREMENT,
	id      TEXT NOT NULL UNIQUE,
	payload TEXT NOT NULL DEFAULT 'null',
	state   TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done')),
	done_at TEXT -- when a worker wrote the job, RFC 3339
)`

// OpenDatabase opens (or creates) the database file in cfg.DataDir and
// creates the schema.
//
// SQLite writes one transaction at a time. The program keeps one
// connection, so its writers queue in database/sql instead of retrying
// on SQLITE_BUSY with sleeps (which made the four workers four times
// slower than one connection under the race detector); busy_timeout
// makes it wait for another process's lock instead of failing.
func OpenDatabase(ctx context.Context, cfg *Config) (*sql.DB, error) {
	if err := os.MkdirAll(cfg.DataDir, 0o755); err != nil {
		return nil, err
	}
	dsn := (&url.URL{
		Scheme:   "file",
		OmitHost: true,
		Path:     filepath.ToSlash(filepath.Join(cfg.DataDir, DatabaseFile)),
		RawQuery: "_pragma=busy_timeout(5000)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)",
	}).String()
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(1) // see above
	if _, err := db.ExecContext(ctx, schema); err != nil {
		db.Close()
		return nil, fmt.Errorf("create the schema in %s: %w", cfg.DataDir, err)
	}
	return db, nil
}

// SaveJob is the workers' handler: it writes job as a done row. It is
// idempotent by ID: a job written before is left as it is, and a pending
// row (from the poller) becomes done.
func SaveJob(ctx context.Context, db *sql.DB, job Job) error {
	payload := string(job.Payload)
	if payload == "" {
		payload = "null"
	}
	_, err := db.ExecContext(ctx, `
		INSERT INTO jobs (id, payload, state, done_at) VALUES (?, ?, 'done', ?)
		ON CONFLICT (id) DO UPDATE SET state = 'done', done_at = excluded.done_at
		WHERE jobs.state = 'pending'`,
		job.ID, payload, time.Now().UTC().Format(time.RFC3339Nano))
	if err != nil {
		return fmt.Errorf("save job %q: %w", job.ID, err)
	}
	return nil
}

// JobRow is a job as the database has it.
type JobRow struct {
	ID      string          `json:"id"`
	Payload json.RawMessage `json:"payload"`
	State   string          `json:"state"`
	DoneAt  string          `json:"done_at,omitempty"`
}

// LoadJob reads the row of one job; sql.ErrNoRows when there is none.
func LoadJob(ctx context.Context, db *sql.DB, id string) (JobRow, error) {
	var (
		r       JobRow
		payload string
		doneAt  sql.NullString
	)
	err := db.QueryRowContext(ctx, `SELECT id, payload, state, done_at FROM jobs WHERE id = ?`, id).
		Scan(&r.ID, &payload, &r.State, &doneAt)
	r.Payload, r.DoneAt = json.RawMessage(payload), doneAt.String
	return r, err
}
