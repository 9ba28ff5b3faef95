package main

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// These tests build the shop binary, run it as a deployment would, and
// signal it. They are skipped with -short.

// TestSIGTERMLosesNoAcceptedJob posts jobs from several goroutines,
// sends SIGTERM mid-stream and keeps posting until the server refuses or
// closes the connection. The process must exit 0, and the database must
// hold exactly the jobs that were answered 202: none lost, none written
// twice, none that was refused or failed.
func TestSIGTERMLosesNoAcceptedJob(t *testing.T) {
	data := t.TempDir()
	shop := startShop(t, "-target=api", "-data", data)
	if code := getStatus(t, shop.admin+"/readyz"); code != http.StatusOK {
		t.Fatalf("GET /readyz after ready = %d, want 200", code)
	}

	const senders = 8
	var (
		res      results
		wg       sync.WaitGroup
		sigterm  = make(chan struct{}) // closed once SIGTERM is sent
		deadline = time.Now().Add(time.Minute)
	)
	client := &http.Client{
		Transport: &http.Transport{MaxIdleConnsPerHost: senders},
		Timeout:   30 * time.Second,
	}
	for s := range senders {
		wg.Go(func() {
			for n := 0; time.Now().Before(deadline); n++ {
				id := fmt.Sprintf("s%d-%06d", s, n)
				code, err := post(client, shop.api, id)
				if !res.record(id, code, err, sigterm) {
					return
				}
			}
		})
	}

	res.waitAccepted(t, 200) // mid-stream
	if err := shop.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	close(sigterm)
	wg.Wait()
	shop.waitExit(t, 0)

	res.mu.Lock()
	defer res.mu.Unlock()
	t.Logf("accepted %d jobs before SIGTERM and %d after (the readiness drain), refused %d (503); %d posts failed after SIGTERM (connection closed or refused)",
		res.acceptedBefore, len(res.accepted)-res.acceptedBefore, len(res.refused), len(res.failed))
	for id, err := range res.failed {
		t.Logf("for example, POST %s: %v", id, err)
		break
	}
	for _, e := range res.unexpected {
		t.Error(e)
	}
	rows := readRows(t, data)
	checkRows(t, rows, res.accepted, res.refused, res.failed)
	want := fmt.Sprintf("worker save: %d processed, 0 failed, 0 dropped\n", len(res.accepted))
	if !strings.Contains(shop.stdout.String(), want) {
		t.Errorf("stdout has no line %q:\n%s", want, shop.stdout.String())
	}
	logShutdown(t, shop.stderr.String())
}

// TestSecondSignalExitsAtOnce: a second SIGTERM during the readiness
// drain (made long, so that the second signal comes during it) ends the
// process at once, with the exit status of a process that SIGTERM ended
// (128+15).
func TestSecondSignalExitsAtOnce(t *testing.T) {
	shop := startShop(t, "-data", t.TempDir(), "-shutdown-delay=1m")
	if err := shop.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	waitOutput(t, &shop.stderr, regexp.MustCompile(`(received terminated): shutting down gracefully`), shop.exited)
	if err := shop.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	shop.waitExit(t, 128+int(syscall.SIGTERM))
	if !strings.Contains(shop.stderr.String(), "received terminated again: exiting at once") {
		t.Errorf("stderr does not say why it exited:\n%s", shop.stderr.String())
	}
	if strings.Contains(shop.stdout.String(), "stopped") {
		t.Errorf("the graceful shutdown finished, want it cut short:\n%s", shop.stdout.String())
	}
}

// TestWorkersTarget runs -target=workers: no API, and the poller sends
// the rows left pending in the database to the workers, those there at
// start and those added while it runs.
func TestWorkersTarget(t *testing.T) {
	skipUnlessEndToEnd(t)
	data := t.TempDir()
	db := openTestDB(t, data)
	addPending(t, db, "early", 250)

	shop := startShop(t, "-target=workers", "-data", data, "-poll=20ms")
	if shop.api != "" {
		t.Errorf("-target=workers started the API at %s", shop.api)
	}
	addPending(t, db, "late", 50)
	waitAllDone(t, db, 300)
	if err := shop.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	shop.waitExit(t, 0)
	if want := "worker save: 300 processed, 0 failed, 0 dropped\n"; !strings.Contains(shop.stdout.String(), want) {
		t.Errorf("stdout has no line %q:\n%s", want, shop.stdout.String())
	}
	if strings.Contains(shop.stderr.String(), `msg="service api `) {
		t.Errorf("the api ran:\n%s", shop.stderr.String())
	}
}

// results are what the senders saw.
type results struct {
	mu             sync.Mutex
	accepted       map[string]bool  // 202
	refused        map[string]bool  // 503
	failed         map[string]error // no answer: the connection was refused or closed
	acceptedBefore int              // accepted before SIGTERM was sent
	unexpected     []string
}

