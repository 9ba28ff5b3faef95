package local_names

import (
	"context"
	"testing"

	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

func TestInputsNamedLikeLocalsReachTheConstructor(t *testing.T) {
	app := NewApp("x", 1, "y", 2, 3)
	if err := app.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	if got, want := app.Echo().Said, "x1y2 3"; got != want {
		t.Errorf("echo said %q, want %q", got, want)
	}
	if err := app.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
}
