# An unexported method of another package cannot be called.
lifegen {
  imports = { lib = "example.com/corpus/lib" }
}

service "thing" {
  type  = "*lib.Thing"
  start = "NewThing"
  stop  = "close" # ERROR: Unexported method
}
