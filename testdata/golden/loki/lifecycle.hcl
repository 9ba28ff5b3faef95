# Loki's startup (pkg/loki/modules.go: dskit modules, chosen with -target).
# What each v2 feature replaces there:
# - targets: -target=write, -target=read or both (dskit's module names,
#   "all" by default), which dskit resolves to the modules and what they
#   depend on; formerly one spec per deployment, or every module always;
# - after: "serve only after every module registered its routes". dskit
#   initialises every module before it starts any; here each module
#   registers its routes in its constructor, and the http service, which
#   needs none of them, starts only after them. Formerly unused constructor
#   parameters, which would also have pulled every module into every
#   target; an after edge to a module the targets leave out is ignored;
# - the constructors keep the modules' shapes: no ctx, (T, error), and
#   (T, func()) for the memberlist KV, which leaves the cluster in its
#   cleanup.
lifegen {
  shutdown_timeout = "5s"
}

input "config" {
  type = "*Config"
}

# The router every module registers its routes on (dskit's server).
service "server" {
  start      = "NewServer"
  depends_on = [input.config]
}

service "memberlist" {
  start      = "NewMemberlistKV"
  depends_on = [input.config]
}

service "ring" {
  start      = "NewRing"
  stop       = "Stop"
  depends_on = [input.config, service.memberlist]
}

service "ingester" {
  start      = "NewIngester"
  stop       = "Shutdown"
  depends_on = [input.config, service.server, service.ring]
}

service "distributor" {
  start      = "NewDistributor"
  depends_on = [service.server, service.ring]
}

service "querier" {
  start      = "NewQuerier"
  depends_on = [service.server, service.ring]
}

service "query_frontend" {
  start      = "NewQueryFrontend"
  depends_on = [service.server]
}

# Serves the router once every module that runs has registered its routes.
service "http" {
  start      = "Listen"
  run        = "Serve"
  stop       = "Shutdown"
  depends_on = [input.config, service.server]
  after      = [service.ingester, service.distributor, service.querier, service.query_frontend]
}

target "write" {
  components = [service.distributor, service.ingester, service.http]
}

target "read" {
  components = [service.querier, service.query_frontend, service.http]
}

target "all" {
  components = [service.distributor, service.ingester, service.querier, service.query_frontend, service.http]
}
