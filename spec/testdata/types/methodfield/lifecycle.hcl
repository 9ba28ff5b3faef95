# A field is not a method; a variadic method is not accepted.
service "field" {
  type  = "*Cache"
  start = "NewPtr"
  stop  = "Stop" # ERROR: Not a method
  run   = "Variadic" # ERROR: Unsupported method signature
}
