# Blocks without their required attributes.
input "config" { # ERROR: Missing required argument
}

# A service's type is optional (it can be read from the constructor), but
# start is required.
service "db" { # ERROR: Missing required argument
  stop = "Close"

  health { # ERROR: Missing required argument
    interval = "5s"
  }
}

queue "jobs" { # ERROR: Missing required argument # WARNING: Queue has no senders
  capacity = 1
}

worker "runner" { # ERROR: Missing required argument
  queue = queue.jobs
}

worker "other" { # ERROR: Missing required argument
  handler = "Other"
}
