# Two restart blocks in one service.
service "consumer" {
  start   = "NewConsumer"
  run     = "Consume"
  on_exit = "restart"

  restart {
    max = 3
  }

  restart { # ERROR: Duplicate restart block
    max = 4
  }
}
