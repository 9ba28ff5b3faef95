# Types that are not types, or not valid ones.
input "b" {
  type = "Default" # ERROR: Not a type
}

input "g" {
  type = "map[[]byte]int" # ERROR: Invalid type
}

input "h" {
  type = "comparable" # ERROR: Invalid type
}

input "j" {
  type = "[99999999999999999999]int" # ERROR: Invalid type
}
