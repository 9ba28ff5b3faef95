# Function names reserved for the generated code of app "App".
service "a" {
  type  = "*A"
  start = "ctx" # ERROR: Reserved function name
}

service "b" {
  type  = "*B"
  start = "NewApp" # ERROR: Reserved function name
}

service "c" {
  type  = "*C"
  start = "AppState" # ERROR: Reserved function name
}

service "d" {
  type  = "*D"
  start = "appRunner" # ERROR: Reserved function name
}

service "e" {
  type  = "*E"
  start = "App" # ERROR: Reserved function name
}

service "f" {
  type  = "*F"
  start = "Application"
}

queue "jobs" { # WARNING: Queue has no senders
  type = "Job"
}

worker "w" {
  queue   = queue.jobs
  handler = "item" # ERROR: Reserved function name
}

worker "v" {
  queue   = queue.jobs
  handler = "w" # ERROR: Reserved function name
}
