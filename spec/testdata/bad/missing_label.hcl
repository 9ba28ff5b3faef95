# Blocks without their name.
service { # ERROR: Missing name for service
  type  = "*DB"
  start = "OpenDB"
}

queue { # ERROR: Missing name for queue
  type = "Job"
}
