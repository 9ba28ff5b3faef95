package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// defaultSpec is the spec used when no SPEC argument is given.
const defaultSpec = "lifecycle.hcl"

// isSpecName reports whether a file name found in a directory is a spec:
// lifecycle.hcl, lifecycle.hcl.json, *.lifecycle.hcl or *.lifecycle.hcl.json.
func isSpecName(name string) bool {
	for _, s := range []string{"lifecycle.hcl", "lifecycle.hcl.json"} {
		if name == s || strings.HasSuffix(name, "."+s) {
			return true
		}
	}
	return false
}

// resolveSpecs turns SPEC arguments into spec file paths, in argument order
// and without repeats. Paths keep the form the user gave (relative stays
// relative). A file argument is returned as is, even if it does not exist:
// reading it reports the error. Arguments that match nothing give an error
// each; the paths of the other arguments are still returned.
func resolveSpecs(args []string) ([]string, []error) {
	if len(args) == 0 {
		args = []string{defaultSpec}
	}
	var paths []string
	var errs []error
	seen := map[string]bool{}
	for _, arg := range args {
		found, err := resolveArg(arg)
		if err != nil {
			errs = append(errs, err)
		}
		for _, p := range found {
			if key := filepath.Clean(p); !seen[key] {
				seen[key] = true
				paths = append(paths, p)
			}
		}
	}
	return paths, errs
}

// resolveArg resolves one SPEC argument: a DIR/... pattern, a directory or
// a file.
func resolveArg(arg string) ([]string, error) {
	if root, ok := cutPattern(arg); ok {
		found, err := walkSpecs(root)
		if err == nil && len(found) == 0 {
			err = fmt.Errorf("pattern %s: no spec files found", arg)
		}
		return found, err
	}
	if fi, err := os.Stat(arg); err == nil && fi.IsDir() {
		found, err := dirSpecs(arg)
		if err == nil && len(found) == 0 {
			err = fmt.Errorf("no spec files in directory %s (want lifecycle.hcl, lifecycle.hcl.json, *.lifecycle.hcl or *.lifecycle.hcl.json)", arg)
		}
		return found, err
	}
	return []string{arg}, nil
}

// cutPattern reports whether arg is a recursive pattern, "..." or
// "DIR/...", and returns the directory to walk.
func cutPattern(arg string) (string, bool) {
	if arg == "..." {
		return ".", true
	}
	root, ok := strings.CutSuffix(filepath.ToSlash(arg), "/...")
	if !ok {
		return "", false
	}
	if root == "" {
		root = "/"
	}
	return filepath.FromSlash(root), true
}

// dirSpecs returns the spec files directly in dir, sorted by name.
func dirSpecs(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var found []string
	for _, e := range entries {
		if !e.IsDir() && isSpecName(e.Name()) {
			found = append(found, filepath.Join(dir, e.Name()))
		}
	}
	return found, nil
}

// walkSpecs returns the spec files in root and its subdirectories, like the
// go command's "./...": directories named testdata or vendor, starting
// with "." or "_", or holding another module's go.mod are skipped (root
// itself never is). The order is
// WalkDir's: a directory's specs, sorted, then its subdirectories in
// lexical order.
func walkSpecs(root string) ([]string, error) {
	var found []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			return nil
		}
		if path != root && (skipDir(d.Name()) || isModuleRoot(path)) {
			return filepath.SkipDir
		}
		specs, err := dirSpecs(path)
		found = append(found, specs...)
		return err
	})
	return found, err
}

// isModuleRoot reports whether dir holds a go.mod: like the go command,
// "./..." does not descend into another module (examples/shop, bench).
func isModuleRoot(dir string) bool {
	_, err := os.Stat(filepath.Join(dir, "go.mod"))
	return err == nil
}

// skipDir reports whether "./..." skips a directory of this name.
func skipDir(name string) bool {
	return name == "testdata" || name == "vendor" ||
		strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")
}
