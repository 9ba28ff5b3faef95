package spec

// Test helpers shared with the external tests of package spec_test.
var (
	ReadMarkers  = readMarkers
	MatchMarkers = matchMarkers
)
