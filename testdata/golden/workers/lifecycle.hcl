# A producer sends items through a queue to a pool of four workers.
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
  queue      = queue.items
  handler    = "Handle"
  count      = 4
  depends_on = [input.probe]
}

service "producer" {
  type       = "*Producer"
  start      = "NewProducer"
  run        = "Run"
  depends_on = [input.probe, queue.items]
}
