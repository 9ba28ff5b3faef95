# References that are not KIND.NAME.
service "db" {
  type  = "*DB"
  start = "OpenDB"
}

service "a" {
  type       = "*A"
  start      = "NewA"
  depends_on = [service] # ERROR: Invalid reference
}

service "b" {
  type       = "*B"
  start      = "NewB"
  depends_on = [service.db.conn] # ERROR: Invalid reference
}

service "c" {
  type       = "*C"
  start      = "NewC"
  depends_on = [service["db"]] # ERROR: Invalid reference
}

service "d" {
  type       = "*D"
  start      = "NewD"
  depends_on = ["service.db"] # ERROR: Invalid reference
}

service "e" {
  type       = "*E"
  start      = "NewE"
  depends_on = [servce.db] # ERROR: Invalid reference
}

service "f" {
  type       = "*F"
  start      = "NewF"
  depends_on = [42, module.db] # ERROR: Invalid reference # ERROR: Invalid reference
}

queue "jobs" { # ERROR: Queue has no consumers # WARNING: Queue has no senders
  type = "Job"
}

worker "g" {
  queue   = "queue.jobs" # ERROR: Invalid reference
  handler = "G"
}
