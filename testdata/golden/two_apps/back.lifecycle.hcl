# Two specs, one package: Back runs a store; Front (front.lifecycle.hcl)
# takes Back's store as an input. Both declare a service named "store".
# Regression: the runtime's appWiring must be renamed with the app.
lifegen {
  app              = "Back"
  shutdown_timeout = "5s"
}

input "log" {
  type = "*Log"
}

service "store" {
  type       = "*Store"
  start      = "NewStore"
  stop       = "Close"
  depends_on = [input.log]
}
