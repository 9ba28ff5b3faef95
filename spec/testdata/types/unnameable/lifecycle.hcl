# The generated code states each function's signature, so every type in
# it must be nameable from the output package.
lifegen {
  imports = { lib = "example.com/corpus/lib" }
}

service "wrapped" {
  type  = "*lib.Thing"
  start = "lib.Wrap" # ERROR: Type cannot be named
}

service "hidden" {
  type  = "*lib.Thing"
  start = "lib.NewHidden" # ERROR: Type cannot be named
}
