# A block that is never closed.
service "database" { # ERROR: Unclosed configuration block
  type  = "*DB"
  start = "OpenDB"
