# on_exit = "ignore": a run loop that returns nil has finished its work
# and the service stays running until the app stops; an error or a panic
# still shuts the app down.
lifegen {
  shutdown_timeout = "5s"
}

input "probe" {
  type = "*Probe"
}

# Migrates once, then returns nil.
service "migrate" {
  start      = "NewMigrator"
  run        = "Run"
  stop       = "Close"
  depends_on = [input.probe]
  on_exit    = "ignore"
}

# Runs until its ctx ends, or fails when the probe says so.
service "syncer" {
  start      = "NewSyncer"
  run        = "Run"
  depends_on = [input.probe]
  on_exit    = "ignore"
}

service "api" {
  start      = "NewAPI"
  depends_on = [service.migrate, service.syncer]
}
