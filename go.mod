module github.com/ca-diplomacy/timeline

go 1.24

require (
	github.com/AlekSi/pointer v1.0.0 // indirect
	github.com/olebedev/when v1.1.0 // indirect
	github.com/pkg/errors v0.8.1 // indirect
)
