# null is not a value for these attributes.
service "db" {
  type  = null # ERROR: Incorrect attribute value type
  start = "OpenDB"
  run   = null # ERROR: Incorrect attribute value type
}
