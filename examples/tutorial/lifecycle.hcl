# The service-lifecycle tutorial, the lifegen way: a database, a cache that
# needs it, an API that needs the cache and hands work to three background
# workers through a job queue, and a health monitor on the database.
#
# A service's type is its constructor's first result: lifegen reads it from
# services.go. Edit this file, then run `go generate ./...` to rewrite
# lifecycle_gen.go.
lifegen {
  package          = "main"
  startup          = "sequential" # one at a time, so the log reads the same every run
  shutdown_timeout = "5s"
}

# A value main passes to NewApp: where every component writes its lines.
input "log" {
  type = "*Log"
}

service "database" {
  start         = "ConnectDatabase" # func(ctx, *Log) (*Database, error)
  stop          = "Close"           # called last: everything else needs it
  depends_on    = [input.log]
  start_timeout = "2s"

  health {
    check         = "Ping" # func(ctx) error, every interval while running
    interval      = "500ms"
    initial_delay = "500ms"
    timeout       = "100ms"
  }
}

service "cache" {
  start      = "NewCache" # func(ctx, *Log, *Database) (*Cache, error)
  stop       = "Close"
  depends_on = [input.log, service.database]
}

queue "jobs" {
  type     = "Job"
  capacity = 10
}

worker "background" {
  queue      = queue.jobs
  handler    = "ProcessJob" # func(ctx, *Log, *Database, Job) error
  count      = 3
  depends_on = [input.log, service.database]
}

service "api" {
  start      = "NewAPI" # func(ctx, *Log, *Cache, chan<- Job) (*API, error)
  run        = "Serve"  # func(ctx) error: the request loop, until shutdown
  stop       = "Shutdown"
  depends_on = [input.log, service.cache, queue.jobs]
}
