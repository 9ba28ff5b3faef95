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
//   - shop: real parts, in a module of its own: an SQLite database, an
//     HTTP API feeding a queue, four workers, an admin server, targets,
//     signals, and a test that sends SIGTERM to the built binary
//     mid-stream. Its checks run from its directory (see its README.md).
//
// This package's test checks that the committed generated files match
// their specs.
package examples
