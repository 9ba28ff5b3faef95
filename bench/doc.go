// Package bench compares lifegen's generated code and generator with the
// alternatives a Go programmer would reach for. It is a module of its own
// so that the main module keeps its small dependency set.
//
// The programs measured are generated at benchmark time, never committed:
// internal/gen writes them into a Go module of their own (bench/_gen,
// ignored by git) and runs `lifegen generate` (this checkout's) and
// `wire gen` in it. The committed packages are the harnesses:
//
//	w1/  W1: start+stop cycle of N no-op components, every system
//	w2/  W2: startup and shutdown of a delayed DAG against its critical paths
//	w3/  W3: generator speed, `lifegen generate` against `wire gen`
//	w4/  W4: worker throughput and goroutines per running component
//	w5/  W5: build cost of one program wired by lifegen, by wire and by hand
//
// run.sh runs every benchmark and writes BENCHMARKS.md; the tests of this
// module (TestPrograms) generate a small tree and check that it builds,
// runs and passes its own tests.
package bench
