# Attempts to smuggle Go code through function and method names.
service "db" {
  type  = "*DB"
  start = "OpenDB(); os.Exit(1)" # ERROR: Invalid function name
  run   = "Serve()\nos.Exit(1)" # ERROR: Invalid method name
  stop  = "Close;os.Exit(1)" # ERROR: Invalid method name

  health {
    check = "Ping /* */" # ERROR: Invalid method name
  }
}

service "cache" {
  type  = "*Cache"
  start = "x\nfunc init(){}" # ERROR: Invalid function name
}

service "api" {
  type  = "*API"
  start = "NewAPI // comment" # ERROR: Invalid function name
}

queue "jobs" { # WARNING: Queue has no senders
  type = "Job"
}

worker "runner" {
  queue   = queue.jobs
  handler = "func(ctx context.Context) error { return nil }" # ERROR: Invalid function name
}
