package main

import (
	"database/sql"
	"encoding/json"
	"errors"
	"testing"
)

// TestSaveJobIsIdempotent: a job saved twice is one row, the first; a
// pending row becomes done.
func TestSaveJobIsIdempotent(t *testing.T) {
	db := openTestDB(t, t.TempDir())
	ctx := t.Context()
	for _, payload := range []string{`{"n": 1}`, `{"n": 2}`} {
		if err := SaveJob(ctx, db, Job{ID: "a", Payload: json.RawMessage(payload)}); err != nil {
			t.Fatal(err)
		}
	}
	row, err := LoadJob(ctx, db, "a")
	if err != nil {
		t.Fatal(err)
	}
	if row.State != "done" || string(row.Payload) != `{"n": 1}` || row.DoneAt == "" {
		t.Errorf("after two saves, a = %+v, want the first, done", row)
	}

	if _, err := db.Exec(`INSERT INTO jobs (id) VALUES ('b')`); err != nil {
		t.Fatal(err)
	}
	if row, err := LoadJob(ctx, db, "b"); err != nil || row.State != "pending" || row.DoneAt != "" {
		t.Errorf("inserted b = %+v, %v, want pending", row, err)
	}
	if err := SaveJob(ctx, db, Job{ID: "b"}); err != nil {
		t.Fatal(err)
	}
	if row, err := LoadJob(ctx, db, "b"); err != nil || row.State != "done" || string(row.Payload) != "null" {
		t.Errorf("after a save, b = %+v, %v, want done", row, err)
	}

	var n int
	if err := db.QueryRow(`SELECT count(*) FROM jobs`).Scan(&n); err != nil || n != 2 {
		t.Errorf("%d rows (%v), want 2", n, err)
	}
	if _, err := LoadJob(ctx, db, "c"); !errors.Is(err, sql.ErrNoRows) {
		t.Errorf("LoadJob of a missing job: %v, want sql.ErrNoRows", err)
	}
}

// TestOpenDatabaseTwice: the schema is created once; opening again keeps
// the rows. The connection has the pragmas of the DSN.
func TestOpenDatabaseTwice(t *testing.T) {
	dir := t.TempDir()
	db := openTestDB(t, dir)
	for pragma, want := range map[string]string{"journal_mode": "wal", "busy_timeout": "5000", "synchronous": "1"} {
		var got string
		if err := db.QueryRow("PRAGMA " + pragma).Scan(&got); err != nil || got != want {
			t.Errorf("PRAGMA %s = %q (%v), want %q", pragma, got, err, want)
		}
	}
	if err := SaveJob(t.Context(), db, Job{ID: "kept"}); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if _, err := LoadJob(t.Context(), openTestDB(t, dir), "kept"); err != nil {
		t.Errorf("after reopening: %v", err)
	}
}
