# A producer and four workers whose handler is too slow for the short
# drain_timeout: what is still queued when it runs out is dropped.
lifegen {
  shutdown_timeout = "5s"
}

input "probe" {
  type = "*Probe"
}

queue "items" {
  type     = "Item"
  capacity = 16
}

worker "consume" {
  queue         = queue.items
  handler       = "Handle"
  count         = 4
  depends_on    = [input.probe]
  drain_timeout = "50ms"
}

service "producer" {
  type       = "*Producer"
  start      = "NewProducer"
  run        = "Run"
  depends_on = [input.probe, queue.items]
}
