# Names whose Go names are members of the generated App type.
service "status" { # ERROR: Reserved component name
  type  = "*Status"
  start = "NewStatus"
}

queue "handler" { # ERROR: Reserved component name
  type = "Job"
}

worker "run" { # ERROR: Reserved component name
  queue   = queue.handler
  handler = "RunJob"
}

input "shutdown_timeout" { # ERROR: Reserved component name
  type = "int"
}

service "logger" { # ERROR: Reserved component name
  type       = "*Log"
  start      = "NewLog"
  depends_on = [queue.handler]
}

# Members of the generated type since targets, the readiness drain and
# Stopped.
service "stopped" { # ERROR: Reserved component name
  start = "NewStopped"
}

service "targets" { # ERROR: Reserved component name
  start = "NewTargets"
}

input "shutdown-delay" { # ERROR: Reserved component name
  type = "int"
}
