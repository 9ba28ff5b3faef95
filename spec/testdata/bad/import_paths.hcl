# Import paths that are not valid.
lifegen {
  imports = {
    a = "" # ERROR: Invalid import path
    b = "/abs/path" # ERROR: Invalid import path
    c = "example.com//x" # ERROR: Invalid import path
    d = "example.com/x/" # ERROR: Invalid import path
    e = "-flag" # ERROR: Invalid import path
    f = "example.com/has space" # ERROR: Invalid import path
    g = "./relative" # ERROR: Invalid import path
    h = "example.com/../x" # ERROR: Invalid import path
    i = "C" # ERROR: Invalid import path
    j = "example.com/con/x" # ERROR: Invalid import path
    k = "example.com/ünicode" # ERROR: Invalid import path
    l = "example.com/x.\"; os.Exit(1) //" # ERROR: Invalid import path
    m = "example.com/trailing." # ERROR: Invalid import path
  }
}
