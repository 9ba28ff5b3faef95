package main

import (
	"runtime/debug"
	"testing"
)

func TestModuleVersion(t *testing.T) {
	tests := []struct {
		name string
		info *debug.BuildInfo
		ok   bool
		want string
	}{
		{"no build info", nil, false, "(devel)"},
		{"checkout", &debug.BuildInfo{Main: debug.Module{Path: modulePath, Version: "(devel)"}}, true, "(devel)"},
		{"go run module@version", &debug.BuildInfo{Main: debug.Module{Path: modulePath, Version: "v1.2.0"}}, true, "v1.2.0"},
		{"tool of another module", &debug.BuildInfo{
			Main: debug.Module{Path: "example.com/app", Version: "(devel)"},
			Deps: []*debug.Module{{Path: "github.com/spf13/cobra", Version: "v1.10.2"}, {Path: modulePath, Version: "v0.3.1"}},
		}, true, "v0.3.1"},
		{"replaced", &debug.BuildInfo{
			Main: debug.Module{Path: "example.com/app"},
			Deps: []*debug.Module{{Path: modulePath, Version: "v0.3.1", Replace: &debug.Module{Path: "../lifegen"}}},
		}, true, "(devel)"},
		{"unrelated main", &debug.BuildInfo{Main: debug.Module{Path: "example.com/app", Version: "v9.9.9"}}, true, "(devel)"},
	}
	for _, tt := range tests {
		if got := moduleVersion(tt.info, tt.ok); got != tt.want {
			t.Errorf("%s: moduleVersion = %q, want %q", tt.name, got, tt.want)
		}
	}
}
