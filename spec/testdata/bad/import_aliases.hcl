# Import aliases that are not Go identifiers, and a repeated alias.
lifegen {
  imports = {
    _          = "database/sql" # ERROR: Invalid import alias
    "."        = "database/sql" # ERROR: Invalid import alias
    my-sql     = "database/sql" # ERROR: Invalid import alias
    func       = "database/sql" # ERROR: Invalid import alias
    "1sql"     = "database/sql" # ERROR: Invalid import alias
    sql        = "database/sql"
    sql        = "example.com/sql" # ERROR: Duplicate import alias
  }
}

service "db" {
  type  = "*sql.DB"
  start = "OpenDB"
}
