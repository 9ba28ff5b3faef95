# Types that do not parse as Go types.
input "a" {
  type = "map[string" # ERROR: Invalid Go type
}

input "b" {
  type = "*" # ERROR: Invalid Go type
}

input "c" {
  type = "" # ERROR: Invalid Go type
}

input "d" {
  type = "int)" # ERROR: Invalid Go type
}

input "e" {
  type = "chan" # ERROR: Invalid Go type
}

input "f" {
  type = "[]" # ERROR: Invalid Go type
}

input "g" {
  type = "   " # ERROR: Invalid Go type
}

input "h" {
  type = "Box[int" # ERROR: Invalid Go type
}
