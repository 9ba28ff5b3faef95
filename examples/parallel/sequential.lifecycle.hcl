# The same three services as parallel.lifecycle.hcl, started one at a time
# in spec order: start takes the sum of their delays. This file generates
# Sequential and NewSequential into the same package, next to Parallel.
lifegen {
  package = "main"
  app     = "Sequential"
  startup = "sequential"
}

service "db" {
  type  = "*Conn"
  start = "ConnectDB" # sleeps 400ms
  stop  = "Close"
}

service "metrics" {
  type  = "*Conn"
  start = "ConnectMetrics" # sleeps 300ms
  stop  = "Close"
}

service "logs" {
  type  = "*Conn"
  start = "ConnectLogs" # sleeps 200ms
  stop  = "Close"
}
