package generator

import (
	"fmt"
	"go/parser"
	"go/token"
	"os"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/hashicorp/hcl/v2"
	"github.com/lifegen/lifegen/spec"
)

// chainSpec writes a spec of n services, each depending on the one before
// (every tenth also on the input), with a queue and a worker for every
// 1000 services; names are padded to width digits.
func chainSpec(n, width int) []byte {
	var b strings.Builder
	b.WriteString("lifegen {\n  package = \"big\"\n}\ninput \"config\" {\n  type = \"*Config\"\n}\n")
	name := func(prefix string, i int) string { return fmt.Sprintf("%s%0*d", prefix, width, i) }
	for i := range n {
		deps := "input.config"
		switch {
		case i%1000 == 999:
			q := name("q", i)
			fmt.Fprintf(&b, "queue %q {\n  type = \"Job\"\n}\nworker %q {\n  queue = queue.%s\n  handler = \"Handle\"\n  depends_on = [service.%s]\n}\n", q, name("w", i), q, name("s", i-1))
			deps = "service." + name("s", i-1) + ", queue." + q
		case i > 0 && i%10 == 0:
			deps = "service." + name("s", i-1) + ", input.config"
		case i > 0:
			deps = "service." + name("s", i-1)
		}
		fmt.Fprintf(&b, "service %q {\n  type       = \"*S\"\n  start      = \"NewS\"\n  stop       = \"Close\"\n  depends_on = [%s]\n}\n", name("s", i), deps)
	}
	return []byte(b.String())
}

// TestHugeSpec parses, validates and generates a spec of many components
// and logs the time and memory each stage takes. The default run uses 5k
// components; LIFEGEN_HUGE=1 runs the 100k one:
//
//	LIFEGEN_HUGE=1 go test ./generator -run TestHugeSpec -v
func TestHugeSpec(t *testing.T) {
	n := 5_000
	if os.Getenv("LIFEGEN_HUGE") != "" {
		n = 100_000
	}
	src := chainSpec(n, 6)
	var s *spec.Spec
	parse := measure(t, "parse+validate+graph", func() {
		var diags hcl.Diagnostics
		s, diags = spec.Parse("lifecycle.hcl", src)
		if diags.HasErrors() {
			t.Fatal(diags)
		}
	})
	var out File
	gen := measure(t, "generate", func() {
		var err error
		if out, err = Generate(s, Options{}); err != nil {
			t.Fatal(err)
		}
	})
	t.Logf("%d components (%d bytes of spec, %d bytes of Go): parse %v, generate %v", len(s.Components), len(src), len(out.Bytes), parse, gen)
	if _, err := parser.ParseFile(token.NewFileSet(), out.Name, out.Bytes, parser.SkipObjectResolution); err != nil {
		t.Fatal(err)
	}
}

// measure runs f and logs its time, allocation and the peak heap in use
// while it ran (sampled every millisecond).
func measure(t *testing.T, what string, f func()) time.Duration {
	t.Helper()
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	var peak atomic.Uint64
	done := make(chan struct{})
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		var m runtime.MemStats
		for {
			runtime.ReadMemStats(&m)
			if m.HeapInuse > peak.Load() {
				peak.Store(m.HeapInuse)
			}
			select {
			case <-done:
				return
			case <-time.After(time.Millisecond):
			}
		}
	}()
	start := time.Now()
	f()
	d := time.Since(start)
	close(done)
	<-sampled
	runtime.ReadMemStats(&after)
	t.Logf("%s: %v, TotalAlloc %d MiB, peak HeapInuse %d MiB (%d MiB before)", what, d,
		(after.TotalAlloc-before.TotalAlloc)>>20, peak.Load()>>20, before.HeapInuse>>20)
	return d
}

// TestHostileValidSpecsGenerate: specs that are valid but odd (names of
// 10k characters, CRLF line endings, a byte order mark, a receive-only
// channel as a queue's element) generate Go that parses.
func TestHostileValidSpecsGenerate(t *testing.T) {
	long := strings.Repeat("a", 10_000)
	recvQueue := `queue "jobs" {
  type = "<-chan int"
}
worker "work" {
  queue   = queue.jobs
  handler = "Handle"
}
service "api" {
  type       = "*API"
  start      = "NewAPI"
  depends_on = [queue.jobs]
}
`
	for name, src := range map[string]string{
		"long names": fmt.Sprintf("service %q {\n  type = \"*S\"\n  start = \"NewS\"\n}\nservice \"%s-b\" {\n  type = \"*S\"\n  start = \"NewS2\"\n  depends_on = [service.%s]\n}\n", long, long, long),
		"crlf":       strings.ReplaceAll(smallSpec, "\n", "\r\n"),
		"bom":        "\xef\xbb\xbf" + smallSpec,
		"recv queue": recvQueue,
	} {
		t.Run(name, func(t *testing.T) {
			s, diags := spec.Parse("lifecycle.hcl", []byte(src))
			if diags.HasErrors() {
				t.Fatal(diags)
			}
			out, err := Generate(s, Options{Package: "odd"})
			if err != nil {
				t.Fatal(err)
			}
			if _, err := parser.ParseFile(token.NewFileSet(), out.Name, out.Bytes, 0); err != nil {
				t.Fatal(err)
			}
			if name == "recv queue" {
				// chan <-chan int would be a chan<- chan int.
				if strings.Contains(string(out.Bytes), "chan <-chan") || !strings.Contains(string(out.Bytes), "chan (<-chan int)") {
					t.Errorf("the queue's channel type is not parenthesised:\n%s", out.Bytes[:min(len(out.Bytes), 4000)])
				}
			}
		})
	}
}
