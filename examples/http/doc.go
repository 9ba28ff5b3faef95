// Command http runs a net/http server as a lifegen service, with the
// App's Kubernetes probes (/livez, /readyz) on the same mux.
//
//	go run ./examples/http                       # serves 127.0.0.1:8080 until Ctrl-C
//	go run ./examples/http -addr :0 -duration 5s # any free port, for 5s
//
// then, in another terminal:
//
//	curl localhost:8080/
//	curl localhost:8080/readyz?verbose
//
// See README.md for the probes in a Kubernetes pod spec.
package main

//go:generate go run github.com/lifegen/lifegen/cmd/lifegen generate lifecycle.hcl
