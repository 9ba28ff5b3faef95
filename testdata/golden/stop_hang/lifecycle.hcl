# base → hanger (stop_timeout 50ms) and base → stubborn (stop_timeout 4s);
# the probe makes either stop ignore its ctx and hang.
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

service "hanger" {
  type         = "*Node"
  start        = "NewHanger"
  stop         = "Close"
  depends_on   = [service.base]
  stop_timeout = "50ms"
}

service "stubborn" {
  type         = "*Node"
  start        = "NewStubborn"
  stop         = "Close"
  depends_on   = [service.base]
  stop_timeout = "4s"
}
