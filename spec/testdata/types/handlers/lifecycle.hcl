# A handler's last parameter accepts the queue's element type; a queue
# whose type is unknown is reported once, at its type.
queue "orders" { # WARNING: Queue has no senders
  type = "Order"
}

worker "wrong-item" {
  queue   = queue.orders
  handler = "WrongItem" # ERROR: Handler item type mismatch
}

queue "unknown" { # WARNING: Queue has no senders
  type = "Ordr" # ERROR: Unknown type
}

worker "unknown-item" {
  queue   = queue.unknown
  handler = "WrongItem"
}
