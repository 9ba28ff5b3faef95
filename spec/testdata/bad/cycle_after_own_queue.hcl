# A worker that starts after the queue it consumes: the queue waits for
# its worker, so neither can start first. The queue is declared first, so
# the cycle is reported at the edge that leaves it: the worker's queue.
queue "jobs" { # WARNING: Queue has no senders
  type = "Job"
}

worker "runner" {
  queue   = queue.jobs # ERROR: Dependency cycle
  handler = "Run"
  after   = [queue.jobs]
}
