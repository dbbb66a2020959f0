module github.com/ca-diplomacy/timeline

go 1.24

require (
	github.com/arran4/golang-ical v0.3.6
	github.com/go-echarts/go-echarts/v2 v2.7.2
	github.com/olebedev/when v1.1.0
	github.com/urfave/cli/v2 v2.27.7
)

require (
	github.com/AlekSi/pointer v1.0.0 // indirect
	github.com/cpuguy83/go-md2man/v2 v2.0.7 // indirect
	github.com/pkg/errors v0.8.1 // indirect
	github.com/russross/blackfriday/v2 v2.1.0 // indirect
	github.com/xrash/smetrics v0.0.0-20240521201337-686a1a2994c1 // indirect
)
