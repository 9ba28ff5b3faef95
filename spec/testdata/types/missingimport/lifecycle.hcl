# An import path that cannot be loaded is reported once, at the import;
# what uses it is not reported again.
lifegen {
  imports = {
    nope = "example.com/corpus/nope" # ERROR: Cannot load imported package
  }
}

input "x" {
  type = "*nope.X"
}

service "cache" {
  type       = "*Cache"
  start      = "NewCache"
  depends_on = [input.x] # ERROR: Too many dependencies
}
