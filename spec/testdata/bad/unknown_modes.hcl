# Values outside the allowed sets.
lifegen {
  startup = "paralel" # ERROR: Unknown startup mode
}

service "db" {
  type  = "*DB"
  start = "OpenDB"

  health {
    check      = "Ping"
    on_failure = "panic" # ERROR: Unknown on_failure policy
  }
}

queue "jobs" { # WARNING: Queue has no senders
  type = "Job"
}

worker "runner" {
  queue    = queue.jobs
  handler  = "RunJob"
  on_error = "retry" # ERROR: Unknown on_error policy
}
