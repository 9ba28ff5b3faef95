# Durations that must be positive (or, for initial_delay, not negative).
lifegen {
  shutdown_timeout = "0s" # ERROR: Value out of range
  shutdown_delay   = "-1s" # ERROR: Value out of range
}

service "db" {
  type          = "*DB"
  start         = "OpenDB"
  start_timeout = "-5s" # ERROR: Value out of range
  stop_timeout  = "0" # ERROR: Value out of range

  health {
    check         = "Ping"
    interval      = "0ms" # ERROR: Value out of range
    timeout       = "-1ms" # ERROR: Value out of range
    initial_delay = "-1s" # ERROR: Value out of range
  }
}

service "cache" {
  type  = "*Cache"
  start = "NewCache"

  health {
    check         = "Ping"
    initial_delay = "0s"
  }
}

queue "jobs" { # WARNING: Queue has no senders
  type = "Job"
}

worker "runner" {
  queue         = queue.jobs
  handler       = "RunJob"
  drain_timeout = "-10s" # ERROR: Value out of range
}
