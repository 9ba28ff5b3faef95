# A heredoc that spans lines cannot be a type; one with one line can.
input "a" {
  type = <<EOT
*Config
EOT
}

input "b" {
  # ERROR@+1: Invalid Go type
  type = <<EOT
*Config
func init() {}
EOT
}
