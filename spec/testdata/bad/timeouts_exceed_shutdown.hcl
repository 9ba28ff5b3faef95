# Per-component timeouts longer than the whole shutdown are warnings.
lifegen {
  shutdown_timeout = "5s"
}

service "db" {
  type         = "*DB"
  start        = "OpenDB"
  stop         = "Close"
  stop_timeout = "10s" # WARNING: Stop timeout exceeds shutdown timeout
}

queue "jobs" {
  type = "Job"
}

worker "runner" {
  queue         = queue.jobs
  handler       = "RunJob"
  drain_timeout = "1m" # WARNING: Drain timeout exceeds shutdown timeout
}

service "api" {
  type         = "*API"
  start        = "NewAPI"
  depends_on   = [service.db, queue.jobs]
  stop_timeout = "5s"
}
