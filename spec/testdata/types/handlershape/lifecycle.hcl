# A handler returns error or nothing, takes its item last, and is not
# variadic.
queue "orders" { # WARNING: Queue has no senders
  type = "Order"
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
