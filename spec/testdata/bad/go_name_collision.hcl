# Different names with the same Go name.
service "user-db" {
  type  = "*DB"
  start = "OpenUsers"
}

service "user_db" { # ERROR: Go name collision
  type  = "*DB"
  start = "OpenUsers2"
}

service "http-api" {
  type  = "*API"
  start = "NewAPI"
}

queue "http_api" { # ERROR: Go name collision # WARNING: Queue has no senders
  type = "Request"
}

worker "handle" {
  queue   = queue.http_api
  handler = "Handle"
}

input "user--db" { # ERROR: Go name collision
  type = "*DB"
}
