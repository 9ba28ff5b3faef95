# Function and method names that are not Go identifiers.
service "db" {
  type  = "*DB"
  start = "open-db" # ERROR: Invalid function name
  run   = "serve()" # ERROR: Invalid method name
  stop  = "db.Close" # ERROR: Invalid method name

  health {
    check = "" # ERROR: Invalid method name
  }
}

service "cache" {
  type  = "*Cache"
  start = "func" # ERROR: Invalid function name
  stop  = "_" # ERROR: Invalid method name
}

service "api" {
  type  = "*API"
  start = "1NewAPI" # ERROR: Invalid function name
  run   = "go" # ERROR: Invalid method name
}

queue "jobs" { # WARNING: Queue has no senders
  type = "Job"
}

worker "run-jobs" {
  queue   = queue.jobs
  handler = "" # ERROR: Invalid function name
}

worker "more-jobs" {
  queue   = queue.jobs
  handler = "a.b.C" # ERROR: Invalid function name
}
