# With app = "Shop" the reserved names follow the app.
lifegen {
  app = "Shop"
}

service "a" {
  type  = "*A"
  start = "NewShop" # ERROR: Reserved function name
}

service "b" {
  type  = "*B"
  start = "shopState" # ERROR: Reserved function name
}

service "c" {
  type  = "*C"
  start = "NewApp"
}

service "d" {
  type  = "*D"
  start = "ShopEvent" # ERROR: Reserved function name
}
