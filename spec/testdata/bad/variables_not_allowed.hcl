# Expressions that need variables or functions.
input "config" {
  type = Config # ERROR: Variables not allowed
}

service "db" {
  type  = "*${config}" # ERROR: Variables not allowed
  start = upper("open") # ERROR: Function calls not allowed
}
