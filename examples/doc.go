// Package examples holds runnable lifegen examples, one command per
// directory, each with its spec, its committed generated code and a test:
//
//   - tutorial: the service-lifecycle tutorial: a database with a health
//     check, a cache, an API feeding a job queue, three workers, graceful
//     shutdown. Start here: go run ./examples/tutorial
//   - parallel: startup = "parallel" against "sequential", timed.
//   - http: a net/http server as a service, with /livez and /readyz.
//   - targets: one binary deployed as two services, chosen with -target;
//     a second Ctrl-C exits at once.
//
// This package's test checks that the committed generated files match
// their specs.
package examples
