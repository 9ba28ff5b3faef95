# Attempts to smuggle Go code through type expressions.
input "a" {
  type = "*T /* c */" # ERROR: Invalid Go type
}

input "b" {
  type = "x\nfunc init(){}" # ERROR: Invalid Go type
}

input "c" {
  type = "int; func init() { panic(1) }" # ERROR: Invalid Go type
}

input "d" {
  type = "int // trailing" # ERROR: Invalid Go type
}

input "e" {
  type = "int = 5" # ERROR: Invalid Go type
}

input "f" {
  type = "func() { os.Exit(1) }" # ERROR: Invalid Go type
}

input "g" {
  type = "struct{ X int `json:\"x\"` }" # ERROR: Unsupported type expression
}

input "h" {
  type = "[len(\"x\")]int" # ERROR: Unsupported type expression
}

input "i" {
  type = "int\rfunc init(){}" # ERROR: Invalid Go type
}

input "j" {
  type = "(int), y int" # ERROR: Invalid Go type
}
