# The readiness drain: once a shutdown begins, /readyz answers 503 at once
# and the first stop waits shutdown_delay, so that load balancers stop
# sending requests before the server closes. A minute here, so that every
# test that gets past it shows what cut it short.
lifegen {
  shutdown_timeout = "2m"
  shutdown_delay   = "1m"
}

input "probe" {
  type = "*Probe"
}

service "server" {
  start      = "NewServer"
  stop       = "Shutdown"
  depends_on = [input.probe]
}

# Fails to start when the probe says so.
service "checker" {
  start      = "NewChecker"
  depends_on = [input.probe, service.server]
}
