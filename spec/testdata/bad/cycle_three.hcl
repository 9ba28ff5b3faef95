# A three-node cycle, declared out of order, behind an acyclic prefix.
service "db" {
  type  = "*DB"
  start = "OpenDB"
}

service "a" {
  type       = "*A"
  start      = "NewA"
  depends_on = [service.db, service.c] # ERROR: Dependency cycle
}

service "b" {
  type       = "*B"
  start      = "NewB"
  depends_on = [service.db, service.a]
}

service "c" {
  type       = "*C"
  start      = "NewC"
  depends_on = [service.b]
}
