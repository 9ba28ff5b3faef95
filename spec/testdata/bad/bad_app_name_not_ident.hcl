# The app name must be an identifier.
lifegen {
  package = "shop"
  app     = "My App" # ERROR: Invalid app name
}
