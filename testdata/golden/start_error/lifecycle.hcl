# A chain one → two → three → four → five whose middle constructor fails,
# and a bystander that is still starting when it does.
lifegen {
  shutdown_timeout = "5s"
}

input "probe" {
  type = "*Probe"
}

service "one" {
  type       = "*Node"
  start      = "NewOne"
  stop       = "Close"
  depends_on = [input.probe]
}

service "two" {
  type       = "*Node"
  start      = "NewNext"
  stop       = "Close"
  depends_on = [service.one]
}

service "three" {
  type       = "*Node"
  start      = "NewThree"
  stop       = "Close"
  depends_on = [service.two]
}

service "four" {
  type       = "*Node"
  start      = "NewNext"
  stop       = "Close"
  depends_on = [service.three]
}

service "five" {
  type       = "*Node"
  start      = "NewNext"
  stop       = "Close"
  depends_on = [service.four]
}

service "bystander" {
  type          = "*Node"
  start         = "NewBystander"
  stop          = "Close"
  depends_on    = [input.probe]
  start_timeout = "10s"
}
