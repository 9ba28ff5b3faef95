package main

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// newTestAPI returns an API whose queue is jobs, bound to a free port but
// not serving: the tests call its handler.
func newTestAPI(t *testing.T, jobs chan Job) *API {
	t.Helper()
	a, err := ListenAPI(t.Context(), &Config{Addr: "127.0.0.1:0"}, nil, jobs)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Shutdown(context.Background()) })
	return a
}

func doPost(ctx context.Context, a *API, body string) *httptest.ResponseRecorder {
	w := httptest.NewRecorder()
	r := httptest.NewRequestWithContext(ctx, http.MethodPost, "/jobs", strings.NewReader(body))
	a.postJob(w, r)
	return w
}

func TestPostJob(t *testing.T) {
	jobs := make(chan Job, 2)
	a := newTestAPI(t, jobs)

	w := doPost(t.Context(), a, `{"id": "order-1", "payload": {"sku": "tea"}}`)
	if w.Code != http.StatusAccepted || w.Body.String() != `{"id":"order-1"}`+"\n" {
		t.Errorf("POST = %d %s, want 202 {\"id\":\"order-1\"}", w.Code, w.Body)
	}
	if job := <-jobs; job.ID != "order-1" || string(job.Payload) != `{"sku": "tea"}` {
		t.Errorf("queued %+v, want order-1 with its payload", job)
	}

	w = doPost(t.Context(), a, `{}`)
	var got struct{ ID string }
	if err := json.Unmarshal(w.Body.Bytes(), &got); w.Code != http.StatusAccepted || err != nil || !strings.HasPrefix(got.ID, "job-") {
		t.Errorf("POST without an id = %d %s, want 202 with a new id", w.Code, w.Body)
	}
	if job := <-jobs; job.ID != got.ID {
		t.Errorf("queued %q, want %q", job.ID, got.ID)
	}
}

func TestPostJobRejectsBadBodies(t *testing.T) {
	a := newTestAPI(t, make(chan Job, 1))
	for _, body := range []string{
		``,
		`[1]`,
		`{"id": 1}`,
		`{"id": "a", "extra": 1}`,
		`{"id": "a"} {"id": "b"}`,
		`{"id": "` + strings.Repeat("x", maxIDBytes+1) + `"}`,
	} {
		if w := doPost(t.Context(), a, body); w.Code != http.StatusBadRequest {
			t.Errorf("POST %.40q = %d %s, want 400", body, w.Code, w.Body)
		}
	}
	if n := len(a.jobs); n != 0 {
		t.Errorf("%d jobs queued, want none", n)
	}
}

// TestPostJobWhileStopping: once Shutdown has begun, a post is refused,
// and so is one that was waiting for room in a full queue.
func TestPostJobWhileStopping(t *testing.T) {
	jobs := make(chan Job) // no room, no worker: a post waits
	a := newTestAPI(t, jobs)
	done := make(chan *httptest.ResponseRecorder)
	go func() { done <- doPost(t.Context(), a, `{"id": "waiting"}`) }()

	select {
	case w := <-done:
		t.Fatalf("POST to a full queue = %d, want it to wait", w.Code)
	case <-time.After(20 * time.Millisecond):
	}
	if err := a.Shutdown(t.Context()); err != nil {
		t.Fatal(err)
	}
	for _, w := range []*httptest.ResponseRecorder{<-done, doPost(t.Context(), a, `{"id": "late"}`)} {
		if w.Code != http.StatusServiceUnavailable || w.Header().Get("Retry-After") == "" {
			t.Errorf("POST while stopping = %d %s, want 503 with Retry-After", w.Code, w.Body)
		}
	}
}

// TestPostJobClientGone: a post that waits for room ends when its client
// goes away, without queueing the job.
func TestPostJobClientGone(t *testing.T) {
	jobs := make(chan Job)
	a := newTestAPI(t, jobs)
	ctx, cancel := context.WithTimeout(t.Context(), 20*time.Millisecond)
	defer cancel()
	doPost(ctx, a, `{"id": "gone"}`)
	select {
	case job := <-jobs:
		t.Errorf("queued %+v after the client went away", job)
	default:
	}
}
