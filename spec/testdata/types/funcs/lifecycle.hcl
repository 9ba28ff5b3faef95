# start and handler must name a function of the package, or alias.Name.
service "cache" {
  type  = "*Cache"
  start = "NewCach" # ERROR: Unknown function
}

service "far" {
  type  = "*Cache"
  start = "Completely" # ERROR: Unknown function
}

queue "orders" { # WARNING: Queue has no senders
  type = "Order"
}

worker "fulfil" {
  queue   = queue.orders
  handler = "Fulfill" # ERROR: Unknown function
}
