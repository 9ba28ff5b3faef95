# The same kind of cycle with the queue declared first: the diagnostic is
# at the worker's queue attribute, the edge that leaves the queue.
queue "orders" {
  type = "Order"
}

worker "fulfil" {
  queue      = queue.orders # ERROR: Dependency cycle
  handler    = "Fulfil"
  depends_on = [service.api]
}

service "api" {
  type       = "*API"
  start      = "NewAPI"
  depends_on = [queue.orders]
}
