# Three independent services, started in parallel: each starts as soon as
# what it depends on is ready, and here nothing depends on anything. Start
# takes about as long as the slowest one, not the sum.
# sequential.lifecycle.hcl is the same app started one at a time.
lifegen {
  package = "main"
  app     = "Parallel"
  startup = "parallel" # the default
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
