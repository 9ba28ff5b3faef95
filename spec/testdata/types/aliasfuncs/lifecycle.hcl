# Functions of an imported package: exported, and declared there.
lifegen {
  imports = { lib = "example.com/corpus/lib" }
}

service "b" {
  type  = "*lib.Thing"
  start = "lib.Nw" # ERROR: Unknown function
}

service "c" {
  type  = "*lib.Thing"
  start = "lib.Box" # ERROR: Not a function
}
