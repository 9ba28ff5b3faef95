# Blocks the language does not have.
server "api" { # ERROR: Unsupported block type
  type = "*API"
}

service "db" {
  type  = "*DB"
  start = "OpenDB"
  retry { # ERROR: Unsupported block type
    max = 3
  }
}
