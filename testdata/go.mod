module lifegen.test

go 1.26

require (
	github.com/lifegen/lifegen v0.0.0
	go.uber.org/goleak v1.3.0
)

replace github.com/lifegen/lifegen => ../
