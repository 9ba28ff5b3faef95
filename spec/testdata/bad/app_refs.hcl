# app.shutdown passes the app's shutdown function; it is the only app
# reference, and it goes in depends_on only, once, outside groups.
service "consumer" {
  start      = "NewConsumer"
  run        = "Consume"
  depends_on = [app.shutdown, queue.jobs]
}

queue "jobs" {
  type = "Job"
}

worker "runner" {
  queue      = queue.jobs
  handler    = "RunJob"
  depends_on = [app.shutdown]
}

service "a" {
  start      = "NewA"
  depends_on = [app.shutdwn, app.stop] # ERROR: Unknown app reference # ERROR: Unknown app reference
}

service "b" {
  start      = "NewB"
  depends_on = [app.shutdown, service.consumer, app.shutdown] # ERROR: Duplicate dependency
}

service "c" {
  start      = "NewC"
  depends_on = [[service.consumer, app.shutdown]] # ERROR: Invalid group member
  after      = [app.shutdown] # ERROR: Invalid after reference
}

service "d" {
  start      = "NewD"
  depends_on = [app.shutdown.now, app] # ERROR: Invalid reference # ERROR: Invalid reference
}

worker "e" {
  queue   = app.shutdown # ERROR: Invalid queue reference
  handler = "E"
}

target "all" {
  components = [service.consumer, app.shutdown] # ERROR: Invalid target member
}
