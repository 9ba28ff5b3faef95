# An import nothing uses is a warning.
lifegen {
  imports = {
    sql  = "database/sql"
    http = "net/http" # WARNING: Unused import alias
  }
}

service "db" {
  type  = "*sql.DB"
  start = "OpenDB"
}
