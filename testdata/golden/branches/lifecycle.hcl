# Three independent chains, a1 → a2 → a3, b1 → b2 and c1 → c2, written out
# of order so that spec order is not a topological order.
lifegen {
  startup          = "parallel"
  shutdown_timeout = "5s"
}

input "probe" {
  type = "*Probe"
}

service "a2" {
  type       = "*Node"
  start      = "NewNode"
  stop       = "Close"
  depends_on = [service.a1]
}

service "b1" {
  type          = "*Node"
  start         = "NewHead"
  stop          = "Close"
  depends_on    = [input.probe]
  start_timeout = "2s"
}

service "a1" {
  type          = "*Node"
  start         = "NewHead"
  stop          = "Close"
  depends_on    = [input.probe]
  start_timeout = "2s"
}

service "c2" {
  type       = "*Node"
  start      = "NewNode"
  stop       = "Close"
  depends_on = [service.c1]
}

service "b2" {
  type       = "*Node"
  start      = "NewNode"
  stop       = "Close"
  depends_on = [service.b1]
}

service "a3" {
  type       = "*Node"
  start      = "NewNode"
  stop       = "Close"
  depends_on = [service.a2]
}

service "c1" {
  type          = "*Node"
  start         = "NewHead"
  stop          = "Close"
  depends_on    = [input.probe]
  start_timeout = "2s"
}
