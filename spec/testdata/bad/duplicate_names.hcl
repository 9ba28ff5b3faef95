# The same name twice, in one kind and across kinds.
service "db" {
  type  = "*DB"
  start = "OpenDB"
}

service "db" { # ERROR: Duplicate name
  type  = "*DB"
  start = "OpenOtherDB"
}

input "config" {
  type = "*Config"
}

queue "config" { # ERROR: Duplicate name # WARNING: Queue has no senders
  type = "Config"
}

worker "apply" {
  queue   = queue.config
  handler = "Apply"
}
