# Package aliases that are not declared in imports.
lifegen {
  imports = {
    sql = "database/sql"
  }
}

service "db" {
  type  = "*sqll.DB" # ERROR: Undeclared import alias
  start = "sql.Open"
}

service "cache" {
  type  = "*redis.Client" # ERROR: Undeclared import alias
  start = "redis.NewClient" # ERROR: Undeclared import alias
}

queue "rows" { # WARNING: Queue has no senders
  type = "map[string]*sql.Rows"
}

worker "scan" {
  queue   = queue.rows
  handler = "sqll.Scan" # ERROR: Undeclared import alias
}

worker "scan-more" {
  queue   = queue.rows
  handler = "sql.scan" # ERROR: Invalid function name
}
