package start_timeout

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

func TestStartTimeout(t *testing.T) {
	p := NewProbe()
	app := NewApp(p)
	errc := make(chan error, 1)
	go func() { errc <- app.Start(context.Background()) }()

	var err error
	select {
	case err = <-errc:
	case <-time.After(5 * time.Second):
		close(p.release)
		t.Fatal("Start waited for a constructor that ignores its ctx")
	}
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Start error %v does not wrap context.DeadlineExceeded", err)
	}
	if err == nil || !strings.Contains(err.Error(), `service "slow": start: `) {
		t.Errorf("Start error %v does not name slow", err)
	}
	if n := p.Count("stop base"); n != 1 {
		t.Errorf("base stopped %d times, want 1", n)
	}
	if s := stateOf(t, app, "slow"); s.State != AppFailed {
		t.Errorf("slow is %s, want failed", s.State)
	}
	if isClosed(app.Ready()) || !isClosed(app.Done()) {
		t.Error("after a failed Start Ready must stay open and Done be closed")
	}
	if p.Count("stop slow") != 0 {
		t.Error("slow stopped before its constructor returned")
	}

	// The abandoned constructor returns late: its value is stopped, once,
	// not leaked.
	close(p.release)
	if !closedWithin(p.slowStopped, 5*time.Second) {
		t.Fatal("the late value of slow was never stopped")
	}
	if app.Slow() != nil {
		t.Error("Slow() returns the abandoned value")
	}
	if n := p.Count("stop slow"); n != 1 {
		t.Errorf("slow stopped %d times, want 1", n)
	}
}
