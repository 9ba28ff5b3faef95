# An fx application (go.uber.org/fx: fx.Provide, value groups, fx.Invoke):
# fx's getting-started HTTP server with a database. What each v2 feature
# replaces there:
# - constructors as fx.Provide takes them, without a ctx, returning T,
#   (T, error) or (T, func(), error) (the cleanup replaces an OnStop hook),
#   with the types inferred from them; formerly an adapter per constructor
#   to the single func(ctx, deps...) (T, error) shape;
# - a group: the value group `group:"routes"` that fx gathers into the
#   mux's []Route parameter;
# - after: fx.Invoke(RunMigrations), which fx runs before any OnStart hook,
#   so the server serves only on a migrated database; the server needs
#   nothing from the migrations, and formerly took them as an unused
#   parameter.
lifegen {
  shutdown_timeout = "5s"
}

input "config" {
  type = "*Config"
}

service "log" {
  start      = "NewLogger"
  stop       = "Sync"
  depends_on = [input.config]
}

service "db" {
  start      = "NewDB"
  depends_on = [input.config, service.log]
}

service "echo" {
  start      = "NewEchoHandler"
  depends_on = [service.log]
}

service "hello" {
  start      = "NewHelloHandler"
  depends_on = [service.log, service.db]
}

service "mux" {
  start      = "NewServeMux"
  depends_on = [[service.echo, service.hello]]
}

service "migrations" {
  start      = "RunMigrations"
  depends_on = [service.db, service.log]
}

service "server" {
  start      = "NewHTTPServer"
  run        = "Serve"
  stop       = "Shutdown"
  depends_on = [input.config, service.mux, service.log]
  after      = [service.migrations]
}
