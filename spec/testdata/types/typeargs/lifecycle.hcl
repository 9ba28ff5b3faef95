# Generic types take type arguments that satisfy their constraints.
lifegen {
  imports = { lib = "example.com/corpus/lib" }
}

input "c" {
  type = "Box" # ERROR: Invalid type arguments
}

input "d" {
  type = "Box[int, string]" # ERROR: Invalid type arguments
}

input "e" {
  type = "Config[int]" # ERROR: Invalid type arguments
}

input "f" {
  type = "Keyed[func()]" # ERROR: Invalid type arguments
}

input "k" {
  type = "lib.Pair[[]int, string]" # ERROR: Invalid type arguments
}
