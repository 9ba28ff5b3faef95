package main

import (
	"context"
	"database/sql"
	"encoding/json"
	"time"
)

// pollBatch is how many pending rows the poller reads at a time.
const pollBatch = 100

// Poller sends the jobs that are pending in the database to the queue:
// rows that something other than this program inserted with state
// 'pending' (see README.md). The workers mark them done.
type Poller struct {
	db    *sql.DB
	jobs  chan<- Job
	every time.Duration
	after int64 // the seq of the last row sent
}

// NewPoller returns a poller of db that looks for pending rows every
// cfg.PollInterval.
func NewPoller(cfg *Config, db *sql.DB, jobs chan<- Job) *Poller {
	return &Poller{db: db, jobs: jobs, every: cfg.PollInterval}
}

// Run sends pending rows to the queue until ctx ends, then returns nil.
// It reads each row once: a row whose write failed stays pending, and is
// sent again by the next poller that starts. A row not sent when ctx ends
// is still pending: nothing is lost.
func (p *Poller) Run(ctx context.Context) error {
	tick := time.NewTicker(p.every)
	defer tick.Stop()
	for {
		n, err := p.poll(ctx)
		if ctx.Err() != nil {
			return nil
		}
		if err != nil {
			return err // the app shuts down: the database is not usable
		}
		if n == pollBatch {
			continue // there may be more
		}
		select {
		case <-tick.C:
		case <-ctx.Done():
			return nil
		}
	}
}

// poll sends the next batch of pending rows and returns how many it read.
func (p *Poller) poll(ctx context.Context) (int, error) {
	batch, err := p.pending(ctx)
	if err != nil {
		return 0, err
	}
	for _, row := range batch {
		select {
		case p.jobs <- row.job:
			p.after = row.seq
		case <-ctx.Done():
			return 0, ctx.Err()
		}
	}
	return len(batch), nil
}

type pendingRow struct {
	seq int64
	job Job
}

// pending reads the next batch of pending rows after p.after. It reads
// them all before sending any, so that no connection is held while the
// queue is full.
func (p *Poller) pending(ctx context.Context) ([]pendingRow, error) {
	rows, err := p.db.QueryContext(ctx,
		`SELECT seq, id, payload FROM jobs WHERE state = 'pending' AND seq > ? ORDER BY seq LIMIT ?`,
		p.after, pollBatch)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var batch []pendingRow
	for rows.Next() {
		var (
			r       pendingRow
			payload string
		)
		if err := rows.Scan(&r.seq, &r.job.ID, &payload); err != nil {
			return nil, err
		}
		r.job.Payload = json.RawMessage(payload)
		batch = append(batch, r)
	}
	return batch, rows.Err()
}
