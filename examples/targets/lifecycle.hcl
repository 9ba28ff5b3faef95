# One binary, two deployments, the way Loki and Mimir ship theirs:
# `-target=frontend` runs the API, `-target=workers` runs the job
# processing, and no -target (or both) runs everything in one process.
# Each target starts its components and what they need (the store, for
# both); the rest is never constructed.
#
# Edit this file, then run `go generate ./...` to rewrite lifecycle_gen.go.
lifegen {
  package          = "main"
  shutdown_timeout = "10s"
}

input "log" {
  type = "*Log"
}

input "config" {
  type = "*Config" # the -addr flag
}

# The database both deployments share.
service "store" {
  start      = "OpenStore" # func(*Log) (*Store, error)
  stop       = "Close"
  depends_on = [input.log]
}

# frontend: an HTTP API that records jobs in the store.
service "api" {
  start      = "Listen"   # func(ctx, *Log, *Config, *Store) (*API, error)
  run        = "Serve"    # func() error: no ctx, so Shutdown ends it
  stop       = "Shutdown" # func(ctx) error
  depends_on = [input.log, input.config, service.store]
}

# workers: the poller takes the pending jobs from the store and hands them
# to two workers through a queue.
queue "jobs" {
  type     = "Job"
  capacity = 16
}

worker "process" {
  queue      = queue.jobs
  handler    = "Process" # func(*Log, *Store, Job) error
  count      = 2
  depends_on = [input.log, service.store]
}

service "poller" {
  start      = "NewPoller" # func(*Log, *Store, chan<- Job) *Poller
  run        = "Poll"      # func(ctx) error: until shutdown
  depends_on = [input.log, service.store, queue.jobs]
}

target "frontend" {
  components = [service.api]
}

target "workers" {
  components = [service.poller]
}
