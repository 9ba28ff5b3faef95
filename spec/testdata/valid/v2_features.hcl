# Every language feature added in version 2, in one valid spec.
lifegen {
  package          = "router"
  shutdown_timeout = "20s"
  shutdown_delay   = "2s" # readiness drain before the first stop
}

input "log" {
  type = "*Logger"
}

# No type: it is the constructor's result. No start deadline: the store
# replays its log first. Ready only once a check passes; restarted when
# its checks fail.
service "store" {
  start         = "OpenStore"
  stop          = "Close"
  start_timeout = "none"

  health {
    check          = "Ping"
    on_failure     = "restart"
    readiness_gate = true
  }

  restart {
    max         = 3
    within      = "10m"
    backoff     = "2s"
    max_backoff = "1m"
  }
}

service "echo" {
  start      = "NewEcho"
  depends_on = [service.store]
}

service "hello" {
  start = "NewHello"
}

queue "events" {
  type     = "Event"
  capacity = 16
}

# A group of one, the shutdown function, and an order-only reference.
worker "audit" {
  queue      = queue.events
  handler    = "Audit"
  depends_on = [[service.store], app.shutdown]
  after      = [service.hello]
}

# A group passed as one slice (or spread into a variadic parameter).
service "router" {
  start      = "NewRouter"
  run        = "Serve"
  depends_on = [input.log, [service.echo, service.hello, queue.events], app.shutdown]
  after      = [service.refresher]
  on_exit    = "ignore"
}

# Restarted when its loop returns, with the default limits.
service "refresher" {
  start   = "NewRefresher"
  run     = "Refresh"
  on_exit = "restart"
  after   = [queue.events, service.store]
}

# A target may share its name with a component.
target "router" {
  components = [service.router]
}

target "background" {
  components = [worker.audit, service.refresher]
}
