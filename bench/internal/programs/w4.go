package programs

import (
	"bytes"
	"fmt"
)

// workPkg holds the W4 handler and services.
const workPkg = Module + "/w4/work"

// IdleServices is the number of services of each idle app.
const IdleServices = 10

// feeder is the service that sends to queue "jobs": it receives the send
// side of the queue, which the benchmarks then use.
const feeder = "\nservice \"feeder\" {\n  type       = \"*work.Feeder\"\n  start      = \"work.NewFeeder\"\n  depends_on = [queue.jobs]\n}\n"

// w4Files writes workload W4: a worker pool of the given count on a
// 1024-item queue, three idle apps (services only; with a queue and a
// worker block; with health checks), and the test file that hands them to
// bench/w4.
func w4Files(workers int) ([]File, error) {
	var pool bytes.Buffer
	fmt.Fprintf(&pool, "# %s\nlifegen {\n  package = \"pool\"\n  imports = {\n    work = %q\n  }\n}\n\n", Header, workPkg)
	pool.WriteString("queue \"jobs\" {\n  type     = \"int\"\n  capacity = 1024\n}\n\n")
	fmt.Fprintf(&pool, "worker \"pool\" {\n  queue   = queue.jobs\n  handler = \"work.Handle\"\n  count   = %d\n}\n%s", workers, feeder)
	specs := []struct {
		pkg, doc string
		spec     []byte
	}{
		{"pool", fmt.Sprintf("a pool of %d workers on a queue fed by one service", workers), pool.Bytes()},
		{"services", "a chain of services", idleSpec("services", "", false)},
		{"workers", "a chain of services, a queue, its sender and a pool of 4 workers",
			idleSpec("workers", "\nqueue \"jobs\" {\n  type     = \"int\"\n  capacity = 16\n}\n\nworker \"pool\" {\n  queue   = queue.jobs\n  handler = \"work.Handle\"\n  count   = 4\n}\n"+feeder, false)},
		{"health", "a chain of services with a health check each", idleSpec("health", "", true)},
	}
	var out []File
	for _, s := range specs {
		doc := fmt.Sprintf("// %s\n\n// Package %s is %s, wired by lifegen.\npackage %s\n", Header, s.pkg, s.doc, s.pkg)
		out = append(out, File{"w4/" + s.pkg + "/doc.go", []byte(doc)}, File{"w4/" + s.pkg + "/lifecycle.hcl", s.spec})
	}
	var t bytes.Buffer
	fmt.Fprintf(&t, "// %s\n\npackage w4_test\n\nimport (\n\"testing\"\n\n\"%s/internal/sys\"\n\"%s/w4\"\n", Header, Module, Module)
	for _, s := range specs {
		fmt.Fprintf(&t, "%q\n", GenModule+"/w4/"+s.pkg)
	}
	fmt.Fprintf(&t, ")\n\nvar apps = w4.Apps{\nWorkers: %d,\n"+
		"Pool: func() (sys.App, func() chan<- int) {\na := pool.NewApp()\na.Logger = sys.Discard\nreturn a, func() chan<- int { return a.Feeder().Jobs }\n},\n"+
		"Idle: []w4.Idle{\n"+
		"{Name: \"services\", Components: %d, New: func() sys.App { a := services.NewApp(); a.Logger = sys.Discard; return a }},\n"+
		"{Name: \"workers\", Components: %d, New: func() sys.App { a := workers.NewApp(); a.Logger = sys.Discard; return a }},\n"+
		"{Name: \"health\", Components: %d, New: func() sys.App { a := health.NewApp(); a.Logger = sys.Discard; return a }},\n"+
		"},\n}\n\n"+
		"func TestPoolHandlesEverything(t *testing.T) { w4.TestPool(t, apps) }\n\n"+
		"func BenchmarkW4Throughput(b *testing.B) { w4.BenchmarkThroughput(b, apps) }\n\n"+
		"func BenchmarkW4Idle(b *testing.B) { w4.BenchmarkIdle(b, apps) }\n",
		workers, IdleServices, IdleServices+3, IdleServices)
	f, err := gofmt("w4/w4_test.go", t.Bytes())
	return append(out, f), err
}

// idleSpec is a chain of IdleServices services, plus extra blocks, with a
// health check on every service when health is set.
func idleSpec(pkg, extra string, health bool) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "# %s\nlifegen {\n  package = %q\n  imports = {\n    work = %q\n  }\n}\n", Header, pkg, workPkg)
	for i := range IdleServices {
		fmt.Fprintf(&b, "\nservice \"s%d\" {\n  type  = \"*work.Svc\"\n  stop  = \"Stop\"\n", i)
		if i == 0 {
			b.WriteString("  start = \"work.NewSvc\"\n")
		} else {
			fmt.Fprintf(&b, "  start = \"work.NewSvcAfter\"\n  depends_on = [service.s%d]\n", i-1)
		}
		if health {
			b.WriteString("\n  health {\n    check    = \"Ping\"\n    interval = \"1h\"\n  }\n")
		}
		b.WriteString("}\n")
	}
	b.WriteString(extra)
	return b.Bytes()
}
