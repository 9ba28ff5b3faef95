# The cleanup result of a constructor is exactly func().
service "bad-cleanup" {
  type  = "*Cache"
  start = "BadCleanup" # ERROR: Invalid cleanup result
}

service "named-cleanup" {
  type  = "*Cache"
  start = "NamedCleanup" # ERROR: Invalid cleanup result
}
