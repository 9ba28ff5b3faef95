# Generic functions are not constructors or handlers.
service "box" {
  type  = "*Box[int]"
  start = "NewBox" # ERROR: Generic function
}

queue "orders" { # WARNING: Queue has no senders
  type = "Order"
}

worker "w" {
  queue      = queue.orders
  handler    = "Handle" # ERROR: Generic function
}
