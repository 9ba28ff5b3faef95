package main

import (
	"regexp"
	"testing"
)

// TestStarterNames checks that the next steps name exactly the Go types
// and functions that the starter spec uses.
func TestStarterNames(t *testing.T) {
	var used []string
	for _, m := range regexp.MustCompile(`(?m)^\s*(?:type|start|handler)\s*=\s*"\*?(\w+)"`).FindAllStringSubmatch(starterSpec, -1) {
		used = append(used, m[1])
	}
	if len(used) != len(starterNames) {
		t.Fatalf("the starter spec names %q, the next steps %q", used, starterNames)
	}
	for i := range used {
		if used[i] != starterNames[i] {
			t.Fatalf("the starter spec names %q, the next steps %q", used, starterNames)
		}
	}
}
