package main

import (
	"path/filepath"

	"github.com/hashicorp/hcl/v2"

	"github.com/lifegen/lifegen/internal/goload"
	"github.com/lifegen/lifegen/spec"
)

// specJob is one spec on its way to a generated file.
type specJob struct {
	path  string     // the spec's path
	out   string     // where its Go file goes
	spec  *spec.Spec // parsed and checked
	valid bool       // the spec itself has no errors (see spec.ParseForTypes)
}

// load parses every spec, then reads the Go package each one's output
// belongs to (one go list per module for all of them, see goload.Load) and
// checks the spec against it with spec.CheckTypes. A spec whose package
// cannot be loaded at all gets spec.CheckWithoutTypes instead: a warning,
// and the first version's rules. A spec whose only errors are in values
// is checked too, so that all its mistakes come at once. It returns the
// specs without errors; every diagnostic goes to the session. generate,
// check and validate all go through here, so they report the same
// diagnostics.
func (s *session) load(paths []string, outputPath func(string) string) []specJob {
	var jobs []specJob
	for _, p := range paths {
		if sp, valid := s.parseForTypes(p); sp != nil {
			jobs = append(jobs, specJob{path: p, out: outputPath(p), spec: sp, valid: valid})
		}
	}
	if len(jobs) == 0 {
		return nil
	}
	reqs, reqOf := loadRequests(jobs)
	results := goload.Load(reqs)
	var ok []specJob
	for i, j := range jobs {
		r := results[reqOf[i]]
		var diags hcl.Diagnostics
		if r.Err != nil {
			diags = spec.CheckWithoutTypes(j.spec, r.Err)
		} else {
			diags = spec.CheckTypes(j.spec, r.Packages)
		}
		s.addDiags(diags)
		if j.valid && !diags.HasErrors() {
			ok = append(ok, j)
		}
	}
	return ok
}

// loadRequests builds one load request per output directory, with the
// import paths of all its specs, and says which request each job uses.
func loadRequests(jobs []specJob) ([]goload.Request, []int) {
	var reqs []goload.Request
	byDir := map[string]int{}
	reqOf := make([]int, len(jobs))
	for i, j := range jobs {
		dir := filepath.Dir(j.out)
		n, ok := byDir[dir]
		if !ok {
			n = len(reqs)
			byDir[dir] = n
			reqs = append(reqs, goload.Request{Dir: dir})
		}
		for _, imp := range j.spec.Imports {
			reqs[n].Imports = append(reqs[n].Imports, imp.Path)
		}
		reqOf[i] = n
	}
	return reqs, reqOf
}
