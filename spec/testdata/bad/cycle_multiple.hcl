# Two separate cycles are reported separately, each once.
service "a" {
  type       = "*A"
  start      = "NewA"
  depends_on = [service.b] # ERROR: Dependency cycle
}

service "b" {
  type       = "*B"
  start      = "NewB"
  depends_on = [service.a, service.c]
}

service "c" {
  type       = "*C"
  start      = "NewC"
  depends_on = [service.b]
}

service "x" {
  type       = "*X"
  start      = "NewX"
  depends_on = [service.y] # ERROR: Dependency cycle
}

service "y" {
  type       = "*Y"
  start      = "NewY"
  depends_on = [service.x]
}
