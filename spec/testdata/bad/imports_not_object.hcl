# imports must be an object of alias = "path".
lifegen {
  imports = ["database/sql"] # ERROR: Invalid expression
}

service "db" {
  type  = "*DB"
  start = "OpenDB"
}
