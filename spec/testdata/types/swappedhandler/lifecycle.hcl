# The same warning for a handler's parameters.
input "api" {
  type = "string"
}

input "admin" {
  type = "string"
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

queue "orders" { # WARNING: Queue has no senders
  type = "Order"
}

worker "w" {
  queue = queue.orders
  handler = "Handle"
  depends_on = [
    service.admin-db, # WARNING: Dependency probably swapped
    service.user_db,  # WARNING: Dependency probably swapped
  ]
}
