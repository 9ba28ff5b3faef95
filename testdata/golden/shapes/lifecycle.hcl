# Every constructor shape lifegen accepts, with and without a ctx, and what
# comes with them: cleanups, handlers without a ctx or an error, stops that
# take the shutdown cause, types inferred from the constructors (one of them
# from package store, which the spec does not import) and a concrete service
# passed to an interface parameter. No service states its type.
lifegen {
  shutdown_timeout = "5s"
}

input "journal" {
  type = "*Journal"
}

# func(*Journal) Settings: cannot fail, no ctx, a value type.
service "settings" {
  start      = "LoadSettings"
  depends_on = [input.journal]
}

# func(ctx, *Journal) *Clock; its run loop fails when the journal says so.
service "clock" {
  start      = "NewClock"
  run        = "Tick"
  depends_on = [input.journal]
}

# func(*Journal) (*store.Store, error): no ctx.
service "store" {
  start      = "OpenStore"
  stop       = "Close"
  depends_on = [input.journal]
}

# func(ctx, *Journal, Settings, *store.Store) (*DB, error)
service "db" {
  start      = "OpenDB"
  stop       = "Close"
  depends_on = [input.journal, service.settings, service.store]
}

# func(*Journal, *DB) (*Cache, func()); Flush(ctx, cause) error
service "cache" {
  start      = "NewCache"
  stop       = "Flush"
  depends_on = [input.journal, service.db]
}

# func(ctx, *Journal, *Clock) (*Conn, func()); Hangup(cause)
service "conn" {
  start      = "Dial"
  stop       = "Hangup"
  depends_on = [input.journal, service.clock]
}

# func(*Journal, *DB) (*Pool, func(), error), no stop method
service "pool" {
  start      = "NewPool"
  depends_on = [input.journal, service.db]
}

# func(ctx, *Journal, *Cache, *Conn) (*Session, func(), error); fails when
# the journal says so
service "session" {
  start      = "NewSession"
  stop       = "Close"
  depends_on = [input.journal, service.cache, service.conn]
}

# func() *Echo
service "echo" {
  start = "NewEcho"
}

# func(Route) *Router: the *Echo goes to a Route parameter.
service "router" {
  start      = "NewRouter"
  depends_on = [service.echo]
}

queue "items" {
  type     = "Item"
  capacity = 8
}

queue "jobs" {
  type     = "Job"
  capacity = 8
}

queue "notes" {
  type     = "Note"
  capacity = 8
}

# func(*Journal, Item): no ctx, no error
worker "tally" {
  queue      = queue.items
  handler    = "Tally"
  depends_on = [input.journal]
}

# func(ctx, *Journal, Job): no error
worker "runner" {
  queue      = queue.jobs
  handler    = "RunJob"
  depends_on = [input.journal]
}

# func(*Journal, Note) error: no ctx
worker "noter" {
  queue      = queue.notes
  handler    = "TakeNote"
  depends_on = [input.journal]
}

# func(chan<- Item, chan<- Job, chan<- Note) *Producer
service "producer" {
  start      = "NewProducer"
  depends_on = [queue.items, queue.jobs, queue.notes]
}
