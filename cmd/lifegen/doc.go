// Command lifegen generates Go lifecycle code from an HCL spec.
//
// A spec, lifecycle.hcl, lists a program's inputs, services, queues and
// worker pools, what each depends on, and their health checks. lifegen
// turns it into one Go file, lifecycle_gen.go, that starts the components
// in dependency order, signals readiness, monitors health and shuts
// everything down gracefully in reverse order. This command is the last
// stage of the pipeline: it finds spec files, parses them (package spec),
// renders Go in memory (package generator) and decides where the bytes go.
//
// # Getting started
//
//	lifegen init              # writes lifecycle.hcl and doc.go
//	go generate               # runs the //go:generate line in doc.go
//	lifegen graph             # shows the startup order
//
// The //go:generate line that init writes is
//
//	//go:generate go run github.com/lifegen/lifegen/cmd/lifegen generate lifecycle.hcl
//
// With lifegen recorded as a tool of your module
// (go get -tool github.com/lifegen/lifegen/cmd/lifegen) the shorter form is
//
//	//go:generate go tool lifegen generate lifecycle.hcl
//
// # Commands
//
//	lifegen generate [SPEC...]  write each spec's Go file (-o FILE, --package NAME, --stdout)
//	lifegen check [SPEC...]     exit 1 with a diff if a generated file is missing or stale
//	lifegen validate [SPEC...]  report problems only (--format text|json)
//	lifegen graph [SPEC]        print the dependency graph (--format text|mermaid|dot)
//	lifegen fmt [SPEC...]       format specs canonically (--check to only list)
//	lifegen init [DIR]          write a starter lifecycle.hcl and doc.go; never overwrites
//	lifegen version             print the module version
//	lifegen completion SHELL    print a shell completion script
//
// Every command has --help with examples.
//
// # Specs
//
// A SPEC argument is a file; a directory, meaning its lifecycle.hcl,
// lifecycle.hcl.json, *.lifecycle.hcl and *.lifecycle.hcl.json files in
// name order; or a pattern DIR/... that walks DIR like the go command
// does, skipping testdata, vendor and directories whose names start with
// "." or "_". No argument means ./lifecycle.hcl. A directory or pattern
// that matches no spec is an error. Every spec given is processed, and
// the diagnostics of all of them are printed together.
//
// The Go file of NAME.hcl (or NAME.hcl.json) is NAME_gen.go in the same
// directory, or the -o file. Its package is the first of: the spec's
// lifegen.package; --package; $GOPACKAGE when writing into the current
// directory (go generate sets it); the package of the .go files already in
// the output directory (test files, _test packages and //go:build ignore
// files excluded; the most common wins, ties alphabetical); main for a
// directory in a directory named cmd (cmd/NAME, where commands live); the
// output directory's name made into an identifier ("my-app" → my_app,
// "2d" → _2d, "func" → func_).
//
// generate never leaves a partial file: it writes a temporary file in the
// same directory, syncs it and renames it over the target. It writes
// nothing for a spec with errors and does not touch a file whose content
// would not change.
//
// # Exit status
//
// 0 on success, 1 when a spec is invalid, a generated file is stale or
// missing (check), a file would change (fmt --check), or a file cannot be
// read or written; 2 for a usage error: an unknown command or flag, a
// wrong number of arguments, a bad --format value, -o with more than one
// spec. Errors go to stderr, data to stdout; nothing is coloured.
//
// See docs/cli.md in the repository for the full manual and a CI recipe.
package main
