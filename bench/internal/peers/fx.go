package peers

import (
	"context"

	"github.com/lifegen/lifegen/bench/internal/sys"
	"go.uber.org/fx"
)

// Fx is the system that starts an fx application of the given options.
func Fx(opts fx.Option) sys.System {
	return sys.System{Name: "fx", Start: func(ctx context.Context) (sys.Stopper, error) {
		app := fx.New(fx.NopLogger, opts)
		if err := app.Start(ctx); err != nil {
			return nil, err
		}
		return app, nil
	}}
}

// FxStop registers stop as the OnStop hook of a component provided to fx,
// as a person adapts a component whose constructor already started it.
func FxStop(lc fx.Lifecycle, stop func()) {
	lc.Append(fx.Hook{OnStop: func(context.Context) error { stop(); return nil }})
}
