# Independent branches: a database chain, and a metrics chain that feeds a
# queue. Everything not written takes its default.
input "config" {
  type = "*Config"
}

service "db" {
  type       = "*DB"
  start      = "OpenDB"
  depends_on = [input.config]
}

service "cache" {
  type       = "*Cache"
  start      = "NewCache"
  depends_on = [service.db]
}

service "metrics" {
  type  = "*Metrics"
  start = "NewMetrics"

  health {
    check = "Healthy"
  }
}

queue "events" {
  type = "Event"
}

worker "log-events" {
  queue      = queue.events
  handler    = "LogEvent"
  count      = 2
  on_error   = "shutdown"
  depends_on = [service.metrics]
}

service "http-server" {
  type       = "*Server"
  start      = "NewServer"
  run        = "ListenAndServe"
  stop       = "Shutdown"
  depends_on = [service.metrics, queue.events, input.config]
}

service "user_db" {
  type  = "interface{}"
  start = "OpenUsers"
}
