# Every health attribute with a bad value at once.
service "db" {
  type  = "*DB"
  start = "OpenDB"

  health {
    check             = "Ping()" # ERROR: Invalid method name
    interval          = "0s" # ERROR: Value out of range
    timeout           = "fast" # ERROR: Invalid duration
    initial_delay     = 5 # ERROR: Incorrect attribute value type
    failure_threshold = -1 # ERROR: Value out of range
    on_failure        = "" # ERROR: Unknown on_failure policy
    retries           = 3 # ERROR: Unsupported argument
  }
}
