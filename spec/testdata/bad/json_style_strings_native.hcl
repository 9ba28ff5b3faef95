# In native syntax references are not quoted, and a worker's queue is a
# single reference, not a list.
service "db" {
  type  = "*DB"
  start = "OpenDB"
}

queue "jobs" { # ERROR: Queue has no consumers # WARNING: Queue has no senders
  type = "Job"
}

worker "runner" {
  queue      = [queue.jobs] # ERROR: Invalid reference
  handler    = "RunJob"
  depends_on = ["service.db"] # ERROR: Invalid reference
}
