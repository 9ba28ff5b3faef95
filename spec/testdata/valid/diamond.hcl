# A diamond declared bottom-up: d needs b and c, which both need a.
# Sequential startup, a custom app name and assorted Go types.
lifegen {
  package          = "diamond"
  app              = "Shop"
  startup          = "sequential"
  shutdown_timeout = "1m"
  imports = {
    ctxpkg = "context"
    box    = "example.com/diamond/box"
    "pb"   = "example.com/diamond/internal/pb_v2"
  }
}

service "d" {
  type       = "map[string][]*box.Item"
  start      = "box.NewD"
  depends_on = [service.b, service.c]
}

service "c" {
  type       = "func(ctxpkg.Context, ...int) (string, error)"
  start      = "NewC"
  depends_on = [service.a]
}

service "b" {
  type       = "  box.Pair[string, pb.Msg]  "
  start      = "NewB"
  depends_on = [service.a]
  run        = "Run"
}

service "a" {
  type  = "chan<- [4]byte"
  start = "NewA"
  stop  = "Close"

  health {
    check             = "Check"
    failure_threshold = 1
    on_failure        = "ignore"
    initial_delay     = "250ms"
  }
}
