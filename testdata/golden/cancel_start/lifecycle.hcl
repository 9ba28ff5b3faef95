# first → waiter, where waiter's constructor waits for its ctx: cancelling
# Start's ctx must end the startup.
lifegen {
  shutdown_timeout = "5s"
}

input "probe" {
  type = "*Probe"
}

service "first" {
  type       = "*Node"
  start      = "NewFirst"
  stop       = "Close"
  depends_on = [input.probe]
}

service "waiter" {
  type          = "*Node"
  start         = "NewWaiter"
  stop          = "Close"
  depends_on    = [service.first]
  start_timeout = "10s"
}

service "after" {
  type       = "*Node"
  start      = "NewAfter"
  stop       = "Close"
  depends_on = [service.waiter]
}
