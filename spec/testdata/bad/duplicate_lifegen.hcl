# Two lifegen blocks.
lifegen {
  package = "shop"
}

lifegen { # ERROR: Duplicate lifegen block
  app = "Shop"
}

service "db" {
  type  = "*DB"
  start = "OpenDB"
}
