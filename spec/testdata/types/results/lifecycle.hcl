# A constructor returns T, (T, error), (T, func()) or (T, func(), error).
service "init" {
  type  = "*Cache"
  start = "Init" # ERROR: Unsupported constructor results
}

service "nothing" {
  type  = "*Cache"
  start = "Nothing" # ERROR: Unsupported constructor results
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
