# A directory without Go files yet: everything comes from imports.
lifegen {
  imports = { lib = "example.com/corpus/lib" }
}

service "thing" {
  type  = "*lib.Thing"
  start = "lib.New"
  stop  = "Close"
}
