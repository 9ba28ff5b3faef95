# needs: spec v2 (type omitted). The type is the constructor's result.
lifegen {
  imports = { lib = "example.com/corpus/lib" }
}

service "cache" {
  start = "NewCache"
  stop  = "Close"
}

service "api" {
  start      = "NewAPI"
  depends_on = [service.cache]
}

service "thing" {
  start = "NewThing"
  stop  = "Close"
}

service "hidden" {
  start = "lib.NewHidden" # ERROR: Type cannot be named
}
