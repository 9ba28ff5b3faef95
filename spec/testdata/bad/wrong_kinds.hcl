# References of a kind that is not allowed where they are.
service "db" {
  type  = "*DB"
  start = "OpenDB"
}

queue "jobs" {
  type = "Job"
}

worker "runner" {
  queue   = queue.jobs
  handler = "RunJob"
}

worker "audit" {
  queue      = service.db # ERROR: Invalid queue reference
  handler    = "Audit"
  depends_on = [worker.runner] # ERROR: Invalid dependency kind
}

service "api" {
  type       = "*API"
  start      = "NewAPI"
  depends_on = [queue.jobs, worker.runner] # ERROR: Invalid dependency kind
}
