# depends_on elements must be references; null and objects are not.
service "db" {
  type  = "*DB"
  start = "OpenDB"
}

service "api" {
  type       = "*API"
  start      = "NewAPI"
  depends_on = [null, { service = "db" }, service.db] # ERROR: Invalid reference # ERROR: Invalid reference
}
