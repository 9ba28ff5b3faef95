# A queue no worker consumes.
service "api" {
  type       = "*API"
  start      = "NewAPI"
  depends_on = [queue.emails]
}

queue "emails" { # ERROR: Queue has no consumers
  type     = "Email"
  capacity = 10
}
