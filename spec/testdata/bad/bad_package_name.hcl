# The package must be a Go identifier, not a keyword and not "_".
lifegen {
  package = "my-shop" # ERROR: Invalid package name
}
