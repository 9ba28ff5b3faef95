package stale

// main calls what the generated file declares, and has its own type
// error: neither stops lifegen.
func main() {
	app := NewApp()
	var n int = "not a number"
	_, _ = app, n
}

var broken int = "also not a number"
