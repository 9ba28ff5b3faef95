# A queue consumer whose broker connection drops: its run loop returns an
# error, and it is restarted with backoff instead of shutting the app
# down. The API that holds the consumer is rebuilt with it; the metrics
# service and the fulfil workers, which do not depend on it, are not
# touched, and the orders it queued are all processed.
lifegen {
  shutdown_timeout = "5s"
}

input "probe" {
  type = "*Probe"
}

service "broker" {
  start      = "NewBroker"
  stop       = "Close"
  depends_on = [input.probe]
}

queue "orders" {
  type     = "Order"
  capacity = 1000
}

worker "fulfil" {
  queue      = queue.orders
  handler    = "Fulfil"
  count      = 2
  depends_on = [input.probe]
}

service "consumer" {
  start      = "NewConsumer"
  run        = "Consume"
  stop       = "Close"
  depends_on = [input.probe, service.broker, queue.orders]
  on_exit    = "restart"

  restart {
    max         = 3
    within      = "1m"
    backoff     = "5ms"
    max_backoff = "20ms"
  }
}

service "api" {
  start      = "NewAPI"
  stop       = "Close"
  depends_on = [input.probe, service.consumer]
}

service "metrics" {
  start      = "NewMetrics"
  stop       = "Close"
  depends_on = [input.probe]
}
