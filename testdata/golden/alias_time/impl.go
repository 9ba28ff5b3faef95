package alias_time

import (
	"context"
	"time"
)

type Ticker struct{ Every time.Duration }

func NewTicker(ctx context.Context, every time.Duration) (*Ticker, error) {
	return &Ticker{Every: every}, nil
}
