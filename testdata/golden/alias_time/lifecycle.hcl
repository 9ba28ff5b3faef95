# Regression: an import alias for a package the runtime imports too
# (tm = "time") must not take the runtime's own import away ("undefined:
# time").
lifegen {
  imports = {
    tm = "time"
  }
}

input "tick" {
  type = "tm.Duration"
}

service "ticker" {
  type       = "*Ticker"
  start      = "NewTicker"
  depends_on = [input.tick]
}
