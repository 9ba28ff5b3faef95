package inputs_imports

import (
	"bytes"
	"context"
	"log"
	"strings"
	"testing"
	"time"

	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

// NewApp takes one parameter per input, in spec order, of the declared
// types.
var _ func(*log.Logger, Settings, time.Duration) *App = NewApp

func TestInputsReachConstructors(t *testing.T) {
	var buf bytes.Buffer
	logger := log.New(&buf, "", 0)
	settings := Settings{Greeting: "hello", Names: []string{"ada", "bob"}}
	app := NewApp(logger, settings, 250*time.Millisecond)
	if err := app.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	c := app.Clock()
	if c == nil || c.Every != 250*time.Millisecond || c.Log != logger {
		t.Fatalf("clock = %+v, want the tick and logger inputs", c)
	}
	g := app.Greeter()
	if g == nil || g.Clock != c || g.Settings.Greeting != "hello" || len(g.Settings.Names) != 2 {
		t.Fatalf("greeter = %+v, want the settings input and the clock", g)
	}
	if err := app.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	if !c.Closed() {
		t.Error("clock not closed")
	}
	want := "clock every 250ms\nhello, ada\nhello, bob\ngreeter closed\nclock closed\n"
	if got := buf.String(); got != want {
		t.Errorf("log:\n%s\nwant:\n%s", got, want)
	}
	if strings.Count(buf.String(), "closed") != 2 {
		t.Error("a stop ran more than once")
	}
}
