# start_timeout = "none": the wal replays for as long as it takes (its ctx
# has no deadline of its own), yet a cancelled Start or another
# component's failure still ends the wait.
lifegen {
  shutdown_timeout = "5s"
}

input "probe" {
  type = "*Probe"
}

service "wal" {
  start         = "ReplayWAL"
  stop          = "Close"
  depends_on    = [input.probe]
  start_timeout = "none"
}

service "checker" {
  start      = "NewChecker"
  depends_on = [input.probe]
}

service "api" {
  start      = "NewAPI"
  depends_on = [service.wal, service.checker]
}
