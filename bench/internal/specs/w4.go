package specs

import (
	"bytes"
	"fmt"
	"path"
)

// workPkg holds the W4 handler and services.
const workPkg = Module + "/w4/work"

// w4Files writes the specs of workload W4 and lifegen's output for them:
// one worker pool per count in PoolCounts, and three idle apps (services
// only, with a worker block, with health checks).
func w4Files() ([]File, error) {
	var specs []File
	for _, k := range PoolCounts {
		var b bytes.Buffer
		fmt.Fprintf(&b, "# %s\nlifegen {\n  package = \"pool%d\"\n  imports = {\n    work = %q\n  }\n}\n\n", Header, k, workPkg)
		b.WriteString("queue \"jobs\" {\n  type     = \"int\"\n  capacity = 1024\n}\n\n")
		fmt.Fprintf(&b, "worker \"pool\" {\n  queue   = queue.jobs\n  handler = \"work.Handle\"\n  count   = %d\n}\n", k)
		specs = append(specs, File{fmt.Sprintf("w4/pool%d/lifecycle.hcl", k), b.Bytes()})
	}
	specs = append(specs,
		File{"w4/services/lifecycle.hcl", idleSpec("services", "", false)},
		File{"w4/workers/lifecycle.hcl", idleSpec("workers", "\nqueue \"jobs\" {\n  type     = \"int\"\n  capacity = 16\n}\n\nworker \"pool\" {\n  queue   = queue.jobs\n  handler = \"work.Handle\"\n  count   = 4\n}\n", false)},
		File{"w4/health/lifecycle.hcl", idleSpec("health", "", true)},
	)
	var out []File
	for _, s := range specs {
		gen, err := Lifegen("lifecycle.hcl", s.Bytes)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", s.Path, err)
		}
		out = append(out, s, File{path.Dir(s.Path) + "/lifecycle_gen.go", gen})
	}
	return out, nil
}

// IdleServices is the number of services of each idle app.
const IdleServices = 10

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
