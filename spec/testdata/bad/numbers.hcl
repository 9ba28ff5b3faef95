# Numbers that are not whole or not in range.
service "db" {
  type  = "*DB"
  start = "OpenDB"

  health {
    check             = "Ping"
    failure_threshold = 0 # ERROR: Value out of range
  }
}

service "cache" {
  type  = "*Cache"
  start = "NewCache"

  health {
    check             = "Ping"
    failure_threshold = 2.5 # ERROR: Invalid number
  }
}

queue "jobs" { # WARNING: Queue has no senders
  type     = "Job"
  capacity = -1 # ERROR: Value out of range
}

queue "mails" { # WARNING: Queue has no senders
  type     = "Mail"
  capacity = 1e30 # ERROR: Invalid number
}

worker "runner" {
  queue   = queue.jobs
  handler = "RunJob"
  count   = 0 # ERROR: Value out of range
}

worker "send" {
  queue   = queue.mails
  handler = "Send"
  count   = 1.5 # ERROR: Invalid number
}

worker "send-more" {
  queue   = queue.mails
  handler = "SendMore"
  count   = -3 # ERROR: Value out of range
}
