# needs: spec v2. Checked as if the package could not be loaded. # WARNING@-1: Go package not loaded
service "typed" {
  type  = "*Cache"
  start = "NewCache"
}

service "untyped" {
  start = "NewCache" # ERROR: Missing service type
}

service "grouped" {
  type       = "*Cache"
  start      = "NewCache"
  depends_on = [[service.typed]] # ERROR: Group needs package types
}
