# A restart block under a misspelt policy: only the policy is reported,
# not the restart block, since a restart was probably meant.
service "consumer" {
  start   = "NewConsumer"
  run     = "Consume"
  on_exit = "restat" # ERROR: Unknown on_exit policy

  restart {
    max = 3
  }
}

service "cache" {
  start = "NewCache"

  health {
    check      = "Ping"
    on_failure = "Restart" # ERROR: Unknown on_failure policy
  }

  restart {
    max = 3
  }
}
