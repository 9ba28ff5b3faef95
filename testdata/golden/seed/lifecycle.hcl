# The seed tutorial's shape: database → cache → api, a health monitor on
# the database, and a job queue with three background workers.
lifegen {
  package = "seed"
  shutdown_timeout = "5s"
}

input "config" {
  type = "*Config"
}

service "database" {
  type          = "*Database"
  start         = "OpenDatabase"
  stop          = "Close"
  depends_on    = [input.config]
  start_timeout = "2s"
  stop_timeout  = "1s"

  health {
    check             = "Ping"
    interval          = "20ms"
    timeout           = "10ms"
    failure_threshold = 2
  }
}

service "cache" {
  type       = "*Cache"
  start      = "NewCache"
  stop       = "Close"
  depends_on = [service.database]
}

queue "jobs" {
  type     = "Job"
  capacity = 10
}

worker "background" {
  queue      = queue.jobs
  handler    = "ProcessJob"
  count      = 3
  depends_on = [service.database]
}

service "api" {
  type       = "*API"
  start      = "NewAPI"
  run        = "Serve"
  stop       = "Shutdown"
  depends_on = [service.cache, queue.jobs]
}
