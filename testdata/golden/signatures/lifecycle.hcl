# run, stop and health.check in each of the four allowed shapes:
#                      run                stop               check
#   server  func() error       func(ctx) error    func(ctx)
#   closer  func(ctx)          func() error       func()
#   plain   func(ctx) error    func()             func() error
#   bare    func()             func(ctx)          func(ctx) error
# and web, a real *http.Server: ListenAndServe ended by Shutdown.
lifegen {
  imports = {
    http = "net/http"
  }
  shutdown_timeout = "5s"
}

input "probe" {
  type = "*Probe"
}

service "server" {
  type       = "*Server"
  start      = "NewServer"
  run        = "Serve"
  stop       = "Shutdown"
  depends_on = [input.probe]

  health {
    check    = "Check"
    interval = "10ms"
  }
}

service "closer" {
  type       = "*Closer"
  start      = "NewCloser"
  run        = "Loop"
  stop       = "Close"
  depends_on = [input.probe]

  health {
    check    = "Ping"
    interval = "10ms"
  }
}

service "plain" {
  type       = "*Plain"
  start      = "NewPlain"
  run        = "Work"
  stop       = "Halt"
  depends_on = [input.probe]

  health {
    check    = "Probe"
    interval = "10ms"
  }
}

service "bare" {
  type       = "*Bare"
  start      = "NewBare"
  run        = "Spin"
  stop       = "Stop"
  depends_on = [input.probe]

  health {
    check    = "Healthy"
    interval = "10ms"
  }
}

service "web" {
  type       = "*http.Server"
  start      = "NewWeb"
  run        = "ListenAndServe"
  stop       = "Shutdown"
  depends_on = [input.probe]
}
