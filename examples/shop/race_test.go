//go:build race

package main

// raceEnabled: the test binary was built with -race, and so is the shop
// binary that the tests build and run.
const raceEnabled = true
