# The method set of an interface value is the interface's, whatever the
# dynamic type has.
service "store" {
  type  = "Store"
  start = "NewStore"
  stop  = "Close"

  health {
    check = "Ping" # ERROR: Unknown method
  }
}
