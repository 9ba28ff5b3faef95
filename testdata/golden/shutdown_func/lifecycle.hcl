# app.shutdown: a func(error) that begins a shutdown with that cause (nil:
# a requested one) and returns at once. Here a constructor, a run loop, a
# health check and a worker's handler each receive it, and the probe input
# tells them when to call it.
lifegen {
  shutdown_timeout = "5s"
}

input "probe" {
  type = "*Probe"
}

# Calls it during startup when the probe says so: the start is aborted.
service "boot" {
  start      = "NewBoot"
  depends_on = [input.probe, app.shutdown]
}

# Calls it from its run loop.
service "loop" {
  start      = "NewLoop"
  run        = "Run"
  depends_on = [input.probe, queue.commands, app.shutdown]
  after      = [service.boot]
}

# Calls it from its health check.
service "checked" {
  start      = "NewChecked"
  stop       = "Close"
  depends_on = [input.probe, app.shutdown]
  after      = [service.boot]

  health {
    check      = "Check"
    interval   = "10ms"
    on_failure = "ignore"
  }
}

queue "commands" {
  type     = "Command"
  capacity = 1
}

# Calls it from its handler (the worker cannot be called "handler": App has
# a Handler method).
worker "executor" {
  queue      = queue.commands
  handler    = "Handle"
  depends_on = [input.probe, app.shutdown]
  after      = [service.boot]
}
