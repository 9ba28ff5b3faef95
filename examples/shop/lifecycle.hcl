# The shop: an HTTP API takes jobs and puts them on an in-process queue;
# four workers write each job into an SQLite database. A poller feeds the
# same workers from rows that something else left pending in the database.
# An admin server serves the probes and the lifecycle page.
#
# Startup:  admin → database → workers → queue → api, poller
# Shutdown: /readyz answers 503 for shutdown_delay (the readiness drain);
#           then the api stops taking requests (http.Server.Shutdown waits
#           for those in flight) and the poller stops; the workers drain
#           the queue; the database is closed; the admin server goes last.
#
# Edit this file, then run `go generate` to rewrite lifecycle_gen.go.
lifegen {
  package          = "main"
  shutdown_timeout = "30s"
  shutdown_delay   = "1s" # kept short for the demo; a few seconds in a real deployment
  imports = {
    http = "net/http"
  }
}

input "config" {
  type = "*Config" # the flags
}

input "probes" {
  type = "http.Handler" # what the admin server serves: main mounts app.Handler() on it
}

# Up first, down last (everything else needs the database, which comes
# after it): the probes and /debug/lifecycle answer during the whole
# startup and shutdown.
service "admin" {
  start      = "ListenAdmin" # func(ctx, *Config, http.Handler) (*Server, error)
  run        = "Serve"
  stop       = "Shutdown"
  depends_on = [input.config, input.probes]
}

service "database" {
  start         = "OpenDatabase" # func(ctx, *Config) (*sql.DB, error): opens the file, creates the schema
  stop          = "Close"
  depends_on    = [input.config]
  after         = [service.admin]
  start_timeout = "10s"

  health {
    check    = "PingContext" # (*sql.DB).PingContext
    interval = "2s"
    timeout  = "1s"
  }
}

queue "jobs" {
  type     = "Job"
  capacity = 100
}

worker "save" {
  queue         = queue.jobs
  handler       = "SaveJob" # func(ctx, *sql.DB, Job) error: one row per job, idempotent by id
  count         = 4
  depends_on    = [service.database]
  drain_timeout = "10s"
}

# POST /jobs: 202 once the job is on the queue, 503 once the api stops.
service "api" {
  start      = "ListenAPI" # func(ctx, *Config, *sql.DB, chan<- Job) (*API, error)
  run        = "Serve"
  stop       = "Shutdown"
  depends_on = [input.config, service.database, queue.jobs]
}

# Sends the rows left pending in the database to the queue.
service "poller" {
  start      = "NewPoller" # func(*Config, *sql.DB, chan<- Job) *Poller
  run        = "Run"       # func(ctx) error: polls until its ctx ends
  depends_on = [input.config, service.database, queue.jobs]
}

# One binary, two deployments. The queue is a channel inside one process,
# so each target brings its own queue and workers (they come with the
# queue); what differs is where the jobs come from.
target "api" {
  components = [service.api, service.admin]
}

target "workers" {
  components = [service.poller, service.admin]
}
