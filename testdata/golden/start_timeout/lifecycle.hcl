# base → slow, where slow's constructor ignores its ctx and outlives its
# start_timeout.
lifegen {
  shutdown_timeout = "5s"
}

input "probe" {
  type = "*Probe"
}

service "base" {
  type       = "*Node"
  start      = "NewBase"
  stop       = "Close"
  depends_on = [input.probe]
}

service "slow" {
  type          = "*Node"
  start         = "NewSlow"
  stop          = "Close"
  depends_on    = [service.base]
  start_timeout = "50ms"
}
