package lifecycle

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// quietLog discards the log records of the apps these tests run.
var quietLog = slog.New(slog.DiscardHandler)

// These tests set environment variables (t.Setenv), so none of them runs
// in parallel.

// datagram is one notification the fake systemd received, with the time
// it arrived.
type datagram struct {
	msg string
	at  time.Time
}

// notifySocket is a fake systemd: a unixgram socket that records every
// datagram sent to it.
type notifySocket struct {
	conn *net.UnixConn
	mu   sync.Mutex
	got  []datagram
	more chan struct{} // receives a value after each datagram
}

// listenNotify listens on name (a path, or "@..." for an abstract socket)
// and points $NOTIFY_SOCKET at it.
func listenNotify(t *testing.T, name string) *notifySocket {
	t.Helper()
	conn, err := net.ListenUnixgram("unixgram", &net.UnixAddr{Name: name, Net: "unixgram"})
	if err != nil {
		t.Fatal(err)
	}
	s := &notifySocket{conn: conn, more: make(chan struct{}, 1)}
	done := make(chan struct{})
	go func() {
		defer close(done)
		buf := make([]byte, 4096)
		for {
			n, err := conn.Read(buf)
			if err != nil {
				return
			}
			s.mu.Lock()
			s.got = append(s.got, datagram{msg: string(buf[:n]), at: time.Now()})
			s.mu.Unlock()
			select {
			case s.more <- struct{}{}:
			default:
			}
		}
	}()
	t.Cleanup(func() { conn.Close(); <-done })
	t.Setenv("NOTIFY_SOCKET", name)
	return s
}

// received returns the datagrams so far, WATCHDOG=1 pings left out unless
// pings is set.
func (s *notifySocket) received(pings bool) []datagram {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []datagram
	for _, d := range s.got {
		if pings || d.msg != "WATCHDOG=1" {
			out = append(out, d)
		}
	}
	return out
}

// pings returns the arrival times of the WATCHDOG=1 pings.
func (s *notifySocket) pings() []time.Time {
	var at []time.Time
	for _, d := range s.received(true) {
		if d.msg == "WATCHDOG=1" {
			at = append(at, d.at)
		}
	}
	return at
}

// waitFor waits until msg has arrived and returns the datagrams that are
// not pings.
func (s *notifySocket) waitFor(t *testing.T, msg string) []datagram {
	t.Helper()
	timeout := time.After(5 * time.Second)
	for {
		got := s.received(false)
		if slices.ContainsFunc(got, func(d datagram) bool { return d.msg == msg }) {
			return got
		}
		select {
		case <-s.more:
		case <-timeout:
			t.Fatalf("no %q within 5s; received %q", msg, messages(got))
		}
	}
}

func messages(ds []datagram) []string {
	var out []string
	for _, d := range ds {
		out = append(out, d.msg)
	}
	return out
}

// notifyApp returns an app of two services, api needing db, each taking
// delay to start.
func notifyApp(delay time.Duration) *App {
	svc := func(name string, needs ...string) Component {
		return Component{Name: name, Kind: KindService, Needs: needs,
			Start: func(ctx context.Context) (Hooks, error) {
				time.Sleep(delay)
				return Hooks{Value: name}, nil
			}}
	}
	return New(Spec{ShutdownTimeout: 5 * time.Second, Components: []Component{svc("db"), svc("api", "db")}})
}

// startStop starts app, then stops it, and returns its events.
func startStop(t *testing.T, app *App) []Event {
	t.Helper()
	var mu sync.Mutex
	var events []Event
	cfg := Config{Logger: quietLog, OnEvent: func(e Event) { mu.Lock(); events = append(events, e); mu.Unlock() }}
	if err := app.Start(t.Context(), cfg); err != nil {
		t.Fatal(err)
	}
	if err := app.Stop(t.Context()); err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	defer mu.Unlock()
	return events
}

