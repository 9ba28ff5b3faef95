# needs: spec v2 (groups and app.shutdown).
lifegen {
  imports = { slog = "log/slog" }
}

input "log" {
  type = "*slog.Logger"
}

service "echo" {
  start = "NewEcho"
}

service "hello" {
  start = "NewHello"
}

service "other" {
  start = "NewOther"
}

service "slice" {
  start      = "NewSliceRouter"
  depends_on = [input.log, [service.echo, service.hello]]
}

service "variadic" {
  start      = "NewVariadicRouter"
  depends_on = [input.log, [service.echo, service.hello]]
}

service "mixed" {
  start      = "NewVariadicRouter"
  depends_on = [input.log, service.echo, [service.hello]]
}

service "not-slice" {
  start      = "NewPlain"
  depends_on = [input.log, [service.echo]] # ERROR: Group needs a slice parameter
}

service "bad-member" {
  start = "NewSliceRouter"
  depends_on = [
    input.log,
    [service.echo, service.other], # ERROR: Dependency type mismatch
  ]
}

service "bad-variadic" {
  start = "NewVariadicRouter"
  depends_on = [
    input.log,
    service.other, # ERROR: Dependency type mismatch
  ]
}

service "shutdown" {
  start      = "NewShutdown"
  depends_on = [app.shutdown]
}

service "bad-shutdown" {
  start      = "NewBadShutdown"
  depends_on = [app.shutdown] # ERROR: Dependency type mismatch
}
