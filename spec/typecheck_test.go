package spec_test

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"

	"github.com/hashicorp/hcl/v2"

	"github.com/lifegen/lifegen/internal/goload"
	"github.com/lifegen/lifegen/spec"
)

// typesCorpus is testdata/types: one module (go.mod at its root) whose
// directories each hold a small Go package and a lifecycle.hcl whose
// markers ("# ERROR: summary", as in testdata/bad) say which diagnostics
// checking the spec against that package gives, and where. A spec without
// markers must give none. The case "fallback" is checked as if its package
// could not be loaded (spec.CheckWithoutTypes).
const typesCorpus = "testdata/types"

// corpusCase is one directory of the corpus, parsed and loaded.
type corpusCase struct {
	name  string
	path  string // the spec
	src   []byte
	spec  *spec.Spec
	diags hcl.Diagnostics // Parse's, then CheckTypes'
	pkgs  *spec.Packages  // what the loader read for its directory
}

var (
	corpusOnce  sync.Once
	corpusCases []*corpusCase
	corpusErr   error
)

// loadCorpus parses every spec of the corpus and loads all their packages
// with one call of the loader the command uses (one go list), then checks
// each spec against its package. It runs once per test binary.
func loadCorpus(t *testing.T) []*corpusCase {
	t.Helper()
	corpusOnce.Do(func() {
		specs, err := filepath.Glob(filepath.Join(typesCorpus, "*", "lifecycle.hcl"))
		if err != nil || len(specs) == 0 {
			corpusErr = err
			return
		}
		var reqs []goload.Request
		var imports []string
		for _, path := range specs {
			src, err := os.ReadFile(path)
			if err != nil {
				corpusErr = err
				return
			}
			c := &corpusCase{name: filepath.Base(filepath.Dir(path)), path: path, src: src}
			c.spec, c.diags = spec.Parse(path, src)
			corpusCases = append(corpusCases, c)
			if c.spec != nil {
				for _, imp := range c.spec.Imports {
					imports = append(imports, imp.Path)
				}
			}
			reqs = append(reqs, goload.Request{Dir: filepath.Dir(path)})
		}
		// Every directory gets every import path of the corpus, so that the
		// tests can check specs of their own against any case's package.
		for i := range reqs {
			reqs[i].Imports = imports
		}
		for i, r := range goload.Load(reqs) {
			c := corpusCases[i]
			c.pkgs = r.Packages
			switch {
			case c.spec == nil:
			case r.Err != nil:
				corpusErr = r.Err
				return
			case c.name == "fallback":
				c.diags = append(c.diags, spec.CheckWithoutTypes(c.spec, errors.New("no go.mod"))...)
			default:
				c.diags = append(c.diags, spec.CheckTypes(c.spec, r.Packages)...)
			}
		}
	})
	if corpusErr != nil || len(corpusCases) == 0 {
		t.Fatalf("loading the corpus: %v", corpusErr)
	}
	return corpusCases
}

// TestTypesCorpus checks every case of the corpus against its markers.
func TestTypesCorpus(t *testing.T) {
	for _, c := range loadCorpus(t) {
		t.Run(c.name, func(t *testing.T) {
			spec.MatchMarkers(t, spec.ReadMarkers(t, c.src), c.diags)
		})
	}
}

// corpusCase returns the case named name.
func findCase(t *testing.T, name string) *corpusCase {
	t.Helper()
	cases := loadCorpus(t)
	i := slices.IndexFunc(cases, func(c *corpusCase) bool { return c.name == name })
	if i < 0 {
		t.Fatalf("no corpus case %q", name)
	}
	return cases[i]
}