func TestNotifySequence(t *testing.T) {
	sockets := []struct {
		name string
		addr func(t *testing.T) string
	}{
		{"path", func(t *testing.T) string { return filepath.Join(t.TempDir(), "notify.sock") }},
		{"abstract", func(t *testing.T) string { return fmt.Sprintf("@lifegen-test-%d-%s", os.Getpid(), t.Name()) }},
	}
	for _, socket := range sockets {
		t.Run(socket.name, func(t *testing.T) {
			addr := socket.addr(t)
			s := listenNotify(t, addr)
			t.Setenv("WATCHDOG_USEC", "")
			events := startStop(t, notifyApp(10*time.Millisecond))
			got := s.waitFor(t, "STATUS=stopping service db")
			want := []string{
				"STATUS=starting service db",
				"STATUS=starting service api",
				"READY=1",
				"STOPPING=1",
				"STATUS=stopping service api",
				"STATUS=stopping service db",
			}
			if !slices.Equal(messages(got), want) {
				t.Fatalf("datagrams:\n  %s\nwant:\n  %s", strings.Join(messages(got), "\n  "), strings.Join(want, "\n  "))
			}
			logDatagrams(t, addr, got)
			// READY=1 comes once the last component runs, STOPPING=1
			// before the first one stops.
			apiRunning := events[slices.IndexFunc(events, func(e Event) bool { return e.Name == "api" && e.State == Running })]
			if got[2].at.Before(apiRunning.Time) {
				t.Errorf("READY=1 arrived at %v, before api was running at %v", got[2].at, apiRunning.Time)
			}
		})
	}
}

// logDatagrams logs each datagram with its arrival time since the first.
func logDatagrams(t *testing.T, addr string, ds []datagram) {
	t.Helper()
	var b strings.Builder
	b.WriteString(" " + addr)
	for _, d := range ds {
		fmt.Fprintf(&b, "\n  +%-8s %s", d.at.Sub(ds[0].at).Round(100*time.Microsecond), d.msg)
	}
	t.Logf("datagrams:%s", b.String())
}

func TestNotifyNothingWithoutSocket(t *testing.T) {
	s := listenNotify(t, filepath.Join(t.TempDir(), "notify.sock"))
	t.Setenv("NOTIFY_SOCKET", "")
	t.Setenv("WATCHDOG_USEC", "20000")
	startStop(t, notifyApp(20*time.Millisecond))
	time.Sleep(50 * time.Millisecond) // what was sent has arrived
	if got := s.received(true); len(got) > 0 {
		t.Errorf("received %q with NOTIFY_SOCKET unset", messages(got))
	}
}

// flappingApp returns a service whose health check fails while *sick is
// set, and a channel of its health transitions (unhealthy, running).
func flappingApp(sick *atomic.Bool) (*App, Config, <-chan State) {
	health := make(chan State, 16)
	db := Component{Name: "db", Kind: KindService,
		Health: &Health{Interval: 5 * time.Millisecond, Threshold: 1, OnFailure: PolicyIgnore},
		Start: func(ctx context.Context) (Hooks, error) {
			check := func() error {
				if sick.Load() {
					return fmt.Errorf("sick")
				}
				return nil
			}
			return Hooks{Value: "db", Check: check}, nil
		}}
	var prev State // OnEvent is called one event at a time
	cfg := Config{Logger: quietLog, OnEvent: func(e Event) {
		if e.State == Unhealthy || (e.State == Running && prev == Unhealthy) {
			health <- e.State
		}
		prev = e.State
	}}
	return New(Spec{ShutdownTimeout: 5 * time.Second, Components: []Component{db}}), cfg, health
}

func TestNotifyWatchdog(t *testing.T) {
	s := listenNotify(t, fmt.Sprintf("@lifegen-test-%d-%s", os.Getpid(), t.Name()))
	t.Setenv("WATCHDOG_USEC", "100000") // a ping every 50ms
	t.Setenv("WATCHDOG_PID", strconv.Itoa(os.Getpid()))
	var sick atomic.Bool
	app, cfg, health := flappingApp(&sick)
	start := time.Now()
	if err := app.Start(t.Context(), cfg); err != nil {
		t.Fatal(err)
	}
	time.Sleep(330 * time.Millisecond)
	checkPingIntervals(t, s.pings(), start)

	sick.Store(true)
	expectState(t, health, Unhealthy)
	paused := time.Now()
	time.Sleep(200 * time.Millisecond)
	sick.Store(false)
	expectState(t, health, Running)
	resumed := time.Now()
	time.Sleep(160 * time.Millisecond)
	if err := app.Stop(t.Context()); err != nil {
		t.Fatal(err)
	}
	stopped := time.Now()
	time.Sleep(120 * time.Millisecond)

	var during, after, late int
	for _, at := range s.pings() {
		switch {
		case at.After(paused.Add(40*time.Millisecond)) && at.Before(resumed):
			during++ // a ping already on its way may arrive just after
		case at.After(resumed) && at.Before(stopped):
			after++
		case at.After(stopped.Add(40 * time.Millisecond)):
			late++
		}
	}
	if during > 0 {
		t.Errorf("%d pings while the service was unhealthy", during)
	}
	if after < 2 {
		t.Errorf("%d pings in the 160ms after the service was healthy again, want at least 2", after)
	}
	if late > 0 {
		t.Errorf("%d pings after Stop returned", late)
	}
	logPings(t, s.pings(), start, paused, resumed)
}

