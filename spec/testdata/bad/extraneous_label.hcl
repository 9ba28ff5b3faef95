# Blocks with too many labels.
lifegen "shop" { # ERROR: Extraneous label for lifegen
  package = "shop"
}

service "db" "primary" { # ERROR: Extraneous label for service
  type  = "*DB"
  start = "OpenDB"
}

service "cache" {
  type  = "*Cache"
  start = "NewCache"

  health "ping" { # ERROR: Extraneous label for health
    check = "Ping"
  }
}
