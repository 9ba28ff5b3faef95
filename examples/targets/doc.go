// Command targets is one binary deployed as two services. Its spec,
// lifecycle.hcl, declares two targets: "frontend" (an HTTP API that
// records jobs) and "workers" (a poller and two workers that process
// them). The -target flag picks what this process runs:
//
//	go run ./examples/targets -target=frontend  # only the API (and the store)
//	go run ./examples/targets -target=workers   # only the job processing
//	go run ./examples/targets                   # everything, in one process
//
// -target may be repeated or comma-separated. The first Ctrl-C (or
// SIGTERM) shuts down gracefully; a second one ends the process at once.
// See README.md.
package main

//go:generate go run github.com/lifegen/lifegen/cmd/lifegen generate lifecycle.hcl
