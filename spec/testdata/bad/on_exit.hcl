# on_exit values, and on_exit on a service without a run loop.
service "a" {
  start   = "NewA"
  run     = "Run"
  on_exit = "Ignore" # ERROR: Unknown on_exit policy
}

service "b" {
  start   = "NewB"
  run     = "Run"
  on_exit = "retry" # ERROR: Unknown on_exit policy
}

service "c" {
  start   = "NewC"
  on_exit = "ignore" # WARNING: Exit policy without a run loop
}

service "d" {
  start   = "NewD"
  on_exit = "restart" # WARNING: Exit policy without a run loop
}

service "e" {
  start   = "NewE"
  run     = "Run"
  on_exit = true # ERROR: Incorrect attribute value type
}
