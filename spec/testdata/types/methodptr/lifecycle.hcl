# A pointer-receiver method is not in the method set of a value type.
service "value" {
  type  = "Cache"
  start = "NewCache"
  stop  = "Close" # ERROR: Pointer receiver method
  run   = "Serve" # ERROR: Unsupported method signature

  health {
    check = "Check" # ERROR: Unsupported method signature
  }
}
