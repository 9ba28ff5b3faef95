# A handler is func([ctx,] deps..., item) returning error or nothing.
queue "orders" { # WARNING: Queue has no senders
  type = "Order"
}

worker "wrong-item" {
  queue   = queue.orders
  handler = "WrongItem" # ERROR: Handler item type mismatch
}

worker "no-item" {
  queue   = queue.orders
  handler = "NoItem" # ERROR: Missing item parameter
}

worker "results" {
  queue   = queue.orders
  handler = "Results" # ERROR: Unsupported handler signature
}

worker "variadic" {
  queue   = queue.orders
  handler = "Variadic" # ERROR: Unsupported handler signature
}

worker "bad-error" {
  queue   = queue.orders
  handler = "BadError" # ERROR: Invalid error result
}

queue "unknown" { # WARNING: Queue has no senders
  type = "Ordr" # ERROR: Unknown type
}

worker "unknown-item" {
  queue   = queue.unknown
  handler = "WrongItem"
}
