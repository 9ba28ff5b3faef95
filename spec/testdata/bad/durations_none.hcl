# Only start_timeout accepts "none" (no deadline).
lifegen {
  shutdown_timeout = "none" # ERROR: Invalid duration
}

service "db" {
  start         = "OpenDB"
  start_timeout = "none"
  stop_timeout  = "none" # ERROR: Invalid duration

  health {
    check    = "Ping"
    interval = "none" # ERROR: Invalid duration
  }
}

service "cache" {
  start         = "NewCache"
  start_timeout = "None" # ERROR: Invalid duration
}

service "api" {
  start         = "NewAPI"
  start_timeout = "0s" # ERROR: Value out of range
}

service "web" {
  start         = "NewWeb"
  start_timeout = "forever" # ERROR: Invalid duration
}

queue "jobs" { # WARNING: Queue has no senders
  type = "Job"
}

worker "runner" {
  queue         = queue.jobs
  handler       = "RunJob"
  drain_timeout = "none" # ERROR: Invalid duration
}
