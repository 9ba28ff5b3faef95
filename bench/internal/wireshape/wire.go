//go:build wireinject

package wireshape

import "github.com/google/wire"

// Initialize builds component 2 and everything it needs.
func Initialize() (*C2, error) {
	wire.Build(NewC0, NewC1, NewC2)
	return nil, nil
}
