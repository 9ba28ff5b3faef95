// Command shop is a lifegen example with real parts: an HTTP API that
// takes jobs, an in-process queue, four workers that write each job into
// an SQLite database (modernc.org/sqlite, pure Go), a health check on the
// database, an admin server for the probes, two targets, and a graceful
// shutdown on SIGINT or SIGTERM that loses no accepted job.
//
//	go run .                      # api on 127.0.0.1:8080, admin on 127.0.0.1:8081
//	go run . -target=api          # only the API and what it needs
//	go run . -target=workers      # only the poller of pending rows and what it needs
//
// then, in another terminal:
//
//	curl -i -d '{"id":"order-1","payload":{"sku":"tea"}}' localhost:8080/jobs
//	curl localhost:8080/jobs/order-1
//	curl localhost:8081/readyz?verbose
//
// lifecycle.hcl declares the components; lifecycle_gen.go is generated
// from it by lifegen, a tool of this module (see go.mod). See README.md.
package main

//go:generate go tool lifegen generate lifecycle.hcl
