# A restart block applies only to a service that is restarted: on_exit =
# "restart" or a health check with on_failure = "restart". Here nothing
# restarts the service, so its limits would never apply.
service "db" {
  type  = "*DB"
  start = "OpenDB"

  health {
    check      = "Ping"
    on_failure = "shutdown"
  }

  restart { # ERROR: Restart block without a restart policy
    max = 3
  }
}

service "loop" {
  start   = "NewLoop"
  run     = "Run"
  on_exit = "ignore"

  restart { # ERROR: Restart block without a restart policy
    backoff = "500ms"
  }
}

# With a restart policy the block is fine, from either source.
service "consumer" {
  start   = "NewConsumer"
  run     = "Consume"
  on_exit = "restart"

  restart {
    max    = 3
    within = "5m"
  }
}

service "cache" {
  start = "NewCache"

  health {
    check      = "Ping"
    on_failure = "restart"
  }

  restart {
    backoff = "500ms"
  }
}
