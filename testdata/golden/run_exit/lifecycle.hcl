# base → quitter and base → crasher; both have a run loop that the probe
# can end early: quitter's returns nil, crasher's returns an error.
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

service "quitter" {
  type       = "*Looper"
  start      = "NewQuitter"
  run        = "Run"
  stop       = "Stop"
  depends_on = [service.base]
}

service "crasher" {
  type       = "*Looper"
  start      = "NewCrasher"
  run        = "Run"
  stop       = "Stop"
  depends_on = [service.base]
}
