# Strings that are not Go durations.
lifegen {
  shutdown_timeout = "30 seconds" # ERROR: Invalid duration
}

service "db" {
  type          = "*DB"
  start         = "OpenDB"
  start_timeout = "10" # ERROR: Invalid duration
  stop_timeout  = "" # ERROR: Invalid duration

  health {
    check         = "Ping"
    interval      = "1h1x" # ERROR: Invalid duration
    timeout       = "1 s" # ERROR: Invalid duration
    initial_delay = "soon" # ERROR: Invalid duration
  }
}

queue "jobs" { # WARNING: Queue has no senders
  type = "Job"
}

worker "runner" {
  queue         = queue.jobs
  handler       = "RunJob"
  drain_timeout = "ten seconds" # ERROR: Invalid duration
}
