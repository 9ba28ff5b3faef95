# A dependency must be assignable to its parameter.
input "name" {
  type = "int"
}

service "cache" {
  type  = "Cache"
  start = "NewCache"
}

service "echo" {
  type  = "*Echo"
  start = "NewEcho"
}

service "api" {
  type  = "*API"
  start = "NewAPI"
  depends_on = [
    service.cache, # ERROR: Dependency type mismatch
    queue.orders,  # ERROR: Dependency type mismatch
  ]
}

service "router" {
  type       = "*API"
  start      = "NewRouter"
  depends_on = [service.echo] # ERROR: Dependency type mismatch
}

service "ptr" {
  type       = "*API"
  start      = "NewPtr"
  depends_on = [service.cache, input.name] # ERROR: Dependency type mismatch
}

queue "orders" {
  type = "Order"
}

worker "w" {
  queue   = queue.orders
  handler = "Handle"
}
