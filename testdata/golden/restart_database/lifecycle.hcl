# The seed tutorial's shape with a database that is restarted when its
# health check fails: the cache and the workers that hold the old
# connection are rebuilt with the new one, the API (which sends to the
# job queue) is rebuilt too, and the jobs waiting in the queue are kept
# and processed by the new workers.
lifegen {
  shutdown_timeout = "5s"
}

input "probe" {
  type = "*Probe"
}

service "database" {
  start      = "OpenDatabase"
  stop       = "Close"
  depends_on = [input.probe]

  health {
    check             = "Ping"
    interval          = "5ms"
    timeout           = "50ms"
    failure_threshold = 2
    on_failure        = "restart"
  }

  restart {
    backoff     = "10ms"
    max_backoff = "10ms"
  }
}

service "cache" {
  start      = "NewCache"
  stop       = "Close"
  depends_on = [service.database]
}

queue "jobs" {
  type     = "Job"
  capacity = 500
}

worker "background" {
  queue      = queue.jobs
  handler    = "Process"
  count      = 3
  depends_on = [input.probe, service.database]
}

service "api" {
  start      = "NewAPI"
  depends_on = [service.cache, queue.jobs]
}
