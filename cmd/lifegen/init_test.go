package main

import (
	"regexp"
	"slices"
	"testing"
)

// TestStarterNames checks that the next steps name exactly the Go types,
// functions and methods that the starter spec uses, in its order.
func TestStarterNames(t *testing.T) {
	var types, funcs, methods []string
	typ := ""
	for _, m := range regexp.MustCompile(`(?m)^\s*(type|start|handler|run|stop|check)\s*=\s*"(\*?)(\w+)"`).FindAllStringSubmatch(starterSpec, -1) {
		switch m[1] {
		case "type":
			typ = m[2] + m[3]
			if !slices.Contains(types, m[3]) {
				types = append(types, m[3])
			}
		case "start", "handler":
			funcs = append(funcs, m[3])
		default:
			methods = append(methods, "("+typ+")."+m[3])
		}
	}
	for _, c := range []struct {
		what       string
		spec, next []string
	}{{"types", types, starterTypes}, {"functions", funcs, starterFuncs}, {"methods", methods, starterMethods}} {
		if !slices.Equal(c.spec, c.next) {
			t.Errorf("the starter spec names the %s %q, the next steps %q", c.what, c.spec, c.next)
		}
	}
}
