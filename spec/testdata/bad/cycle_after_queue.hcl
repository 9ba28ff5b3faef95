# A cycle through after and a queue: the worker waits for the api, which
# sends to the queue, which waits for its worker.
queue "orders" {
  type = "Order"
}

worker "fulfil" {
  queue   = queue.orders # ERROR: Dependency cycle
  handler = "Fulfil"
  after   = [service.api]
}

service "api" {
  start      = "NewAPI"
  depends_on = [queue.orders]
}
