package main

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"sync"
)

// Job is one item of the queue: what a client posts to /jobs.
type Job struct {
	// ID names the job; a job posted twice with one ID is written once.
	// Empty: the API makes one up and returns it.
	ID string `json:"id"`
	// Payload is any JSON value, stored as it came.
	Payload json.RawMessage `json:"payload,omitempty"`
}

// maxJobBytes bounds a request body, and maxIDBytes an ID.
const (
	maxJobBytes = 1 << 20
	maxIDBytes  = 200
)

// API is the HTTP server that takes jobs.
type API struct {
	*Server // Serve and URL; Shutdown is API's own
	db      *sql.DB
	jobs    chan<- Job

	stopping chan struct{} // closed when Shutdown begins
	once     sync.Once
}

// ListenAPI binds cfg.Addr and returns the API, not serving yet:
//
//	POST /jobs       queue a job: 202 {"id": ID} once it is on the queue
//	GET  /jobs/{id}  the job's row, once a worker has written it, else 404
func ListenAPI(ctx context.Context, cfg *Config, db *sql.DB, jobs chan<- Job) (*API, error) {
	a := &API{db: db, jobs: jobs, stopping: make(chan struct{})}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /jobs", a.postJob)
	mux.HandleFunc("GET /jobs/{id}", a.getJob)
	srv, err := listen(ctx, cfg.Addr, mux)
	if err != nil {
		return nil, err
	}
	a.Server = srv
	return a, nil
}

// Shutdown makes every request that has not queued its job yet answer
// 503, then shuts the server down: the listener closes, and the requests
// in flight finish. Once it returns, no request sends to the queue again.
func (a *API) Shutdown(ctx context.Context) error {
	a.once.Do(func() { close(a.stopping) })
	return a.Server.Shutdown(ctx)
}

// postJob answers 202 with the job's ID once the job is on the queue: the
// workers will write it, even if a shutdown begins now. While the queue is
// full it waits. It answers 503 once the API is shutting down, and 400 to
// a body that is not a job.
func (a *API) postJob(w http.ResponseWriter, r *http.Request) {
	if a.isStopping() {
		refuse(w)
		return
	}
	job, err := readJob(w, r)
	if err != nil {
		writeJSON(w, http.StatusBadRequest, map[string]string{"error": err.Error()})
		return
	}
	select {
	case a.jobs <- job:
		writeJSON(w, http.StatusAccepted, map[string]string{"id": job.ID})
	case <-a.stopping:
		refuse(w)
	case <-r.Context().Done():
		// The client is gone, and the job was not queued.
	}
}

// isStopping reports whether Shutdown has begun. postJob checks it before
// anything else: when the queue has room and Shutdown has begun, a select
// on both could pick either.
func (a *API) isStopping() bool {
	select {
	case <-a.stopping:
		return true
	default:
		return false
	}
}

// refuse answers 503: the API is shutting down. The client may retry
// elsewhere, or here after a restart.
func refuse(w http.ResponseWriter) {
	w.Header().Set("Connection", "close")
	w.Header().Set("Retry-After", "1")
	writeJSON(w, http.StatusServiceUnavailable, map[string]string{"error": "shutting down"})
}

// readJob decodes a job from the request body and gives it an ID if it
// has none.
func readJob(w http.ResponseWriter, r *http.Request) (Job, error) {
	var job Job
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxJobBytes))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&job); err != nil {
		return Job{}, fmt.Errorf("the body is not a job: %v", err)
	}
	if dec.More() {
		return Job{}, errors.New("the body is not a job: more than one JSON value")
	}
	if len(job.ID) > maxIDBytes {
		return Job{}, fmt.Errorf("the id is longer than %d bytes", maxIDBytes)
	}
	if job.ID == "" {
		job.ID = "job-" + rand.Text()
	}
	return job, nil
}

// getJob answers the job's row as JSON, or 404 until a worker has written
// it.
func (a *API) getJob(w http.ResponseWriter, r *http.Request) {
	row, err := LoadJob(r.Context(), a.db, r.PathValue("id"))
	switch {
	case errors.Is(err, sql.ErrNoRows):
		writeJSON(w, http.StatusNotFound, map[string]string{"error": "no such job"})
	case err != nil:
		writeJSON(w, http.StatusInternalServerError, map[string]string{"error": err.Error()})
	default:
		writeJSON(w, http.StatusOK, row)
	}
}

// writeJSON writes v as the JSON body of a response with code.
func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(v)
}
