# An imported package that itself imports the output package sees the same
# types: no diagnostics.
lifegen {
  imports = { workers = "example.com/corpus/backref/workers" }
}

service "store" {
  type  = "*Store"
  start = "NewStore"
}

service "audit" {
  type       = "*workers.Audit"
  start      = "workers.NewAudit"
  depends_on = [service.store, queue.orders]
}

queue "orders" {
  type = "Order"
}

worker "fulfil" {
  queue      = queue.orders
  handler    = "workers.Fulfil"
  depends_on = [service.store]
}
