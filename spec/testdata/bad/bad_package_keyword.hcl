# A keyword is not a package name.
lifegen {
  package = "func" # ERROR: Invalid package name
}
