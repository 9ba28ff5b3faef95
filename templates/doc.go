// Package templates is the runtime that lifegen writes into every
// generated file: the scheduler that starts components in dependency order
// (in parallel or one at a time), the watchdog that enforces start and
// stop timeouts, the reverse-order shutdown, worker pools that drain their
// queues, health monitors, the /livez and /readyz handler, and the App
// type with its methods.
//
// It is ordinary Go, compiled and tested here, and it is the single source
// of that code: the files runtime_*.go are embedded (see Sources) and the
// generator emits their declarations after renaming every top-level
// identifier from the App/app prefix to the spec's app name, so that two
// specs can share a package. The generated part of each file is only what
// depends on the spec: the appWiring struct, the component table, NewApp
// and the accessors.
//
// Rules for code in runtime_*.go, checked by tests:
//   - imports only the standard library;
//   - every top-level identifier starts with "App" or "app" and no field,
//     method or local name does, so renaming is exact;
//   - no top-level name has the form app<Name>Component, which is how the
//     generator names component tables.
package templates

import "embed"

// Sources holds the runtime files that the generator emits.
//
//go:embed runtime_*.go
var Sources embed.FS
