# Targets: named sets of components that can run alone.
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
}

service "api" {
  start      = "NewAPI"
  depends_on = [service.db, queue.jobs]
}

# Valid: target names are their own namespace, so one may equal a
# component's name.
target "api" {
  components = [service.api]
}

target "workers" {
  components = [worker.fulfil, queue.jobs]
}

target "empty" {
  components = [] # ERROR: Empty target
}

target "unknown" {
  components = [service.apu, worker.fulfill, queue.db] # ERROR: Reference to undeclared service # ERROR: Reference to undeclared worker # ERROR: Reference to undeclared queue
}

target "kinds" {
  components = [input.config, service.db] # ERROR: Invalid target member
}

target "twice" {
  components = [service.db, service.api, service.db] # ERROR: Duplicate target member
}

target "workers" { # ERROR: Duplicate target name
  components = [worker.fulfil]
}

target "Front End" { # ERROR: Invalid name
  components = [service.api]
}

target "missing" { # ERROR: Missing required argument
}

target "malformed" {
  components = [[service.api], "service.db"] # ERROR: Invalid reference # ERROR: Invalid reference
}

target "not-a-list" {
  components = service.api # ERROR: Invalid expression
}

target { # ERROR: Missing name for target
  components = [service.api]
}
