package generator

import (
	"bytes"
	"go/parser"
	"go/token"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/lifegen/lifegen/spec"
)

const smallSpec = `
lifegen {
  app     = "Shop"
  imports = { sql = "database/sql", xtime = "time" }
}
input "config" { type = "*Config" }
input "type" { type = "map[string][]int" }
service "user_db" {
  type       = "*sql.DB"
  start      = "OpenDB"
  stop       = "Close"
  depends_on = [input.config, input.type]
}
queue "jobs" {
  type     = "chan<- Box[xtime.Duration]"
  capacity = 3
}
worker "run-jobs" {
  queue      = queue.jobs
  handler    = "Handle"
  depends_on = [service.user_db]
}
service "api" {
  type       = "API"
  start      = "NewAPI"
  depends_on = [queue.jobs, service.user_db]
}
`

func mustParse(t testing.TB, name, src string) *spec.Spec {
	t.Helper()
	s, diags := spec.Parse(name, []byte(src))
	if diags.HasErrors() {
		t.Fatalf("%s: %v", name, diags)
	}
	return s
}

func TestGenerateIsDeterministicAndPathFree(t *testing.T) {
	a, err := Generate(mustParse(t, "/home/someone/project/lifecycle.hcl", smallSpec), Options{Package: "shop"})
	if err != nil {
		t.Fatal(err)
	}
	b, err := Generate(mustParse(t, "other/dir/lifecycle.hcl", smallSpec), Options{Package: "shop"})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes, b.Bytes) {
		t.Error("the same spec in two directories gives different bytes")
	}
	if a.Name != "lifecycle_gen.go" {
		t.Errorf("Name = %q", a.Name)
	}
	first := strings.SplitN(string(a.Bytes), "\n", 2)[0]
	if !regexp.MustCompile(`^// Code generated .* DO NOT EDIT\.$`).MatchString(first) || !strings.Contains(first, "from lifecycle.hcl.") {
		t.Errorf("header = %q", first)
	}
	if bytes.Contains(a.Bytes, []byte("/home/someone")) {
		t.Error("the output contains the spec's absolute path")
	}
}

func TestGeneratedNamesAndImports(t *testing.T) {
	f, err := Generate(mustParse(t, "lifecycle.hcl", smallSpec), Options{Package: "fallback"})
	if err != nil {
		t.Fatal(err)
	}
	src := string(f.Bytes)
	for _, want := range []string{
		"package fallback",
		"func NewShop(config *Config, typeInput map[string][]int) *Shop",
		"func (a *Shop) UserDB() *sql.DB",
		"func (a *Shop) Jobs() chan<- chan<- Box[xtime.Duration]",
		"var _ func(context.Context, *Config, map[string][]int) (*sql.DB, error) = OpenDB",
		"var _ func(context.Context, *sql.DB, chan<- Box[xtime.Duration]) error = Handle",
		"var _ func(context.Context, chan<- chan<- Box[xtime.Duration], *sql.DB) (API, error) = NewAPI",
		"var _ = lifecycle.IsStopMethod[*sql.DB]((*sql.DB).Close)",
		"return lifecycle.Hooks{Value: v, Stop: v.Close}, nil",
		`xtime "time"`,
		"ShopState  = lifecycle.State",
		"const _ = lifecycle.RegenerateIfUndefinedV1",
	} {
		if !strings.Contains(src, want) {
			t.Errorf("generated file lacks %q", want)
		}
	}
	if strings.Contains(src, "AppState") {
		t.Error("generated file uses the default app name")
	}
	imports := importPaths(t, f.Bytes)
	for _, p := range imports {
		if strings.Contains(strings.Split(p, "/")[0], ".") && p != lifecyclePath {
			t.Errorf("imports %s: only the standard library, the runtime and the spec's imports are allowed", p)
		}
	}
}

func TestSpecPackageWinsOverOption(t *testing.T) {
	src := "lifegen {\n  package = \"chosen\"\n}\nservice \"a\" {\n  type = \"*A\"\n  start = \"NewA\"\n}\n"
	f, err := Generate(mustParse(t, "x.hcl.json.hcl", src), Options{Package: "other"})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(f.Bytes, []byte("\npackage chosen\n")) {
		t.Error("lifegen.package did not win over Options.Package")
	}
}

func TestGenerateRejectsAnUnvalidatedSpec(t *testing.T) {
	if _, err := Generate(&spec.Spec{}, Options{}); err == nil || !strings.Contains(err.Error(), "internal error") {
		t.Errorf("Generate(empty spec) = %v, want an internal error", err)
	}
}

func TestDurationLiterals(t *testing.T) {
	for d, want := range map[string]string{"0s": "0", "1h": "time.Hour", "2h": "2 * time.Hour", "90s": "90 * time.Second", "1.5s": "1500 * time.Millisecond", "2us": "2 * time.Microsecond", "7ns": "7 * time.Nanosecond"} {
		dur, err := parseDuration(d)
		if err != nil {
			t.Fatal(err)
		}
		if got := renderCode(duration(dur)); got != want {
			t.Errorf("duration(%s) = %q, want %q", d, got, want)
		}
	}
}

func importPaths(t *testing.T, src []byte) []string {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), "gen.go", src, parser.ImportsOnly)
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, imp := range f.Imports {
		p, _ := strconv.Unquote(imp.Path.Value)
		paths = append(paths, p)
	}
	return paths
}
