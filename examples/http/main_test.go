package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestRun starts the server on a free port, checks the app's routes and
// probes, then cancels ctx as Ctrl-C would and checks the shutdown.
func TestRun(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	out := &syncBuffer{}
	var stderr bytes.Buffer
	code := make(chan int, 1)
	go func() { code <- run(ctx, []string{"-addr", "127.0.0.1:0"}, out, &stderr) }()

	url := waitFor(t, out, regexp.MustCompile(`msg="all components ready" url=(http://\S+)`), code)
	for path, want := range map[string]string{
		"/":       "hello from lifegen (visit #1)\n",
		"/livez":  "ok\n",
		"/readyz": "ok\n",
	} {
		if got := get(t, url+path); got != want {
			t.Errorf("GET %s = %q, want %q", path, got, want)
		}
	}
	if got := get(t, url+"/readyz?verbose"); !strings.Contains(got, `"name":"server","kind":"service","state":"running"`) {
		t.Errorf("GET /readyz?verbose = %s, want the server running", got)
	}

	cancel()
	select {
	case c := <-code:
		if c != 0 {
			t.Fatalf("run returned %d, want 0\n%s%s", c, out.String(), stderr.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatalf("run did not return after ctx was cancelled\n%s", out.String())
	}
	log := out.String()
	t.Logf("output:\n%s", log)
	order := []string{
		`msg="service store running"`, `msg="service server running"`, `msg="all components ready"`,
		`msg="service server stopping"`, `msg="service server stopped"`,
		`msg="service store stopping"`, `msg="service store stopped"`, `msg="all components stopped"`,
	}
	last := -1
	for _, s := range order {
		i := strings.Index(log, s)
		if i <= last {
			t.Errorf("%s missing or out of order", s)
		}
		last = i
	}
}

// TestRunPortInUse shows that binding in the constructor turns a busy port
// into a start failure that names the service.
func TestRunPortInUse(t *testing.T) {
	var out1 syncBuffer
	ctx, cancel := context.WithCancel(t.Context())
	code := make(chan int, 1)
	go func() { code <- run(ctx, []string{"-addr", "127.0.0.1:0"}, &out1, io.Discard) }()
	url := waitFor(t, &out1, regexp.MustCompile(`url=http://(\S+)`), code)
	defer func() { cancel(); <-code }()

	var out2 bytes.Buffer
	if c := run(t.Context(), []string{"-addr", url}, &out2, io.Discard); c != 1 {
		t.Errorf("second run on %s returned %d, want 1", url, c)
	}
	if !strings.Contains(out2.String(), `service \"server\": start:`) {
		t.Errorf("the error does not name the server:\n%s", out2.String())
	}
}

func get(t *testing.T, url string) string {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != http.StatusOK {
		t.Errorf("GET %s: %s", url, resp.Status)
	}
	return string(body)
}

// waitFor waits until out has a match of re and returns its first group,
// failing if run returns first or after 10s.
func waitFor(t *testing.T, out *syncBuffer, re *regexp.Regexp, code <-chan int) string {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if m := re.FindStringSubmatch(out.String()); m != nil {
			return m[1]
		}
		select {
		case c := <-code:
			t.Fatalf("run returned %d before %s\n%s", c, re, out.String())
		case <-time.After(10 * time.Millisecond):
		}
	}
	t.Fatalf("no %s in the output after 10s\n%s", re, out.String())
	return ""
}

// syncBuffer is a bytes.Buffer safe for the test and run to share.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
