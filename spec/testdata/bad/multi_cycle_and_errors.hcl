# A cycle is still found when other blocks have errors.
service "db" {
  type       = "*sql.DB" # ERROR: Undeclared import alias
  start      = "OpenDB"
  depends_on = [service.api] # ERROR: Dependency cycle
}

service "api" {
  type       = "*API"
  start      = "NewAPI"
  depends_on = [service.db]
  typo       = 1 # ERROR: Unsupported argument
}
