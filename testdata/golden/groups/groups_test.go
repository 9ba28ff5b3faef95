package groups

import (
	"context"
	"slices"
	"strings"
	"testing"

	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

func TestGroupsPassTheirMembers(t *testing.T) {
	log := &Log{}
	static := &Static{Path: "/static"}
	app := NewApp(log, static, "/api")
	if err := app.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	echo, hello := app.Echo(), app.Hello()

	// One slice, in the order written, members of three types.
	r := app.Router()
	if want := []Route{echo, hello, static}; !slices.Equal(r.Routes, want) {
		t.Errorf("router routes = %v, want %v", r.Routes, want)
	}
	// Spread into the variadic, in the order written.
	m := app.Mux()
	if m.Prefix != "/api" || !slices.Equal(m.Patterns(), []string{"/hello", "/echo"}) {
		t.Errorf("mux = %q %q, want /api [/hello /echo]", m.Prefix, m.Patterns())
	}
	// Plain references at a variadic parameter: one value each; none: nil.
	if got := app.Chain().Patterns(); !slices.Equal(got, []string{"/echo", "/hello"}) {
		t.Errorf("chain = %q, want [/echo /hello]", got)
	}
	if got := app.EmptyChain().Routes; got != nil {
		t.Errorf("empty chain = %v, want no routes", got)
	}

	if err := app.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	// Group members are dependencies as usual: started before the
	// router, stopped after it.
	lines := log.Lines()
	for _, l := range [][2]string{
		{"new echo", "new router"}, {"new hello", "new router"},
		{"close router", "close echo"}, {"close router", "close hello"},
	} {
		if i, j := slices.Index(lines, l[0]), slices.Index(lines, l[1]); i < 0 || j < 0 || i > j {
			t.Errorf("want %q before %q:\n  %s", l[0], l[1], strings.Join(lines, "\n  "))
		}
	}
}
