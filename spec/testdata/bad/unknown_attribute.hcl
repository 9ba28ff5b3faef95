# Attributes a block does not have, and a misspelt one.
lifegen {
  pakage = "shop" # ERROR: Unsupported argument
}

service "db" {
  typ   = "*DB" # ERROR: Unsupported argument
  start = "OpenDB"
  restart_delay = "1s" # ERROR: Unsupported argument
}

queue "jobs" { # WARNING: Queue has no senders
  type    = "Job"
  buffer  = 10 # ERROR: Unsupported argument
}

worker "run-jobs" {
  queue   = queue.jobs
  handler = "RunJob"
  workers = 2 # ERROR: Unsupported argument
}
