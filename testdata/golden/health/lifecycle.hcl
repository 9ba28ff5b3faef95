# Two monitored services: db shuts the app down when unhealthy, cache is
# only reported.
lifegen {
  shutdown_timeout = "5s"
}

input "probe" {
  type = "*Probe"
}

service "db" {
  type       = "*Backend"
  start      = "NewDB"
  stop       = "Close"
  depends_on = [input.probe]

  health {
    check             = "Check"
    interval          = "10ms"
    timeout           = "20ms"
    failure_threshold = 2
    on_failure        = "shutdown"
  }
}

service "cache" {
  type       = "*Backend"
  start      = "NewCache"
  stop       = "Close"
  depends_on = [service.db]

  health {
    check             = "Check"
    interval          = "10ms"
    timeout           = "20ms"
    failure_threshold = 2
    on_failure        = "ignore"
  }
}