// record records the outcome of posting id, and reports whether to go on.
func (r *results) record(id string, code int, err error, sigterm <-chan struct{}) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.accepted == nil {
		r.accepted, r.refused, r.failed = map[string]bool{}, map[string]bool{}, map[string]error{}
	}
	signalled := false
	select {
	case <-sigterm:
		signalled = true
	default:
	}
	switch {
	case err != nil:
		r.failed[id] = err
		if !signalled {
			r.unexpected = append(r.unexpected, fmt.Sprintf("POST %s before SIGTERM: %v", id, err))
		}
		return false
	case code == http.StatusAccepted:
		r.accepted[id] = true
		if !signalled {
			r.acceptedBefore++
		}
		return true
	case code == http.StatusServiceUnavailable:
		r.refused[id] = true
		if !signalled {
			r.unexpected = append(r.unexpected, fmt.Sprintf("POST %s before SIGTERM: 503", id))
		}
		return false
	default:
		r.unexpected = append(r.unexpected, fmt.Sprintf("POST %s: status %d", id, code))
		return false
	}
}

// waitAccepted waits until n jobs are accepted.
func (r *results) waitAccepted(t *testing.T, n int) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		r.mu.Lock()
		got, bad := len(r.accepted), len(r.unexpected)
		r.mu.Unlock()
		if got >= n || bad > 0 {
			return
		}
		time.Sleep(time.Millisecond)
	}
	t.Fatalf("fewer than %d jobs accepted after 30s", n)
}

// post posts a job and returns the status code, or the error when there
// was no answer.
func post(client *http.Client, api, id string) (int, error) {
	body := fmt.Sprintf(`{"id": %q, "payload": {"n": %q}}`, id, id)
	resp, err := client.Post(api+"/jobs", "application/json", strings.NewReader(body))
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	if _, err := io.Copy(io.Discard, resp.Body); err != nil {
		return 0, fmt.Errorf("status %d, then reading the body: %w", resp.StatusCode, err)
	}
	return resp.StatusCode, nil
}

// checkRows compares the rows of the database with what the senders saw.
func checkRows(t *testing.T, rows map[string]int, accepted, refused map[string]bool, failed map[string]error) {
	t.Helper()
	var lost, twice, extra []string
	for id := range accepted {
		if rows[id] == 0 {
			lost = append(lost, id)
		}
	}
	for id, n := range rows {
		switch {
		case n > 1:
			twice = append(twice, id)
		case refused[id]:
			extra = append(extra, id+" (refused with 503)")
		case failed[id] != nil:
			extra = append(extra, fmt.Sprintf("%s (the post failed: %v)", id, failed[id]))
		case !accepted[id]:
			extra = append(extra, id+" (never accepted)")
		}
	}
	for _, l := range []struct {
		what string
		ids  []string
	}{{"accepted jobs missing from the database", lost}, {"jobs written more than once", twice}, {"rows of jobs not accepted", extra}} {
		if len(l.ids) > 0 {
			sort.Strings(l.ids)
			t.Errorf("%d %s: %s", len(l.ids), l.what, strings.Join(l.ids[:min(len(l.ids), 20)], ", "))
		}
	}
	if len(rows) != len(accepted) {
		t.Errorf("the database has %d rows, want the %d accepted jobs", len(rows), len(accepted))
	}
}

