# base → alpha; the probe makes alpha's start, run or stop panic.
lifegen {
  shutdown_timeout = "5s"
}

input "probe" {
  type = "*Probe"
}

service "base" {
  type       = "*Base"
  start      = "NewBase"
  stop       = "Close"
  depends_on = [input.probe]
}

service "alpha" {
  type       = "*Alpha"
  start      = "NewAlpha"
  run        = "Run"
  stop       = "Stop"
  depends_on = [input.probe, service.base]
}
