# The same dependency listed twice.
service "db" {
  type  = "*DB"
  start = "OpenDB"
}

service "cache" {
  type       = "*Cache"
  start      = "NewCache"
  depends_on = [
    service.db,
    service.db, # ERROR: Duplicate dependency
  ]
}

service "api" {
  type       = "*API"
  start      = "NewAPI"
  depends_on = [service.cache, service.db, service.cache] # ERROR: Duplicate dependency
}
