# Inputs of an imported type, a local struct and a qualified duration;
# import aliases in types and in a constructor from another package.
lifegen {
  imports = {
    lg   = "log"
    time = "time"
    clk  = "lifegen.test/golden/inputs_imports/internal/clock"
  }
  shutdown_timeout = "5s"
}

input "journal" {
  type = "*lg.Logger"
}

input "settings" {
  type = "Settings"
}

input "tick" {
  type = "time.Duration"
}

service "clock" {
  type       = "*clk.Clock"
  start      = "clk.New"
  stop       = "Close"
  depends_on = [input.journal, input.tick]
}

service "greeter" {
  type       = "*Greeter"
  start      = "NewGreeter"
  stop       = "Close"
  depends_on = [input.settings, service.clock, input.journal]
}
