package lifecycle_test

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/lifegen/lifegen/lifecycle"
)

// A minimal app: a database and an API that needs it. The API starts
// once the database is ready and stops before it.
func Example() {
	type DB struct{ name string }
	var db *DB
	app := lifecycle.New(lifecycle.Spec{
		ShutdownTimeout: 5 * time.Second,
		Components: []lifecycle.Component{
			{Name: "database", Kind: lifecycle.KindService, StartTimeout: time.Second,
				Start: func(ctx context.Context) (lifecycle.Hooks, error) {
					db = &DB{name: "orders"}
					fmt.Println("database: open")
					return lifecycle.Hooks{Value: db, Stop: func() error { fmt.Println("database: closed"); return nil }}, nil
				}},
			{Name: "api", Kind: lifecycle.KindService, Needs: []string{"database"},
				Start: func(ctx context.Context) (lifecycle.Hooks, error) {
					fmt.Println("api: serving", db.name)
					return lifecycle.Hooks{
						Run:  func(ctx context.Context) error { <-ctx.Done(); return nil },
						Stop: func(ctx context.Context) error { fmt.Println("api: stopped"); return nil },
					}, nil
				}},
		},
	})
	cfg := lifecycle.Config{Logger: slog.New(slog.DiscardHandler)}
	if err := app.Start(context.Background(), cfg); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("ready")
	if err := app.Stop(context.Background()); err != nil {
		fmt.Println(err)
	}
	// Output:
	// database: open
	// api: serving orders
	// ready
	// api: stopped
	// database: closed
}

// A worker with a queue: two goroutines handle the queue's items; at
// shutdown they drain what is still buffered before they stop.
func Example_worker() {
	orders := make(chan int, 10)
	done := make(chan int, 10)
	app := lifecycle.New(lifecycle.Spec{
		ShutdownTimeout: 5 * time.Second,
		Components: []lifecycle.Component{
			{Name: "billing", Kind: lifecycle.KindWorker, Count: 2, DrainTimeout: time.Second,
				Start: func(context.Context) (lifecycle.Hooks, error) {
					return lifecycle.Hooks{Consume: lifecycle.Consume(orders, func(ctx context.Context, order int) error {
						done <- order
						return nil
					})}, nil
				}},
			// A queue needs its workers: they run before anything can send.
			{Name: "orders", Kind: lifecycle.KindQueue, Needs: []string{"billing"}, Queue: lifecycle.Chan(orders)},
		},
	})
	if err := app.Start(context.Background(), lifecycle.Config{Logger: slog.New(slog.DiscardHandler)}); err != nil {
		fmt.Println(err)
		return
	}
	for i := 1; i <= 3; i++ {
		orders <- i
	}
	if err := app.Stop(context.Background()); err != nil {
		fmt.Println(err)
	}
	sum := 0
	for range 3 {
		sum += <-done
	}
	s := app.Status()[0]
	fmt.Println("billed:", sum, "processed:", s.Processed, "dropped:", s.Dropped)
	// Output:
	// billed: 6 processed: 3 dropped: 0
}
