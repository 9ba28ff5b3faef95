// Package bench compares lifegen's generated code and generator with the
// alternatives a Go programmer would reach for. It is a module of its own
// so that the main module keeps its small dependency set.
//
//	w1/  W1: start+stop cycle of N no-op components, every system
//	w2/  W2: parallel startup against the critical path (sleeping constructors)
//	w3/  W3: generator speed, lifegen against wire
//	w4/  W4: worker throughput and goroutines per running component
//
// The generated code (specs, lifegen's output, components, peer wiring)
// is written by internal/gen and checked fresh by TestGeneratedFilesAreFresh;
// after a change of lifegen's generator or runtime, regenerate it with
//
//	go generate ./...
//
// run.sh runs every benchmark and writes BENCHMARKS.md.
package bench

//go:generate go run ./internal/gen
