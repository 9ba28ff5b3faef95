lifegen {
  package          = "shop"        # Go package of the output (see 1.6)
  app              = "App"         # name of the generated type (default "App")
  startup          = "parallel"    # "parallel" (default) or "sequential"
  shutdown_timeout = "30s"         # bound on the whole shutdown (default "30s")
  imports = {                      # aliases usable in start/type/handler
    sql = "database/sql"
  }
}

input "config" {                   # a value the caller passes to NewApp
  type = "*Config"
}

service "database" {
  type          = "*sql.DB"
  start         = "OpenDatabase"   # func(ctx context.Context, cfg *Config) (*sql.DB, error)
  stop          = "Close"          # method: func() error on *sql.DB  (see 1.3)
  depends_on    = [input.config]
  start_timeout = "10s"            # default "15s"
  stop_timeout  = "5s"             # default "15s"

  health {
    check             = "PingContext"  # method: func(context.Context) error
    interval          = "2s"           # default "10s"
    timeout           = "500ms"        # default "1s"
    initial_delay     = "0s"           # default "0s"
    failure_threshold = 3              # default 3
    on_failure        = "shutdown"     # "shutdown" (default) | "ignore" | "restart" (later)
  }
}

service "cache" {
  type       = "*Cache"
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

service "api" {
  type       = "*API"
  start      = "NewAPI"            # func(ctx context.Context, c *Cache, orders chan<- Order) (*API, error)
  run        = "Serve"             # method: func(context.Context) error
  stop       = "Shutdown"
  depends_on = [service.cache, queue.orders]
}
