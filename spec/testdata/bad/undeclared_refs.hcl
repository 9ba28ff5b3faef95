# References to blocks that do not exist, with and without suggestions.
input "config" {
  type = "*Config"
}

service "database" {
  type       = "*DB"
  start      = "OpenDB"
  depends_on = [input.confg] # ERROR: Reference to undeclared input
}

service "cache" {
  type       = "*Cache"
  start      = "NewCache"
  depends_on = [service.databse, service.nothing_like_it] # ERROR: Reference to undeclared service # ERROR: Reference to undeclared service
}

queue "orders" { # ERROR: Queue has no consumers # WARNING: Queue has no senders
  type = "Order"
}

worker "fulfil" {
  queue      = queue.ordrs # ERROR: Reference to undeclared queue
  handler    = "Fulfil"
  depends_on = [service.orders] # ERROR: Reference to undeclared service
}

service "api" {
  type       = "*API"
  start      = "NewAPI"
  depends_on = [queue.cache] # ERROR: Reference to undeclared queue
}
