# A readiness gate: the db is ready only after its first passing check, so
# the api, which needs it, waits, and /readyz answers 503 meanwhile. The
# wait is bounded by the db's start_timeout; past it the start fails and
# the db's value is stopped.
lifegen {
  shutdown_timeout = "5s"
}

input "probe" {
  type = "*Probe"
}

service "db" {
  start         = "OpenDB"
  stop          = "Close"
  depends_on    = [input.probe]
  start_timeout = "1s"

  health {
    check          = "Ping"
    interval       = "10ms"
    readiness_gate = true
  }
}

service "api" {
  start      = "NewAPI"
  depends_on = [input.probe, service.db]
}
