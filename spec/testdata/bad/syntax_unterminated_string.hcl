# A string that is never closed, at the end of the file.
service "database" {
  start = "OpenDB"
  type  = "*DB # ERROR: Unterminated template string # ERROR: Invalid multi-line string
