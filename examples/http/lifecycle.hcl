# A real net/http server as a lifegen service. The server binds its address
# when it starts (so a port in use fails Start, naming the service), serves
# until shutdown, and is shut down gracefully with (*http.Server).Shutdown.
# main mounts the App's /livez and /readyz probes on the same mux.
lifegen {
  package          = "main"
  shutdown_timeout = "10s"
  imports = {
    http = "net/http"
  }
}

input "config" {
  type = "*Config" # the -addr flag
}

input "mux" {
  type = "*http.ServeMux" # main has mounted app.Handler() at /livez and /readyz
}

# Something the handlers need, slow to start: /readyz answers 503 until it
# and the server are ready.
service "store" {
  type  = "*Store"
  start = "OpenStore" # func(ctx) (*Store, error)
}

service "server" {
  type          = "*Server"  # an *http.Server and the listener it serves on
  start         = "Listen"   # func(ctx, *Config, *http.ServeMux, *Store) (*Server, error)
  run           = "Serve"    # func() error: no ctx, so only stop ends it
  stop          = "Shutdown" # (*http.Server).Shutdown(ctx): waits for requests in flight
  depends_on    = [input.config, input.mux, service.store]
  start_timeout = "5s"
  stop_timeout  = "5s"
}
