# Restart limits out of range, and combinations that make no sense.
service "a" {
  start   = "NewA"
  run     = "Run"
  on_exit = "restart"

  restart {
    max         = 0 # ERROR: Value out of range
    within      = "0s" # ERROR: Value out of range
    backoff     = "-1s" # ERROR: Value out of range
    max_backoff = "none" # ERROR: Invalid duration
    retries     = 3 # ERROR: Unsupported argument
  }
}

service "b" {
  start   = "NewB"
  run     = "Run"
  on_exit = "restart"

  restart {
    max     = 2.5 # ERROR: Invalid number
    within  = "soon" # ERROR: Invalid duration
    backoff = 1 # ERROR: Incorrect attribute value type
  }
}

# The first delay must not be longer than the longest one.
service "c" {
  start   = "NewC"
  run     = "Run"
  on_exit = "restart"

  restart {
    backoff     = "10s" # ERROR: Backoff exceeds max backoff
    max_backoff = "5s"
  }
}

# Only max_backoff is written: the default backoff (1s) exceeds it.
service "d" {
  start   = "NewD"
  run     = "Run"
  on_exit = "restart"

  restart {
    max_backoff = "500ms" # ERROR: Backoff exceeds max backoff
  }
}

# 4 failures take at least 10s + 20s + 30s = 60s, so 3 restarts within a
# minute can never be exceeded: the service would restart forever.
service "e" {
  start   = "NewE"
  run     = "Run"
  on_exit = "restart"

  restart {
    max     = 3
    within  = "1m" # WARNING: Restart limit cannot be reached
    backoff = "10s"
  }
}

# A window shorter than the first delay, with within left to its default:
# the warning is at the block.
service "f" {
  start = "NewF"

  health {
    check      = "Ping"
    on_failure = "restart"
  }

  restart { # WARNING: Restart limit cannot be reached
    max         = 1
    backoff     = "2m"
    max_backoff = "2m"
  }
}

# The same limits that can be reached: no diagnostic.
service "g" {
  start   = "NewG"
  run     = "Run"
  on_exit = "restart"

  restart {
    max     = 3
    within  = "61s"
    backoff = "10s"
  }
}
