# One service with a run loop: the rules of calling Start, Stop and Run.
lifegen {
  shutdown_timeout = "5s"
}

input "probe" {
  type = "*Probe"
}

service "server" {
  type       = "*Server"
  start      = "NewServer"
  run        = "Serve"
  stop       = "Shutdown"
  depends_on = [input.probe]
}
