# Every accepted shape: no diagnostics.
lifegen {
  imports = {
    sql = "database/sql"
    lib = "example.com/corpus/lib"
  }
}

input "config" {
  type = "*Config"
}

input "db" {
  type = "*sql.DB"
}

input "boxes" {
  type = "lib.Box[int]"
}

service "a" {
  type       = "*A"
  start      = "NewA"
  run        = "Run"
  stop       = "Stop"
  depends_on = [input.config]
  health {
    check = "Check"
  }
}

service "b" {
  type       = "*B"
  start      = "NewB"
  run        = "Run"
  stop       = "Stop"
  depends_on = [input.config]
  health {
    check = "Check"
  }
}

service "c" {
  type       = "*C"
  start      = "NewC"
  stop       = "Stop"
  depends_on = [service.a]
}

service "d" {
  type       = "*D"
  start      = "NewD"
  stop       = "Stop"
  depends_on = [service.a, service.b]
}

service "e" {
  type  = "E"
  start = "newE"
  stop  = "Stop"
  health {
    check = "Check"
  }
}

service "f" {
  type       = "F"
  start      = "NewF"
  stop       = "Stop"
  depends_on = [queue.orders]
}

service "h" {
  type       = "*H"
  start      = "NewH"
  depends_on = [input.db, input.boxes]
}

queue "orders" {
  type     = "Order"
  capacity = 4
}

worker "handle" {
  queue      = queue.orders
  handler    = "Handle"
  depends_on = [service.a]
}

worker "quiet" {
  queue   = queue.orders
  handler = "HandleQuiet"
}

worker "any" {
  queue      = queue.orders
  handler    = "HandleAny"
  depends_on = [service.b]
}
