# A cycle through the implicit queue → worker edge: the api sends to
# orders, orders waits for its worker, and the worker waits for the api.
service "api" {
  type       = "*API"
  start      = "NewAPI"
  depends_on = [queue.orders] # ERROR: Dependency cycle
}

queue "orders" {
  type = "Order"
}

worker "fulfil" {
  queue      = queue.orders
  handler    = "Fulfil"
  depends_on = [service.api]
}
