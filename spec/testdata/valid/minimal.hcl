service "db" {
  type  = "*DB"
  start = "OpenDB"
}
