# on_failure = "restart" is planned but not supported yet.
service "db" {
  type  = "*DB"
  start = "OpenDB"

  health {
    check      = "Ping"
    on_failure = "restart" # ERROR: Unsupported on_failure policy
  }
}
