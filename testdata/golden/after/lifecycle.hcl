# Ordering-only dependencies: `after` starts a component once the listed
# ones are ready and stops it before them, passing nothing. Without it the
# api, which needs no value from the others, would start at once (startup
# is parallel) and could be stopped last.
lifegen {
  shutdown_timeout = "5s"
}

input "journal" {
  type = "*Journal"
}

# Slow to open: the api still waits for it.
service "db" {
  start      = "OpenDB"
  stop       = "Close"
  depends_on = [input.journal]
}

queue "events" {
  type     = "Event"
  capacity = 4
}

# Indexes events only once the db is open, and stops before it closes.
worker "indexer" {
  queue      = queue.events
  handler    = "Index"
  depends_on = [input.journal]
  after      = [service.db]
}

service "producer" {
  start      = "NewProducer"
  depends_on = [queue.events]
}

# func(*Journal) *API: none of the components it comes after is passed.
service "api" {
  start      = "NewAPI"
  run        = "Serve"
  stop       = "Shutdown"
  depends_on = [input.journal]
  after      = [service.db, queue.events, worker.indexer]
}