// readRows opens the database the shop wrote, after it exited, and
// counts the rows of each job ID.
func readRows(t *testing.T, data string) map[string]int {
	t.Helper()
	db := openTestDB(t, data)
	rows, err := db.Query(`SELECT id, state FROM jobs`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	counts := map[string]int{}
	for rows.Next() {
		var id, state string
		if err := rows.Scan(&id, &state); err != nil {
			t.Fatal(err)
		}
		if state != "done" {
			t.Errorf("job %s is %s, want done", id, state)
		}
		counts[id]++
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return counts
}

// openTestDB opens the database in data as the shop does.
func openTestDB(t *testing.T, data string) *sql.DB {
	t.Helper()
	db, err := OpenDatabase(t.Context(), &Config{DataDir: data})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// addPending inserts n pending rows, as another program would.
func addPending(t *testing.T, db *sql.DB, prefix string, n int) {
	t.Helper()
	for i := range n {
		_, err := db.Exec(`INSERT INTO jobs (id, payload) VALUES (?, '{}')`, fmt.Sprintf("%s-%03d", prefix, i))
		if err != nil {
			t.Fatal(err)
		}
	}
}

// waitAllDone waits until the database has n rows, all done.
func waitAllDone(t *testing.T, db *sql.DB, n int) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	var done, all int
	for time.Now().Before(deadline) {
		err := db.QueryRow(`SELECT count(*) FILTER (WHERE state = 'done'), count(*) FROM jobs`).Scan(&done, &all)
		if err != nil {
			t.Fatal(err)
		}
		if done == n && all == n {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("after 30s, %d of %d rows are done, want %d of %d", done, all, n, n)
}

// logShutdown logs the shutdown's records, in order.
func logShutdown(t *testing.T, stderr string) {
	t.Helper()
	i := strings.Index(stderr, "received ")
	if i < 0 {
		t.Errorf("stderr has no shutdown:\n%s", stderr)
		return
	}
	re := regexp.MustCompile(`(?m)^time=\S+ level=(\S+) msg="([^"]+)".*$`)
	var lines []string
	for _, m := range re.FindAllStringSubmatch(stderr[i:], -1) {
		lines = append(lines, m[1]+" "+m[2])
	}
	t.Logf("shutdown:\n\t%s\n\t%s", strings.SplitN(stderr[i:], "\n", 2)[0], strings.Join(lines, "\n\t"))
}

// shop is a running shop process.
type shop struct {
	cmd            *exec.Cmd
	stdout, stderr syncBuffer
	exited         chan struct{} // closed when the process has exited
	err            error         // cmd.Wait's, once exited is closed
	api, admin     string        // base URLs
}

// startShop starts the shop binary with args (plus free ports) and waits
// until it says it is ready.
func startShop(t *testing.T, args ...string) *shop {
	t.Helper()
	skipUnlessEndToEnd(t)
	bin, err := buildShop()
	if err != nil {
		t.Fatal(err)
	}
	s := &shop{exited: make(chan struct{})}
	s.cmd = exec.Command(bin, append([]string{"-addr=127.0.0.1:0", "-admin-addr=127.0.0.1:0"}, args...)...)
	s.cmd.Stdout, s.cmd.Stderr = &s.stdout, &s.stderr
	if err := s.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		s.err = s.cmd.Wait()
		close(s.exited)
	}()
	t.Cleanup(func() {
		select {
		case <-s.exited:
		default:
			s.cmd.Process.Kill()
			<-s.exited
		}
		if t.Failed() {
			t.Logf("shop stdout:\n%s\nshop stderr:\n%s", s.stdout.String(), s.stderr.String())
		}
	})
	waitOutput(t, &s.stdout, regexp.MustCompile(`(?m)^(ready)$`), s.exited)
	if m := regexp.MustCompile(`admin listening on (\S+)`).FindStringSubmatch(s.stdout.String()); m != nil {
		s.admin = m[1]
	}
	if m := regexp.MustCompile(`api listening on (\S+)`).FindStringSubmatch(s.stdout.String()); m != nil {
		s.api = m[1]
	}
	return s
}

// skipUnlessEndToEnd skips the end-to-end tests with -short, and on
// Windows, where a process cannot be sent SIGTERM.
func skipUnlessEndToEnd(t *testing.T) {
	t.Helper()
	if testing.Short() {
		t.Skip("builds and runs the shop binary")
	}
	if runtime.GOOS == "windows" {
		t.Skip("sends SIGTERM")
	}
}

// waitExit waits for the process to exit with code.
func (s *shop) waitExit(t *testing.T, code int) {
	t.Helper()
	select {
	case <-s.exited:
	case <-time.After(30 * time.Second):
		t.Fatalf("the shop did not exit 30s after SIGTERM")
	}
	got := 0
	if s.err != nil {
		var exit *exec.ExitError
		if !errors.As(s.err, &exit) {
			t.Fatal(s.err)
		}
		got = exit.ExitCode()
	}
	if got != code {
		t.Fatalf("the shop exited with %d, want %d\nstderr:\n%s", got, code, s.stderr.String())
	}
}

var buildShop = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "shop-test-")
	if err != nil {
		return "", err
	}
	binDir = dir
	bin := filepath.Join(dir, "shop")
	args := []string{"build", "-o", bin}
	if raceEnabled {
		args = append(args, "-race")
	}
	cmd := exec.CommandContext(context.Background(), "go", append(args, ".")...)
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("go build: %v\n%s", err, out)
	}
	return bin, nil
})

var binDir string // where buildShop put the binary

func TestMain(m *testing.M) {
	code := m.Run()
	if binDir != "" {
		os.RemoveAll(binDir)
	}
	os.Exit(code)
}

// getStatus returns the status code of GET url.
func getStatus(t *testing.T, url string) int {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return resp.StatusCode
}

// waitOutput waits until out has a match of re, failing if the process
// exits first or after 30s.
func waitOutput(t *testing.T, out *syncBuffer, re *regexp.Regexp, exited <-chan struct{}) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		if re.MatchString(out.String()) {
			return
		}
		select {
		case <-exited:
			if re.MatchString(out.String()) {
				return
			}
			t.Fatalf("the shop exited before %s", re)
		case <-time.After(5 * time.Millisecond):
		}
	}
	t.Fatalf("no %s in the output after 30s", re)
}

// syncBuffer is a bytes.Buffer that the process and the test can share.
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
