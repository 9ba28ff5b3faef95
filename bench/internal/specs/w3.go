package specs

import (
	"bytes"
	"fmt"

	"github.com/lifegen/lifegen/bench/internal/dag"
)

// W3Sizes are the graph sizes of workload W3.
var W3Sizes = []int{100, 1000, 10000}

// W3Spec is the lifecycle spec of W3 for n components (the W1 graph).
func W3Spec(n int) []byte {
	return GraphSpec("w3", "parallel", Module+"/w3/comps", dag.W1(n))
}

// W3Files are the inputs of W3, written to a scratch directory by
// run.sh: lifegen/nN/lifecycle.hcl, and a module wire/ (go.mod, the given
// go.sum) with one package nN per size holding the same graph as wire
// providers and an injector.
func W3Files(goSum []byte) ([]File, error) {
	out := []File{
		{"wire/go.mod", []byte("module wirebench\n\ngo 1.26\n\nrequire github.com/google/wire v0.7.0\n")},
		{"wire/go.sum", goSum},
	}
	for _, n := range W3Sizes {
		out = append(out, File{fmt.Sprintf("lifegen/n%d/lifecycle.hcl", n), W3Spec(n)})
		prov, err := gofmt(wireProviders(n))
		if err != nil {
			return nil, err
		}
		inj, err := gofmt(wireInjector(n))
		if err != nil {
			return nil, err
		}
		out = append(out, File{fmt.Sprintf("wire/n%d/providers.go", n), prov}, File{fmt.Sprintf("wire/n%d/wire.go", n), inj})
	}
	return out, nil
}

func wireProviders(n int) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "// %s\n\npackage n%d\n", Header, n)
	for i, ds := range dag.W1(n).Deps {
		fmt.Fprintf(&b, "\ntype C%d struct{ id int }\n\nfunc NewC%d(%s) (*C%d, error) { return &C%d{id: %d}, nil }\n",
			i, i, params("", ds)[min(2, len(params("", ds))):], i, i, i)
	}
	return b.Bytes()
}

func wireInjector(n int) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "//go:build wireinject\n\n// %s\n\npackage n%d\n\nimport \"github.com/google/wire\"\n\n", Header, n)
	fmt.Fprintf(&b, "func Initialize() (*C%d, error) {\nwire.Build(\n", n-1)
	for i := range n {
		fmt.Fprintf(&b, "NewC%d,\n", i)
	}
	b.WriteString(")\nreturn nil, nil\n}\n")
	return b.Bytes()
}
