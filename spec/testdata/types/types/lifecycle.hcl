# A type is evaluated in the output package, qualifiers through imports.
lifegen {
  imports = { lib = "example.com/corpus/lib" }
}

input "a" {
  type = "*Confg" # ERROR: Unknown type
}

input "i" {
  type = "lib.Thng" # ERROR: Unknown type
}

service "cache" {
  type       = "*Cache"
  start      = "NewCache"
  depends_on = [input.a] # ERROR: Too many dependencies
}
