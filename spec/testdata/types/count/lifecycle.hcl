# One depends_on entry per parameter after the optional ctx.
input "config" {
  type = "*Config"
}

service "db" {
  type  = "*DB"
  start = "NewDB"
}

service "cache" {
  type       = "*Cache"
  start      = "NewCache"
  depends_on = [service.db, input.config, queue.orders] # ERROR: Too many dependencies
}

service "api" {
  type       = "*API"
  start      = "NewAPI" # ERROR: Too few dependencies
  depends_on = [service.db]
}

service "db2" {
  type       = "*DB"
  start      = "NewDB"
  depends_on = [input.config] # ERROR: Too many dependencies
}

queue "orders" {
  type = "Order"
}

worker "w" {
  queue      = queue.orders
  handler    = "Handle"
  depends_on = [service.db, input.config] # ERROR: Too many dependencies
}

worker "w2" {
  queue      = queue.orders
  handler    = "HandleMore" # ERROR: Too few dependencies
  depends_on = [service.db]
}
