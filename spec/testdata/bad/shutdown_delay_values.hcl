# shutdown_delay may be zero but not negative, and is never "none".
lifegen {
  shutdown_delay = "none" # ERROR: Invalid duration
}
