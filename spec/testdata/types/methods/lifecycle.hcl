# run, stop and check are in the method set of the service's value type,
# with one of the accepted signatures.
lifegen {
  imports = { lib = "example.com/corpus/lib" }
}

service "value" {
  type  = "Cache"
  start = "NewCache"
  stop  = "Close" # ERROR: Pointer receiver method
  run   = "Serve" # ERROR: Unsupported method signature

  health {
    check = "Check" # ERROR: Unsupported method signature
  }
}

service "ptr" {
  type  = "*Cache"
  start = "NewPtr"
  stop  = "Clos" # ERROR: Unknown method
  run   = "Run"  # ERROR: Unsupported method signature

  health {
    check = "Healthy" # ERROR: Invalid error result
  }
}

service "field" {
  type  = "*Cache"
  start = "NewPtr"
  stop  = "Stop" # ERROR: Not a method
  run   = "Variadic" # ERROR: Unsupported method signature
}

service "thing" {
  type  = "*lib.Thing"
  start = "NewThing"
  stop  = "close" # ERROR: Unexported method
}
