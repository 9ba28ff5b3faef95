# A written type must be identical to the constructor's first result: not
# even an interface it implements.
lifegen {
  imports = { io = "io" }
}

service "cache" {
  type  = "Cache" # ERROR: Type differs from constructor
  start = "NewCache"
}

service "closer" {
  type  = "io.Closer" # ERROR: Type differs from constructor
  start = "NewCache"
}
