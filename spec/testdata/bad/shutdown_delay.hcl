# The readiness drain counts against the shutdown timeout, so a delay as
# long as the timeout leaves no time to stop anything.
lifegen {
  shutdown_timeout = "10s"
  shutdown_delay   = "10s" # WARNING: Shutdown delay leaves no time to stop
}
