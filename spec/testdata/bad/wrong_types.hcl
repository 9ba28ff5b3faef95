# Values of the wrong type.
lifegen {
  package          = 42 # ERROR: Incorrect attribute value type
  shutdown_timeout = 30 # ERROR: Incorrect attribute value type
  imports          = "database/sql" # ERROR: Invalid expression
}

service "db" {
  type          = true # ERROR: Incorrect attribute value type
  start         = "OpenDB"
  depends_on    = "service.cache" # ERROR: Invalid expression
  start_timeout = ["10s"] # ERROR: Incorrect attribute value type
}

queue "jobs" { # WARNING: Queue has no senders
  type     = "Job"
  capacity = "10" # ERROR: Incorrect attribute value type
}

worker "runner" {
  queue   = queue.jobs
  handler = "RunJob"
  count   = { n = 2 } # ERROR: Incorrect attribute value type
}
