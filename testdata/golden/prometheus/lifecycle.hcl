# Prometheus's startup (cmd/prometheus/main.go runs its parts as an
# oklog/run group). What each v2 feature replaces there:
# - targets "server" and "agent": the --enable-feature=agent mode, which
#   main.go handles with an `if !agentMode` around the TSDB, rule and
#   notifier actors; main sets Targets from the flag;
# - after: the order of the actors, which oklog/run does not give ("keep
#   the notifier's interrupt after the rule manager's"), formerly an unused
#   constructor parameter;
# - start_timeout = "none": the WAL replay when the TSDB opens, which takes
#   as long as the WAL is (formerly start_timeout = "8760h");
# - app.shutdown: the web handler's /-/quit endpoint, which main.go wires
#   through a quit channel to the termination actor;
# - the constructors keep the real ones' shapes (no ctx, no error where
#   Prometheus has none), and the types come from them: no adapters.
lifegen {
  shutdown_timeout = "5s"
}

input "flags" {
  type = "*Flags"
}

# The notifier's alert queue: the rule manager sends to it (NotifyFunc),
# the notifier delivers from it.
input "alerts" {
  type = "*AlertQueue"
}

service "tsdb" {
  start         = "OpenTSDB"
  stop          = "Close"
  depends_on    = [input.flags]
  start_timeout = "none"
}

service "agent_db" {
  start         = "OpenAgentDB"
  stop          = "Close"
  depends_on    = [input.flags]
  start_timeout = "none"
}

service "notifier" {
  start      = "NewNotifier"
  run        = "Run"
  stop       = "Stop"
  depends_on = [input.flags, input.alerts]
}

# The rule manager does not hold the notifier, but its last alerts must be
# delivered: it starts after the notifier and stops before it.
service "rules" {
  start      = "NewRuleManager"
  run        = "Run"
  stop       = "Stop"
  depends_on = [service.tsdb, input.alerts]
  after      = [service.notifier]
}

# scrape.NewManager takes a storage.Appendable: the TSDB here, the agent's
# WAL below.
service "scrape" {
  start      = "NewScrapeManager"
  run        = "Run"
  stop       = "Stop"
  depends_on = [service.tsdb]
}

service "agent_scrape" {
  start      = "NewScrapeManager"
  run        = "Run"
  stop       = "Stop"
  depends_on = [service.agent_db]
}

# Serves once the storage of either mode is open; the edge to the other
# mode's storage is ignored, since that one is disabled.
service "web" {
  start      = "NewWebHandler"
  run        = "Run"
  depends_on = [input.flags, app.shutdown]
  after      = [service.tsdb, service.agent_db]
}

target "server" {
  components = [service.rules, service.notifier, service.scrape, service.web]
}

target "agent" {
  components = [service.agent_scrape, service.web]
}
