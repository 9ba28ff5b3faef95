# Types that parse but are not in the accepted subset.
lifegen {
  imports = { pb = "example.com/shop/pb" }
}

input "a" {
  type = "struct{ X int }" # ERROR: Unsupported type expression
}

input "b" {
  type = "interface{ Close() error }" # ERROR: Unsupported type expression
}

input "c" {
  type = "[N]int" # ERROR: Unsupported type expression
}

input "d" {
  type = "[...]int" # ERROR: Unsupported type expression
}

input "e" {
  type = "pb.sub.Type" # ERROR: Invalid Go type
}

input "f" {
  type = "Box[1]" # ERROR: Invalid Go type
}

input "g" {
  type = "_" # ERROR: Unsupported type expression
}

input "h" {
  type = "pb.message" # ERROR: Unsupported type expression
}

input "i" {
  type = "func[T any]()" # ERROR: Invalid Go type
}

input "j" {
  type = "\"string\"" # ERROR: Invalid Go type
}
