// Command tutorial is the service-lifecycle tutorial done the lifegen way.
//
// lifecycle.hcl declares a database (with a health check), a cache that
// needs the database, an API that needs the cache and sends jobs to a queue,
// and three background workers that process those jobs. lifegen turns it
// into lifecycle_gen.go; services.go holds the components themselves and
// main.go runs them:
//
//	go run ./examples/tutorial               # runs for 2s, then shuts down
//	go run ./examples/tutorial -duration 10s # or press Ctrl-C
//
// The output shows the startup order, readiness, health checks, the jobs
// being processed and the shutdown in reverse order.
package main

//go:generate go run github.com/lifegen/lifegen/cmd/lifegen generate lifecycle.hcl
