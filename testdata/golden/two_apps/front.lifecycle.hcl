# The second app of this package: its store wraps Back's store.
lifegen {
  app              = "Front"
  startup          = "sequential"
  shutdown_timeout = "5s"
}

input "log" {
  type = "*Log"
}

input "backend" {
  type = "*Store"
}

service "store" {
  type       = "*Store"
  start      = "NewCachedStore"
  stop       = "Close"
  depends_on = [input.log, input.backend]
}

service "api" {
  type       = "*API"
  start      = "NewAPI"
  run        = "Serve"
  depends_on = [service.store]
}
