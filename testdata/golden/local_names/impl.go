package local_names

import (
	"context"
	"fmt"
)

// Echo remembers what it was built with.
type Echo struct{ Said string }

// NewEcho joins its arguments.
func NewEcho(_ context.Context, a string, components int, describe string, i, appComponents int) (*Echo, error) {
	return &Echo{Said: fmt.Sprint(a, components, describe, i, appComponents)}, nil
}
