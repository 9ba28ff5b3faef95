# An attribute without "=".
service "database" {
  type "*DB" # ERROR: Invalid block definition
  start = "OpenDB"
}
