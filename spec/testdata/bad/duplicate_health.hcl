# Two health blocks in one service.
service "db" {
  type  = "*DB"
  start = "OpenDB"

  health {
    check = "Ping"
  }

  health { # ERROR: Duplicate health block
    check = "PingContext"
  }
}
