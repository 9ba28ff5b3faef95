# A dependency passed to a parameter named like another dependency of the
# same list was probably listed in the wrong order.
input "api" {
  type = "string"
}

input "admin" {
  type = "string"
}

service "server" {
  type  = "*Server"
  start = "NewServer"
  depends_on = [
    input.api,   # WARNING: Dependency probably swapped
    input.admin, # WARNING: Dependency probably swapped
  ]
}

service "admin-db" {
  type       = "*Server"
  start      = "NewServer"
  depends_on = [input.admin, input.api]
}

service "user_db" {
  type       = "*Server"
  start      = "NewServer"
  depends_on = [input.admin, input.api]
}
