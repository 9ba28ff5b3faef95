package lifecycle

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"
)

type rec struct {
	mu  sync.Mutex
	log []string
}

func (r *rec) add(s string) { r.mu.Lock(); r.log = append(r.log, s); r.mu.Unlock() }

func TestSmoke(t *testing.T) {
	r := &rec{}
	svc := func(name string, needs ...string) Component {
		return Component{Name: name, Kind: KindService, Needs: needs, StartTimeout: time.Second, StopTimeout: time.Second,
			Start: func(ctx context.Context) (Hooks, error) {
				r.add("start " + name)
				return Hooks{Value: name, Stop: func() { r.add("stop " + name) }}, nil
			}}
	}
	a := New(Spec{ShutdownTimeout: time.Second, Components: []Component{svc("db"), svc("cache", "db"), svc("api", "cache", "db")}})
	var evs []string
	var mu sync.Mutex
	err := a.Start(context.Background(), Config{OnEvent: func(e Event) { mu.Lock(); evs = append(evs, fmt.Sprint(e.Name, " ", e.State)); mu.Unlock() }})
	if err != nil {
		t.Fatal(err)
	}
	if v := a.Value(1); v != "cache" {
		t.Fatal(v)
	}
	if err := a.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Log(r.log)
	t.Log(evs)
}
