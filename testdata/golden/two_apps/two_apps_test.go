package two_apps

import (
	"context"
	"slices"
	"testing"

	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

func TestTwoAppsInOnePackage(t *testing.T) {
	l := &Log{}
	back := NewBack(l)
	var backEvents, frontEvents []BackEvent
	back.OnEvent = func(e BackEvent) { backEvents = append(backEvents, e) }
	if err := back.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	front := NewFront(l, back.Store())
	front.OnEvent = func(e FrontEvent) {
		frontEvents = append(frontEvents, BackEvent{Name: e.Name, State: BackState(e.State)})
	}
	if err := front.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	if got := front.API().Greet(); got != "hello, world" {
		t.Errorf("Greet = %q, want the back store's greeting", got)
	}
	if front.Store() == back.Store() {
		t.Error("Front and Back share one store value")
	}
	if len(front.Status()) != 2 || len(back.Status()) != 1 {
		t.Errorf("Status lengths %d and %d, want 2 and 1", len(front.Status()), len(back.Status()))
	}
	if err := front.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	if err := back.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	want := []string{"open back store", "open front store", "api done", "close front store", "close back store"}
	if got := l.Lines(); !slices.Equal(got, want) {
		t.Errorf("calls = %q, want %q", got, want)
	}
	for _, s := range front.Status() {
		if s.State != FrontStopped {
			t.Errorf("front %s is %s", s.Name, s.State)
		}
	}
	if s := back.Status()[0]; s.State != BackStopped {
		t.Errorf("back store is %s", s.State)
	}
	if len(backEvents) == 0 || len(frontEvents) == 0 {
		t.Error("an app reported no events")
	}
	for _, e := range backEvents {
		if e.Name != "store" {
			t.Errorf("Back reported an event of %q", e.Name)
		}
	}
}
