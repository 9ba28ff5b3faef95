# The app name must be an exported Go identifier.
lifegen {
  app = "app" # ERROR: Invalid app name
}
