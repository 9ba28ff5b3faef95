# run, stop and check are in the method set of the service's value type,
# with one of the accepted signatures.
service "ptr" {
  type  = "*Cache"
  start = "NewPtr"
  stop  = "Clos" # ERROR: Unknown method
  run   = "Run"  # ERROR: Unsupported method signature

  health {
    check = "Healthy" # ERROR: Invalid error result
  }
}
