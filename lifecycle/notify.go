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
// systemd with Type=notify. A goroutine of its own sends the datagrams,
// in order: a datagram socket blocks its writers once systemd's queue
// (about ten) is full.
type notifier struct {
	a    *App
	conn *net.UnixConn
	msgs chan string   // queued datagrams, in order
	quit chan struct{} // closed by close: send what is queued, then return
	done chan struct{} // closed when the sender has returned
}

const (
	// notifyQueue bounds the datagrams waiting for a systemd that reads
	// nothing; more are dropped.
	notifyQueue = 256
	// notifyLinger bounds how long the app, once stopped, waits for the
	// queued datagrams to be sent.
	notifyLinger = time.Second
)

// newNotifier connects to $NOTIFY_SOCKET, if set, and starts the watchdog
// when $WATCHDOG_USEC asks for one. a.mu is held.
func newNotifier(a *App) *notifier {
	path := os.Getenv("NOTIFY_SOCKET")
	if path == "" {
		return nil
	}
	conn, err := net.DialUnix("unixgram", nil, &net.UnixAddr{Name: path, Net: "unixgram"})
	if err != nil {
		a.out.logLocked(a, slog.LevelWarn, "lifegen: cannot notify systemd", slog.String("socket", path), slog.Any("err", err))
		return nil
	}
	n := &notifier{a: a, conn: conn, msgs: make(chan string, notifyQueue), quit: make(chan struct{}), done: make(chan struct{})}
	go n.sender()
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

// write queues one datagram for the sender, or drops it when the queue
// is full. It never blocks.
func (n *notifier) write(msg string) {
	if n == nil {
		return
	}
	select {
	case n.msgs <- msg:
	default:
	}
}

// sender sends the queued datagrams, in order, until close; then what is
// still queued, until the deadline close set. Errors are ignored, as
// sd_notify does.
func (n *notifier) sender() {
	defer close(n.done)
	for {
		select {
		case msg := <-n.msgs:
			n.conn.Write([]byte(msg))
		case <-n.quit:
			for {
				select {
				case msg := <-n.msgs:
					if _, err := n.conn.Write([]byte(msg)); os.IsTimeout(err) {
						return
					}
				default:
					return
				}
			}
		}
	}
}

// close sends what is queued, within notifyLinger, then closes the
// socket. Nothing more is sent.
func (n *notifier) close() {
	if n == nil {
		return
	}
	n.conn.SetWriteDeadline(time.Now().Add(notifyLinger))
	close(n.quit)
	<-n.done
	n.conn.Close()
}
