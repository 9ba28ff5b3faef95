# Two services that depend on each other.
service "cache" {
  type       = "*Cache"
  start      = "NewCache"
  depends_on = [service.api] # ERROR: Dependency cycle
}

service "api" {
  type       = "*API"
  start      = "NewAPI"
  depends_on = [service.cache]
}
