# Targets: one binary deployed as two services. "frontend" runs the api
# and the admin page, "workers" the scheduler; each starts what its
# components need (the db for both) and nothing else.
lifegen {
  shutdown_timeout = "5s"
}

input "journal" {
  type = "*Journal"
}

service "db" {
  start      = "OpenDB"
  stop       = "Close"
  depends_on = [input.journal]
}

service "cache" {
  start      = "NewCache"
  depends_on = [input.journal, service.db]
}

service "api" {
  start      = "NewAPI"
  depends_on = [input.journal, service.cache]
}

# Ordered after the scheduler when both run; alone, it does not pull the
# scheduler in.
service "admin" {
  start      = "NewAdmin"
  depends_on = [input.journal, service.db]
  after      = [service.scheduler]
}

queue "jobs" {
  type     = "Job"
  capacity = 4
}

worker "process" {
  queue      = queue.jobs
  handler    = "Process"
  depends_on = [input.journal, service.db]
}

service "scheduler" {
  start      = "NewScheduler"
  depends_on = [input.journal, queue.jobs]
}

target "frontend" {
  components = [service.api, service.admin]
}

target "workers" {
  components = [service.scheduler]
}
