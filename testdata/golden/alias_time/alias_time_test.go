package alias_time

import (
	"context"
	"testing"
	"time"

	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

func TestAliasedTimeInput(t *testing.T) {
	app := NewApp(time.Second)
	if err := app.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	if got := app.Ticker().Every; got != time.Second {
		t.Errorf("Every = %v, want 1s", got)
	}
	if err := app.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
}
