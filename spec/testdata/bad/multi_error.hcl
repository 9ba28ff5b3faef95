# A realistic spec with several mistakes, all reported at once.
lifegen {
  package = "shop"
  imports = {
    sql = "database/sql"
  }
}

input "config" {
  type = "*Config"
}

service "database" {
  type          = "*sql.DB"
  start         = "OpenDatabase"
  stop          = "Close"
  depends_on    = [input.config]
  start_timeout = "10 s" # ERROR: Invalid duration
}

service "cache" {
  type       = "*Cache"
  start      = "NewCache"
  depends_on = [service.databse] # ERROR: Reference to undeclared service
}

queue "orders" {
  type     = "Order"
  capacity = -5 # ERROR: Value out of range
}

worker "fulfil" {
  queue      = queue.orders
  handler    = "FulfilOrder(); os.Exit(1)" # ERROR: Invalid function name
  depends_on = [service.database]
  count      = 0 # ERROR: Value out of range
}

service "api" {
  type       = "*API"
  start      = "NewAPI"
  run        = "Serve"
  depends_on = [service.cache, queue.orders, service.api] # ERROR: Self-dependency
}
