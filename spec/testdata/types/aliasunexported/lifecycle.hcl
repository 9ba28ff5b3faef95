# An imported package's function must be exported: the spec alone says so.
lifegen {
  imports = { lib = "example.com/corpus/lib" }
}

service "a" {
  type  = "*lib.Thing"
  start = "lib.newThing" # ERROR: Invalid function name
}
