package inputs_imports

import (
	"context"
	"log"

	clk "lifegen.test/golden/inputs_imports/internal/clock"
)

// Settings is a local struct passed by value to NewApp.
type Settings struct {
	Greeting string
	Names    []string
}

type Greeter struct {
	Settings Settings
	Clock    *clk.Clock
	log      *log.Logger
}

func NewGreeter(ctx context.Context, s Settings, c *clk.Clock, logger *log.Logger) (*Greeter, error) {
	for _, n := range s.Names {
		logger.Printf("%s, %s", s.Greeting, n)
	}
	return &Greeter{Settings: s, Clock: c, log: logger}, nil
}

func (g *Greeter) Close() error {
	g.log.Print("greeter closed")
	return nil
}
