// Package templates holds the text templates of what lifegen writes
// besides Go wiring: the starter files of `lifegen init` and the
// deployment fragments of `lifegen deploy`. The command reads them; the
// generated Go code never does.
package templates
