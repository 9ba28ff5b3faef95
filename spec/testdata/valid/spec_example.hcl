lifegen {
  package          = "shop"        # Go package of the output (see 1.6)
  app              = "App"         # name of the generated type (default "App")
  startup          = "parallel"    # "parallel" (default) or "sequential"
  shutdown_timeout = "30s"         # bound on the whole shutdown (default "30s")
  shutdown_delay   = "5s"          # v2: readiness drain before the first stop (default "0s", see 3.5)
  imports = {                      # aliases usable in start/type/handler
    sql = "database/sql"
  }
}

input "config" {                   # a value the caller passes to NewApp
  type = "*Config"
}

service "database" {
  type          = "*sql.DB"        # v2: optional when lifegen can read the package (1.3)
  start         = "OpenDatabase"   # func(ctx context.Context, cfg *Config) (*sql.DB, error)
  stop          = "Close"          # method: func() error on *sql.DB  (see 1.3)
  depends_on    = [input.config]
  start_timeout = "10s"            # default "15s"; v2: "none" for no deadline
  stop_timeout  = "5s"             # default "15s"

  health {
    check             = "PingContext"  # method: func(context.Context) error
    interval          = "2s"           # default "10s"
    timeout           = "500ms"        # default "1s"
    initial_delay     = "0s"           # default "0s"
    failure_threshold = 3              # default 3
    on_failure        = "shutdown"     # "shutdown" (default) | "ignore" | v2: "restart"
    readiness_gate    = false          # v2: ready only after the first passing check (3.2)
  }
}

service "cache" {
  start      = "NewCache"          # func(ctx context.Context, db *sql.DB) (*Cache, error)
  depends_on = [service.database]
}

queue "orders" {
  type     = "Order"               # element type
  capacity = 100                   # channel buffer (default 0)
}

worker "fulfil" {
  queue         = queue.orders
  handler       = "FulfilOrder"    # func(ctx context.Context, db *sql.DB, o Order) error
  count         = 4                # goroutines (default 1)
  depends_on    = [service.database]
  drain_timeout = "10s"            # default "10s" (see 3.6)
  on_error      = "log"            # "log" (default) | "shutdown"
}

service "consumer" {               # v2: a loop that is restarted when it fails
  start      = "NewConsumer"
  run        = "Consume"
  depends_on = [service.database, app.shutdown]
  on_exit    = "restart"           # v2: "shutdown" (default) | "restart" (3.10) | "ignore" (3.4)
  restart {
    max         = 5                # restarts allowed within `within` (default 5)
    within      = "1m"             # default "1m"
    backoff     = "1s"             # first delay, doubled each time (default "1s")
    max_backoff = "30s"            # default "30s"
  }
}

service "api" {
  start      = "NewAPI"            # func(ctx context.Context, c *Cache, orders chan<- Order) (*API, error)
  run        = "Serve"             # method: func(context.Context) error
  stop       = "Shutdown"
  depends_on = [service.cache, queue.orders]
  after      = [worker.fulfil]     # v2: order only; nothing is passed (1.2)
}

target "frontend" {                # v2: a part of the app that can run alone (3.11)
  components = [service.api]
}
