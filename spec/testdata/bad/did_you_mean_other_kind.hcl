# A name of the wrong kind is suggested with its kind.
queue "orders" { # WARNING: Queue has no senders
  type = "Order"
}

worker "fulfil" {
  queue   = queue.orders
  handler = "Fulfil"
}

service "api" {
  type       = "*API"
  start      = "NewAPI"
  depends_on = [service.orders, input.fulfil] # ERROR: Reference to undeclared service # ERROR: Reference to undeclared input
}
