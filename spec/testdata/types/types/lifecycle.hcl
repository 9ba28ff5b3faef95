# A type is evaluated in the output package, qualifiers through imports.
lifegen {
  imports = { lib = "example.com/corpus/lib" }
}

input "a" {
  type = "*Confg" # ERROR: Unknown type
}

input "b" {
  type = "Default" # ERROR: Not a type
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

input "g" {
  type = "map[[]byte]int" # ERROR: Invalid type
}

input "h" {
  type = "comparable" # ERROR: Invalid type
}

input "i" {
  type = "lib.Thng" # ERROR: Unknown type
}

input "j" {
  type = "[99999999999999999999]int" # ERROR: Invalid type
}

input "k" {
  type = "lib.Pair[[]int, string]" # ERROR: Invalid type arguments
}

service "cache" {
  type       = "*Cache"
  start      = "NewCache"
  depends_on = [input.a] # ERROR: Too many dependencies
}
