# Aliases that would shadow packages or names the generated code uses.
lifegen {
  imports = {
    http    = "example.com/myhttp" # ERROR: Reserved import alias
    json    = "github.com/goccy/go-json" # ERROR: Reserved import alias
    time    = "example.com/clock" # ERROR: Reserved import alias
    context = "context"
    slog    = "log/slog"
    ctx     = "example.com/ctx" # ERROR: Reserved import alias
    item    = "example.com/item" # ERROR: Reserved import alias
  }
}

service "db" {
  type  = "*DB"
  start = "OpenDB"
}

service "log" {
  type  = "*slog.Logger"
  start = "NewLogger"
}

input "ctx" {
  type = "context.Context"
}
