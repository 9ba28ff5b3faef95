# after: services, queues and workers that must be ready first, without
# passing anything.
input "config" {
  type = "*Config"
}

service "db" {
  start = "OpenDB"
}

queue "jobs" {
  type = "Job"
}

worker "fulfil" {
  queue   = queue.jobs
  handler = "Fulfil"
  after   = [service.db]
}

# Valid: every allowed kind. Listing a queue in after does not send to it.
service "api" {
  start      = "NewAPI"
  depends_on = [input.config, queue.jobs]
  after      = [service.db, worker.fulfil]
}

service "kinds" {
  start = "NewKinds"
  after = [input.config, app.shutdown] # ERROR: Invalid after reference # ERROR: Invalid after reference
}

service "self" {
  start = "NewSelf"
  after = [service.self] # ERROR: Self-dependency
}

worker "loop" {
  queue   = queue.jobs
  handler = "Loop"
  after   = [worker.loop] # ERROR: Self-dependency
}

service "twice" {
  start = "NewTwice"
  after = [service.db, worker.fulfil, service.db] # ERROR: Duplicate dependency
}

# A name is in depends_on or in after, never both.
service "both" {
  start      = "NewBoth"
  depends_on = [service.db, [service.api]]
  after      = [service.api, service.db] # ERROR: Reference in both depends_on and after # ERROR: Reference in both depends_on and after
}

service "unknown" {
  start = "NewUnknown"
  after = [worker.fulfill, service.fulfil, worker.api, queue.job] # ERROR: Reference to undeclared worker # ERROR: Reference to undeclared service # ERROR: Reference to undeclared worker # ERROR: Reference to undeclared queue
}

service "malformed" {
  start = "NewMalformed"
  after = [[service.db], "service.db"] # ERROR: Invalid reference # ERROR: Invalid reference
}

service "not-a-list" {
  start = "NewNotAList"
  after = service.db # ERROR: Invalid expression
}
