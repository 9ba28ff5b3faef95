# Groups: a nested list in depends_on passes its members together.
input "log" {
  type = "*Logger"
}

service "echo" {
  start = "NewEcho"
}

service "hello" {
  start = "NewHello"
}

queue "jobs" {
  type = "Job"
}

worker "runner" {
  queue   = queue.jobs
  handler = "RunJob"
}

# A valid group, with a plain reference before it.
service "router" {
  start      = "NewRouter"
  depends_on = [input.log, [service.echo, service.hello, queue.jobs]]
}

service "empty" {
  start      = "NewEmpty"
  depends_on = [[]] # ERROR: Empty dependency group
}

service "nested" {
  start      = "NewNested"
  depends_on = [[service.echo, [service.hello]]] # ERROR: Nested dependency group
}

service "kinds" {
  start      = "NewKinds"
  depends_on = [[service.echo, worker.runner, app.shutdown]] # ERROR: Invalid group member # ERROR: Invalid group member
}

# A reference may appear only once in depends_on, groups included.
service "twice" {
  start = "NewTwice"
  depends_on = [
    service.echo,
    [service.hello, service.echo], # ERROR: Duplicate dependency
    [input.log, service.hello],    # ERROR: Duplicate dependency
  ]
}

service "self" {
  start      = "NewSelf"
  depends_on = [[service.echo, service.self]] # ERROR: Self-dependency
}

service "unknown" {
  start      = "NewUnknown"
  depends_on = [[service.ecko, queue.job, "service.echo"]] # ERROR: Reference to undeclared service # ERROR: Reference to undeclared queue # ERROR: Invalid reference
}
