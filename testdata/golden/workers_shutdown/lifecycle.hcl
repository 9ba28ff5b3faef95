# Four workers with on_error = "shutdown": a failing item shuts the app
# down in the middle of the stream.
lifegen {
  shutdown_timeout = "5s"
}

input "probe" {
  type = "*Probe"
}

queue "items" {
  type     = "Item"
  capacity = 8
}

worker "consume" {
  queue      = queue.items
  handler    = "Handle"
  count      = 4
  depends_on = [input.probe]
  on_error   = "shutdown"
}

service "producer" {
  type       = "*Producer"
  start      = "NewProducer"
  run        = "Run"
  depends_on = [input.probe, queue.items]
}
