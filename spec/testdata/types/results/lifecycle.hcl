# A constructor returns T, (T, error), (T, func()) or (T, func(), error).
service "init" {
  type  = "*Cache"
  start = "Init" # ERROR: Unsupported constructor results
}

service "nothing" {
  type  = "*Cache"
  start = "Nothing" # ERROR: Unsupported constructor results
}

service "bad-error" {
  type  = "*Cache"
  start = "BadError" # ERROR: Invalid error result
}

service "bad-cleanup" {
  type  = "*Cache"
  start = "BadCleanup" # ERROR: Invalid cleanup result
}

service "named-cleanup" {
  type  = "*Cache"
  start = "NamedCleanup" # ERROR: Invalid cleanup result
}

service "error-first" {
  type  = "*Cache"
  start = "ErrorFirst" # ERROR: Unsupported constructor results
}

service "too-many" {
  type  = "*Cache"
  start = "TooMany" # ERROR: Unsupported constructor results
}

service "swapped" {
  type  = "*Cache"
  start = "Swapped" # ERROR: Unsupported constructor results
}

service "two-values" {
  type  = "*Cache"
  start = "TwoValues" # ERROR: Unsupported constructor results
}

service "bad-error-after-cleanup" {
  type  = "*Cache"
  start = "BadErrorAfterCleanup" # ERROR: Invalid error result
}
