# A character that is not part of the language.
service "database" {
  type  = "*DB"
  start = "OpenDB"
}
@ # ERROR: Invalid character # ERROR: Argument or block definition required
