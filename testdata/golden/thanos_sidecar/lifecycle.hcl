# The Thanos sidecar's startup (cmd/thanos/sidecar.go runs its parts as an
# oklog/run group beside a Prometheus server). What each v2 feature
# replaces there:
# - start_timeout = "none": "retry infinitely until we reach and fetch
#   the external labels from our Prometheus" (runutil.Retry until ctx is
#   done), formerly start_timeout = "8760h";
# - a readiness gate: the status prober, which keeps the sidecar not ready
#   until Prometheus is ready; formerly /readyz said ready at once;
# - targets: the shipper runs only when a bucket is configured ("no
#   supported bucket was configured, uploads will be disabled"); main adds
#   the "shipper" target then, instead of an if around its actor;
# - the constructors keep the real shapes: no ctx where there is none,
#   (T, func(), error) for the bucket client that must be closed.
lifegen {
  shutdown_timeout = "5s"
}

input "config" {
  type = "*Config"
}

# The Prometheus client; the heartbeat keeps its state fresh.
service "prometheus" {
  start      = "NewPromMetadata"
  depends_on = [input.config]

  health {
    check      = "Heartbeat"
    interval   = "10ms"
    on_failure = "ignore"
  }
}

# Retries until Prometheus answers, for as long as that takes.
service "labels" {
  start         = "FetchExternalLabels"
  depends_on    = [service.prometheus]
  start_timeout = "none"
}

# The StoreAPI: ready only once Prometheus itself is ready (it may still be
# replaying its WAL).
service "store" {
  start      = "NewStoreServer"
  run        = "Serve"
  stop       = "GracefulStop"
  depends_on = [service.prometheus, service.labels]

  health {
    check          = "Ready"
    interval       = "10ms"
    readiness_gate = true
  }
}

service "http" {
  start      = "NewHTTPServer"
  run        = "Serve"
  stop       = "Shutdown"
  depends_on = [input.config]
}

# Uploads the blocks Prometheus writes to the bucket.
service "shipper" {
  start      = "NewShipper"
  run        = "Run"
  depends_on = [input.config, service.labels]
}

target "sidecar" {
  components = [service.store, service.http]
}

target "shipper" {
  components = [service.shipper]
}
