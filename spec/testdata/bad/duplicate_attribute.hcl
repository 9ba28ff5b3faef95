# The same attribute twice.
service "db" {
  type  = "*DB"
  start = "OpenDB"
  type  = "*sql.DB" # ERROR: Attribute redefined
}
