# Names that do not match ^[a-z][a-z0-9_-]*$.
input "Config" { # ERROR: Invalid name
  type = "*Config"
}

service "my database" { # ERROR: Invalid name
  type  = "*DB"
  start = "OpenDB"
}

service "9lives" { # ERROR: Invalid name
  type  = "*Cat"
  start = "NewCat"
}

service "_private" { # ERROR: Invalid name
  type  = "*P"
  start = "NewP"
}

service "api.v2" { # ERROR: Invalid name
  type  = "*API"
  start = "NewAPI"
}

service "" { # ERROR: Invalid name
  type  = "*X"
  start = "NewX"
}
