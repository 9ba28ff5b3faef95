# after orders like depends_on, so it can close a cycle.
service "db" {
  start = "OpenDB"
  after = [service.api] # ERROR: Dependency cycle
}

service "api" {
  start      = "NewAPI"
  depends_on = [service.db]
}
