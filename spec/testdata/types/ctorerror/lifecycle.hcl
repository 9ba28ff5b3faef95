# The error result of a constructor is exactly error.
service "bad-error" {
  type  = "*Cache"
  start = "BadError" # ERROR: Invalid error result
}

service "bad-error-after-cleanup" {
  type  = "*Cache"
  start = "BadErrorAfterCleanup" # ERROR: Invalid error result
}
