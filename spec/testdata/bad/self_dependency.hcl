# Blocks that depend on themselves.
service "cache" {
  type       = "*Cache"
  start      = "NewCache"
  depends_on = [service.cache] # ERROR: Self-dependency
}

queue "jobs" { # WARNING: Queue has no senders
  type = "Job"
}

worker "runner" {
  queue      = queue.jobs
  handler    = "RunJob"
  depends_on = [worker.runner] # ERROR: Invalid dependency kind
}
