package templates

// appWiring stands in for the struct the generator writes for each spec:
// the inputs passed to NewApp, the value of every service and the channel
// of every queue. The runtime only passes a pointer to it to the wiring
// functions of the component table, so the tests of this package can use
// it for their own values.
type appWiring struct {
	values map[string]any
	queues map[string]*chan int // the channel of each test queue, by name
}
