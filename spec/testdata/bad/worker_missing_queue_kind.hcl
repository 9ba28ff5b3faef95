# A worker's queue must name a queue; inputs and workers are not queues.
input "jobs" {
  type = "chan Job"
}

worker "runner" {
  queue   = input.jobs # ERROR: Invalid queue reference
  handler = "RunJob"
}

worker "again" {
  queue   = worker.runner # ERROR: Invalid queue reference
  handler = "RunAgain"
}
