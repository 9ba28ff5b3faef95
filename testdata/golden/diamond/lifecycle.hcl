# A diamond: root → left, right → join. join lists right before left, so
# its constructor must receive them in that order.
lifegen {
  shutdown_timeout = "5s"
}

input "probe" {
  type = "*Probe"
}

service "root" {
  type       = "*Node"
  start      = "NewRoot"
  stop       = "Close"
  depends_on = [input.probe]
}

service "left" {
  type          = "*Node"
  start         = "NewLeft"
  stop          = "Close"
  depends_on    = [service.root]
  start_timeout = "2s"
}

service "right" {
  type          = "*Node"
  start         = "NewRight"
  stop          = "Close"
  depends_on    = [service.root]
  start_timeout = "2s"
}

service "join" {
  type       = "*Node"
  start      = "NewJoin"
  stop       = "Close"
  depends_on = [service.right, service.left]
}
