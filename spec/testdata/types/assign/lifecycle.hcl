# Assignability, variadic parameters, interface values, type forms.
lifegen {
  imports = { slog = "log/slog" }
}

input "log" {
  type = "*slog.Logger"
}

input "f" {
  type = "func(int) string"
}

input "m" {
  type = "map[string][]int"
}

input "c" {
  type = "chan struct{}"
}

input "a" {
  type = "[4]byte"
}

input "e" {
  type = "any"
}

input "s" {
  type = "struct{}"
}

service "echo" {
  type  = "*Echo"
  start = "NewEcho"
}

service "hello" {
  type  = "Hello"
  start = "NewHello"
}

service "router" {
  type       = "*Router"
  start      = "NewRouter"
  depends_on = [input.log, service.echo, service.hello]
}

service "bare-router" {
  type       = "*Router"
  start      = "NewRouter"
  depends_on = [input.log]
}

service "one" {
  type       = "*Router"
  start      = "NewOne"
  depends_on = [service.echo]
}

service "store" {
  type  = "Store"
  start = "NewStore"
  stop  = "Close"
  health {
    check = "Ping"
  }
}

service "funcs" {
  type       = "*Funcs"
  start      = "NewFuncs"
  depends_on = [input.f, input.m, input.c, input.a, input.e, input.s]
}