// checkPingIntervals checks that pings came about every 50ms after Start:
// the first no sooner, then not more often, about as often on average.
// How late each one arrives varies with the machine's load.
func checkPingIntervals(t *testing.T, pings []time.Time, start time.Time) {
	t.Helper()
	if len(pings) < 4 || len(pings) > 7 {
		t.Fatalf("%d pings in 330ms, want about 6 (one every 50ms)", len(pings))
	}
	if first := pings[0].Sub(start); first < 50*time.Millisecond {
		t.Errorf("first ping %v after Start, want 50ms or more", first)
	}
	mean := pings[len(pings)-1].Sub(pings[0]) / time.Duration(len(pings)-1)
	if mean < 30*time.Millisecond || mean > 80*time.Millisecond {
		t.Errorf("pings came every %v on average, want about 50ms", mean)
	}
}

func logPings(t *testing.T, pings []time.Time, start, paused, resumed time.Time) {
	var b strings.Builder
	for _, at := range pings {
		fmt.Fprintf(&b, " %v", at.Sub(start).Round(time.Millisecond))
	}
	t.Logf("pings since Start:%s (unhealthy at %v, healthy again at %v)", b.String(),
		paused.Sub(start).Round(time.Millisecond), resumed.Sub(start).Round(time.Millisecond))
}

func expectState(t *testing.T, health <-chan State, want State) {
	t.Helper()
	select {
	case s := <-health:
		if s != want {
			t.Fatalf("state %s, want %s", s, want)
		}
	case <-time.After(5 * time.Second):
		t.Fatalf("no %s event within 5s", want)
	}
}

func TestNotifyWatchdogOtherPID(t *testing.T) {
	s := listenNotify(t, filepath.Join(t.TempDir(), "notify.sock"))
	t.Setenv("WATCHDOG_USEC", "20000")
	t.Setenv("WATCHDOG_PID", strconv.Itoa(os.Getpid()+1))
	app := notifyApp(0)
	if err := app.Start(t.Context(), Config{Logger: quietLog}); err != nil {
		t.Fatal(err)
	}
	time.Sleep(100 * time.Millisecond)
	if err := app.Stop(t.Context()); err != nil {
		t.Fatal(err)
	}
	s.waitFor(t, "STATUS=stopping service db") // the rest is still sent
	if n := len(s.pings()); n > 0 {
		t.Errorf("%d pings with WATCHDOG_PID naming another process", n)
	}
}

// A systemd that reads nothing (its socket queue holds about ten
// datagrams) must not stall the app: Start and Stop return.
func TestNotifySocketNotRead(t *testing.T) {
	name := filepath.Join(t.TempDir(), "notify.sock")
	conn, err := net.ListenUnixgram("unixgram", &net.UnixAddr{Name: name, Net: "unixgram"})
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	t.Setenv("NOTIFY_SOCKET", name)
	t.Setenv("WATCHDOG_USEC", "")
	var comps []Component
	for i := range 20 {
		comps = append(comps, Component{Name: fmt.Sprint("s", i), Kind: KindService})
	}
	app := New(Spec{ShutdownTimeout: 5 * time.Second, Components: comps})
	done := make(chan error, 1)
	go func() {
		if err := app.Start(context.Background(), Config{Logger: quietLog}); err != nil {
			done <- err
			return
		}
		done <- app.Stop(context.Background())
	}()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Start and Stop did not return within 10s: the app waits for systemd to read")
	}
}

// statusHandler is a log handler that reads the app's status for every
// record, as a handler that adds it to the records might.
type statusHandler struct {
	slog.Handler
	app     *App
	records atomic.Int32
}

func (h *statusHandler) Handle(ctx context.Context, r slog.Record) error {
	h.app.Status()
	h.records.Add(1)
	return nil
}

// A socket that cannot be dialed is logged, once the app's mutex is
// released: a Logger may call the app.
func TestNotifySocketMissing(t *testing.T) {
	t.Setenv("NOTIFY_SOCKET", filepath.Join(t.TempDir(), "nobody-listens.sock"))
	app := notifyApp(0)
	h := &statusHandler{Handler: slog.NewTextHandler(io.Discard, nil), app: app}
	done := make(chan error, 1)
	go func() { done <- app.Start(context.Background(), Config{Logger: slog.New(h)}) }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Start did not return within 5s: it logged with the app's mutex held")
	}
	if err := app.Stop(t.Context()); err != nil {
		t.Fatal(err)
	}
	if h.records.Load() == 0 {
		t.Error("nothing was logged")
	}
}
