package main

import (
	"cmp"
	"fmt"
	"go/build/constraint"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"unicode"
)

// resolvePackage returns the package clause for a file generated into dir
// when the spec does not set lifegen.package (which the generator applies
// first). The first of these that applies, as docs/cli.md documents:
//
//  1. the --package flag (flagPkg);
//  2. $GOPACKAGE, set by go generate, when dir is the current directory
//     (go generate runs in the package's directory, and the variable says
//     nothing about other directories);
//  3. the package of the .go files already in dir (see dirPackage);
//  4. main, when dir is a directory of a directory named cmd: cmd/NAME is
//     where Go projects keep their commands;
//  5. dir's base name made into an identifier (see sanitizeIdent).
func resolvePackage(dir, flagPkg string, getenv func(string) string) (string, error) {
	if flagPkg != "" {
		return flagPkg, nil
	}
	if p := getenv("GOPACKAGE"); p != "" && isWorkingDir(dir) {
		return p, nil
	}
	if p, err := dirPackage(dir); err != nil || p != "" {
		return p, err
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	if filepath.Base(filepath.Dir(abs)) == "cmd" {
		return "main", nil
	}
	return sanitizeIdent(filepath.Base(abs)), nil
}

// isWorkingDir reports whether dir is the current working directory.
func isWorkingDir(dir string) bool {
	abs, err := filepath.Abs(dir)
	wd, werr := os.Getwd()
	return err == nil && werr == nil && abs == wd
}

// dirPackage returns the package name of the Go files in dir, or "" when
// there are none (a missing dir has none). It reads only package clauses
// and skips what the go command would not build as that package: test
// files, files starting with "." or "_", files whose package ends in
// "_test", files excluded by a build constraint such as //go:build ignore,
// and files that do not parse. If the files disagree, the most common
// package wins, ties going to the alphabetically first.
func dirPackage(dir string) (string, error) {
	entries, err := os.ReadDir(dir)
	if os.IsNotExist(err) {
		return "", nil
	}
	if err != nil {
		return "", err
	}
	count := map[string]int{}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") ||
			strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") {
			continue
		}
		if p := filePackage(filepath.Join(dir, name)); p != "" && !strings.HasSuffix(p, "_test") {
			count[p]++
		}
	}
	return mostCommon(count), nil
}

// filePackage returns the package clause of a Go file, or "" when it does
// not parse or a build constraint excludes it.
func filePackage(path string) string {
	f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.PackageClauseOnly|parser.ParseComments)
	if err != nil {
		return ""
	}
	for _, g := range f.Comments {
		if g.Pos() > f.Package {
			break
		}
		for _, c := range g.List {
			if excludedByConstraint(c.Text) {
				return ""
			}
		}
	}
	return f.Name.Name
}

// excludedByConstraint reports whether a comment is a //go:build line that
// excludes the file on every platform: one that is false when "ignore" is
// false and every other tag is true (//go:build ignore, //go:build tools &&
// ignore, ...).
func excludedByConstraint(comment string) bool {
	if !constraint.IsGoBuild(comment) {
		return false
	}
	expr, err := constraint.Parse(comment)
	return err == nil && !expr.Eval(func(tag string) bool { return tag != "ignore" })
}

// mostCommon returns the key with the highest count, ties going to the
// smallest key; "" for an empty map.
func mostCommon(count map[string]int) string {
	best := ""
	for p, n := range count {
		if best == "" || n > count[best] || n == count[best] && cmp.Less(p, best) {
			best = p
		}
	}
	return best
}

// sanitizeIdent makes a directory name into a package name: lower-cased,
// every character that cannot appear in an identifier replaced by '_', a
// leading digit prefixed with '_', and a Go keyword suffixed with '_'.
// A name that leaves nothing usable (such as "/" or "-") gives "pkg".
func sanitizeIdent(name string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(name) {
		if r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		} else {
			b.WriteByte('_')
		}
	}
	id := b.String()
	switch {
	case strings.Trim(id, "_") == "":
		return "pkg"
	case unicode.IsDigit([]rune(id)[0]):
		return "_" + id
	case token.IsKeyword(id):
		return id + "_"
	}
	return id
}

// checkPackageName reports whether a --package value can be a package
// clause.
func checkPackageName(name string) error {
	if name == "" || token.IsIdentifier(name) && name != "_" {
		return nil
	}
	return fmt.Errorf("invalid --package %q: not a Go identifier", name)
}
