// Package wireshape shows, on three components, the shape of the wire
// provider graphs that run.sh generates for workload W3 (see
// specs.W3Files): one type and one provider per component, and an
// injector that lists every provider. It also keeps github.com/google/wire
// in go.mod, whose go.sum the W3 scratch module reuses.
package wireshape

// C0 is component 0.
type C0 struct{ id int }

// NewC0 provides component 0.
func NewC0() (*C0, error) { return &C0{id: 0}, nil }

// C1 is component 1.
type C1 struct{ id int }

// NewC1 provides component 1.
func NewC1(d0 *C0) (*C1, error) { return &C1{id: 1}, nil }

// C2 is component 2.
type C2 struct{ id int }

// NewC2 provides component 2.
func NewC2(d1 *C1) (*C2, error) { return &C2{id: 2}, nil }
