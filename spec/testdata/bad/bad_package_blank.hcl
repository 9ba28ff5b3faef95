# The blank identifier is not a package name.
lifegen {
  package = "_" # ERROR: Invalid package name
}
