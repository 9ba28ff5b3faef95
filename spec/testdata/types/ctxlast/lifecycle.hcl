# Only a first context.Context parameter is the ctx; a later one counts
# as a dependency.
service "db" {
  type  = "*DB"
  start = "NewDB"
}

service "cache" {
  type       = "*Cache"
  start      = "NewCache" # ERROR: Too few dependencies
  depends_on = [service.db]
}
