# The allowed values are lower case.
lifegen {
  startup = "Sequential" # ERROR: Unknown startup mode
}

service "db" {
  type  = "*DB"
  start = "OpenDB"

  health {
    check      = "Ping"
    on_failure = "Ignore" # ERROR: Unknown on_failure policy
  }
}
