# A type of an internal package out of reach cannot be named.
lifegen {
  imports = { lib = "example.com/corpus/lib" }
}

service "secret" {
  type  = "*lib.Thing"
  start = "lib.NewSecret" # ERROR: Type cannot be named
}
