# Groups: a nested list in depends_on passes its members together, as one
# slice to a []Route parameter or spread into a final ...Route parameter;
# a plain reference at a variadic parameter is one value of it. Members of
# different types and kinds (services, an input) share the Route interface.
lifegen {
  shutdown_timeout = "5s"
}

input "log" {
  type = "*Log"
}

input "static" {
  type = "*Static"
}

service "echo" {
  start      = "NewEcho"
  stop       = "Close"
  depends_on = [input.log]
}

service "hello" {
  start      = "NewHello"
  stop       = "Close"
  depends_on = [input.log]
}

# func(*Log, []Route) *Router: the group as one slice.
service "router" {
  start      = "NewRouter"
  stop       = "Close"
  depends_on = [input.log, [service.echo, service.hello, input.static]]
}

# func(*Log, string, ...Route) *Mux: the group spread into the variadic.
service "mux" {
  start      = "NewMux"
  depends_on = [input.log, input.prefix, [service.hello, service.echo]]
}

input "prefix" {
  type = "string"
}

# func(...Route) *Chain: plain references, one value each.
service "chain" {
  start      = "NewChain"
  depends_on = [service.echo, service.hello]
}

# func(...Route) *Chain again, with nothing for the variadic.
service "empty_chain" {
  start = "NewChain"
}
