# Regression: inputs whose Go names are the names NewApp's body uses (the
# receiver, the component slice, the loop variables and the table of
# component methods) must not hide them.
input "a" {
  type = "string"
}

input "components" {
  type = "int"
}

input "describe" {
  type = "string"
}

input "i" {
  type = "int"
}

input "app_components" {
  type = "int"
}

service "echo" {
  start      = "NewEcho"
  depends_on = [input.a, input.components, input.describe, input.i, input.app_components]
}
