# A queue nothing sends to is only a warning.
queue "emails" { # WARNING: Queue has no senders
  type = "Email"
}

worker "mailer" {
  queue   = queue.emails
  handler = "Send"
}
