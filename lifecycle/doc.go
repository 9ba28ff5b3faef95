// Package lifecycle is the runtime of the code lifegen generates. A
// generated file holds only the wiring of one spec (the App type, NewApp,
// the accessors and one Component per service, queue and worker); this
// package starts, watches and stops those components. It imports only
// the standard library.
//
// # What an App does
//
// New takes a Spec: the components in spec order, each with the names of
// the components it needs (their values are passed to its constructor)
// and of those it comes after (order only). Start starts them in
// dependency order, in parallel where the graph allows (each component as
// soon as everything it waits for is ready) or, with Spec.Sequential,
// one at a time in a topological order that breaks ties by spec order.
// To start a component:
//
//   - a service: its Start calls the constructor and returns the value
//     with the hooks bound to it (Hooks); the value is published (Value)
//     and its run loop, health monitor and dependents may start;
//   - a worker: its Start binds the handler to the values it needs, and
//     Count goroutines begin to take items from the queue;
//   - a queue: nothing; a queue needs its workers, and whatever sends to
//     it needs the queue, so workers run before anything can send and
//     senders stop before the workers drain.
//
// A shutdown begins with Stop, the end of Run's ctx, Shutdown (the
// app.shutdown function of a spec) or a failure. /readyz answers 503 and
// the health checks stop at once; after the readiness drain
// (ShutdownDelay) every component stops once everything that waits for
// it has stopped, independent branches in parallel. A service's run loop ends
// first (its ctx is cancelled), then its stop hook and cleanup run, all
// within its StopTimeout; a worker drains what is buffered, with its
// handlers' ctx alive, for up to DrainTimeout, and what is left is
// counted as dropped (ErrDropped). The whole shutdown is bounded by
// ShutdownTimeout.
//
// A service with OnExit or Health.OnFailure set to PolicyRestart is
// restarted instead of shutting the app down: it and everything that
// depends on it stop in reverse order, wait for a backoff (doubling up to
// MaxBackoff) in state restarting, and start again with fresh
// constructor calls. Queues keep their channel and what is buffered in
// it. More than Max failures within Within shut the app down.
//
// # The state machine
//
// Every component is in one State. A service goes
//
//	pending → starting → running ⇄ unhealthy → stopping → stopped
//
// and ends in failed when its start, run loop, health (with on_failure =
// "shutdown") or stop fails. A restart takes it from failed or unhealthy
// through stopping and stopped to restarting, then starting again; its
// dependents go through stopped to starting. Components outside the
// selected targets are disabled and never change. Queues and workers go
// pending → starting → running → stopping → stopped.
//
// # Design
//
// One mutex guards an App's state: the phase (idle, starting, running,
// stopping, finished), why the shutdown began, and each component's state
// and current instance. Hooks never run with the mutex held. Each hook
// runs on a goroutine of its own that reports back, and the waiting code
// selects on the hook's result and on its ctx: every timeout is that
// ctx's deadline, so a hook that honours its ctx sees
// context.DeadlineExceeded when its timeout fires, and a hook that
// ignores it is abandoned there (a constructor that returns later has its
// value stopped). Panics and runtime.Goexit in hooks, handlers and
// listeners are contained and reported as errors.
//
// Startup and shutdown are walks over the graph: each component counts
// what it must come after, and the goroutine that finishes the last of
// them goes on with it, so a chain of components costs one goroutine and
// parallel branches one each.
//
// A failure is recorded as the shutdown's cause before any event or log
// record reports it, so a listener that reacts to a failed event by
// calling Stop cannot erase it. Events and log records are queued under
// the mutex and delivered in order, one at a time, by the goroutine that
// queued them once it releases the mutex (or by the one already
// delivering); Start, Stop and Run return once what they caused has been
// delivered, except when called from OnEvent itself, which may call them
// without deadlock: there, Stop begins the shutdown and returns nil at
// once (Stopped and Err tell how the shutdown ends). Listeners run on a
// goroutine of their own, so one that calls runtime.Goexit ends only
// that goroutine. The Logger's Handler.Enabled is the one exception: it
// is asked with the mutex held (so that no record is built that nobody
// wants) and must not call the App; its Handle may.
//
// # Reading a trace
//
// Every state change is logged through Config.Logger (message "KIND NAME
// STATE", attributes component, kind, state, duration, err, and stack
// for panics) and passed to OnEvent. duration is the time spent in the
// previous state: on a running record, the start time. The first record
// of a shutdown says why it began:
//
//	INFO service database running component=database duration=41ms
//	INFO service api running component=api duration=2ms
//	INFO shutdown began: Stop was called
//	INFO service api stopping component=api duration=3.2s
//	INFO service api stopped component=api duration=12ms
//	INFO service database stopping component=database duration=3.2s
//	INFO service database stopped component=database duration=1ms
//
// Handler serves the same history as a page, /debug/lifecycle, with a
// Gantt chart of the startup and the shutdown.
//
// # systemd
//
// Under systemd with Type=notify, $NOTIFY_SOCKET names a datagram socket
// (an "@" first names an abstract one); Start reads it, and the app then
// sends READY=1 once Ready closes, STOPPING=1 when a shutdown begins, and
// a STATUS= line for each component that starts or stops:
//
//	STATUS=starting service database
//	READY=1
//	STOPPING=1
//	STATUS=stopping service database
//
// When $WATCHDOG_USEC is set too (and $WATCHDOG_PID, if set, is this
// process), it sends WATCHDOG=1 every half that interval while no
// component is unhealthy or failed: systemd (WatchdogSec) ends an app
// that stays unhealthy longer than that, and Restart= may start it
// again. A goroutine of its own sends the datagrams, in order, so a
// systemd that is slow to read never stalls the app. Without
// $NOTIFY_SOCKET nothing is sent.
package lifecycle
