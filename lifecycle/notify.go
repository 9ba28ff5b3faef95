package lifecycle

import (
	"log/slog"
	"net"
	"os"
	"strconv"
	"time"
)

// notifier speaks systemd's notify protocol: datagrams such as "READY=1"
// to the socket named by $NOTIFY_SOCKET (an "@" first names an abstract
// socket). A nil notifier does nothing: the app does not run under
// systemd with Type=notify.
type notifier struct {
	a    *App
	conn *net.UnixConn
}

// newNotifier connects to $NOTIFY_SOCKET, if set, and starts the watchdog
// when $WATCHDOG_USEC asks for one. a.mu is held.
func newNotifier(a *App) *notifier {
	path := os.Getenv("NOTIFY_SOCKET")
	if path == "" {
		return nil
	}
	conn, err := net.DialUnix("unixgram", nil, &net.UnixAddr{Name: path, Net: "unixgram"})
	if err != nil {
		safeLog(a.log, slog.LevelWarn, "lifegen: cannot notify systemd", slog.String("socket", path), slog.Any("err", err))
		return nil
	}
	n := &notifier{a: a, conn: conn}
	if every := watchdogInterval(); every > 0 {
		go n.watchdog(a, every)
	}
	return n
}

// watchdogInterval is half of $WATCHDOG_USEC, when it is meant for this
// process; 0 otherwise.
func watchdogInterval() time.Duration {
	if pid := os.Getenv("WATCHDOG_PID"); pid != "" && pid != strconv.Itoa(os.Getpid()) {
		return 0
	}
	usec, err := strconv.ParseInt(os.Getenv("WATCHDOG_USEC"), 10, 64)
	if err != nil || usec <= 0 {
		return 0
	}
	return time.Duration(usec) * time.Microsecond / 2
}

// watchdog sends WATCHDOG=1 every interval while no component is
// unhealthy or failed, until the app has stopped.
func (n *notifier) watchdog(a *App, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-a.stopped:
			return
		case <-t.C:
			if a.healthy() {
				n.write("WATCHDOG=1")
			}
		}
	}
}

// healthy reports whether no component is unhealthy or failed.
func (a *App) healthy() bool {
	a.mu.Lock()
	defer a.unlock()
	for _, c := range a.comps {
		if c.state == Unhealthy || c.state == Failed {
			return false
		}
	}
	return true
}

// send queues a notification, delivered in order with the events.
// a.mu is held.
func (n *notifier) send(msg string) {
	if n == nil {
		return
	}
	n.a.out.push(n.a, note{notify: msg})
}

// ready tells systemd that the app is ready. a.mu is held.
func (n *notifier) ready() { n.send("READY=1") }

// write sends one datagram now; errors are ignored, as sd_notify does.
func (n *notifier) write(msg string) {
	if n == nil {
		return
	}
	n.conn.Write([]byte(msg))
}

// close closes the socket once nothing more will be sent.
func (n *notifier) close() {
	if n != nil {
		n.conn.Close()
	}
}
