// Command parallel shows what startup = "parallel" buys: three independent
// services, each slow to start, come up in about the time of the slowest
// one instead of the sum of all three.
//
// parallel.lifecycle.hcl and sequential.lifecycle.hcl declare the same
// services; the first starts them in parallel (the default), the second
// one at a time. Both generate into this package, as Parallel and
// Sequential, and main starts and stops each in turn:
//
//	go run ./examples/parallel
package main

//go:generate go run github.com/lifegen/lifegen/cmd/lifegen generate parallel.lifecycle.hcl sequential.lifecycle.hcl
