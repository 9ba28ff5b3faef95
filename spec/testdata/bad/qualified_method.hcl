# run, stop and check are method names on the service's type, never
# qualified or called.
service "server" {
  type  = "*Server"
  start = "NewServer"
  run   = "http.ListenAndServe" # ERROR: Invalid method name
  stop  = "Shutdown(ctx)" # ERROR: Invalid method name
}
