# A stale generated file and type errors elsewhere do not block checking.
service "cache" {
  type  = "*Cache"
  start = "NewCache"
}
