# start names a function, not a type, a variable or a constant.
service "typed" {
  type  = "*Cache"
  start = "Cache" # ERROR: Not a function
}

service "variable" {
  type  = "*Cache"
  start = "Default" # ERROR: Not a function
}

service "constant" {
  type  = "*Cache"
  start = "Answer" # ERROR: Not a function
}
