# A worker that sends to the queue it consumes.
queue "retry" {
  type = "Job"
}

worker "retrier" {
  queue      = queue.retry # ERROR: Dependency cycle
  handler    = "Retry"
  depends_on = [queue.retry]
}
