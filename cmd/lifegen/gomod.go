package main

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"

	"golang.org/x/mod/modfile"
)

// The module and command path of lifegen itself.
const (
	lifegenModule  = "github.com/lifegen/lifegen"
	lifegenCommand = lifegenModule + "/cmd/lifegen"
)

// moduleInfo is what init needs to know of the module a directory is in.
type moduleInfo struct {
	goMod    string // the go.mod file; "" when there is none
	tool     bool   // it has lifegen as a tool: a "tool" line or block entry
	requires bool   // it requires lifegen's module, or is that module
}

// findModule reads the go.mod that governs dir, found as the go command
// finds it: in dir or the nearest directory above that has one (dir need
// not exist yet). A go.mod that cannot be read or parsed counts as having
// neither the tool nor the requirement.
func findModule(dir string) moduleInfo {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return moduleInfo{}
	}
	for {
		path := filepath.Join(abs, "go.mod")
		data, err := os.ReadFile(path)
		switch {
		case err == nil:
			return parseModule(path, data)
		case !errors.Is(err, fs.ErrNotExist):
			return moduleInfo{goMod: path}
		}
		parent := filepath.Dir(abs)
		if parent == abs {
			return moduleInfo{}
		}
		abs = parent
	}
}

// parseModule reads what moduleInfo holds from the go.mod at path.
func parseModule(path string, data []byte) moduleInfo {
	info := moduleInfo{goMod: path}
	f, err := modfile.Parse(path, data, nil)
	if err != nil {
		return info
	}
	if f.Module != nil && f.Module.Mod.Path == lifegenModule {
		info.requires = true
	}
	for _, r := range f.Require {
		info.requires = info.requires || r.Mod.Path == lifegenModule
	}
	for _, t := range f.Tool {
		info.tool = info.tool || t.Path == lifegenCommand
	}
	return info
}
