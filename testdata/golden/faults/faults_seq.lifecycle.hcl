# The fault matrix (sequential startup): every hook of this app fails as the
# test's Plan says (error, panic, block ignoring ctx, return late), and
# faults_test.go checks what the docs promise for each. base → front,
# and worker "work" drains queue "items", which front may send to.
# The twin of faults.lifecycle.hcl, with sequential startup.
lifegen {
  app              = "FaultsSeq"
  startup          = "sequential"
  shutdown_timeout = "600ms"
}

input "plan" {
  type = "*Plan"
}

service "base" {
  type          = "*Svc"
  start         = "NewBase"
  stop          = "Stop"
  depends_on    = [input.plan]
  start_timeout = "100ms"
  stop_timeout  = "100ms"

  health {
    check             = "Check"
    interval          = "5ms"
    timeout           = "20ms"
    failure_threshold = 2
    on_failure        = "shutdown"
  }
}

queue "items" {
  type     = "Item"
  capacity = 16
}

worker "work" {
  queue         = queue.items
  handler       = "Handle"
  count         = 2
  depends_on    = [service.base]
  drain_timeout = "50ms"
  on_error      = "shutdown"
}

service "front" {
  type          = "*Svc"
  start         = "NewFront"
  run           = "Run"
  stop          = "Stop"
  depends_on    = [input.plan, service.base, queue.items]
  start_timeout = "100ms"
  stop_timeout  = "100ms"
}
