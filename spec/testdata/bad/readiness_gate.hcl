# A readiness gate waits for a passing check, so it needs one.
service "a" {
  start = "NewA"

  health {
    readiness_gate = true # ERROR: Readiness gate without a check
  }
}

# Without a gate, a missing check is the usual missing argument.
service "b" {
  start = "NewB"

  health { # ERROR: Missing required argument
    readiness_gate = false
  }
}

service "c" {
  start = "NewC"

  health {
    check          = "Ping"
    readiness_gate = "yes" # ERROR: Incorrect attribute value type
  }
}

service "d" {
  start = "NewD"

  health {
    check          = "Ping"
    readiness_gate = true
    on_failure     = "restart"
  }
}
