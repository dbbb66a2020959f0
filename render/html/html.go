// Package html renders a timeline as an HTML page with go-echarts: the
// events on a time axis and a table of every event with its sources.
package html

import (
	"bytes"
	"fmt"
	"html/template"
	"io"

	"github.com/ca-diplomacy/timeline/timeline"
	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/components"
	"github.com/go-echarts/go-echarts/v2/opts"
)

// Write writes index.html: a time chart of the dated events, one series per
// type, and the event table. ECharts itself is loaded from its CDN for now.
// Options tune the page.
type Options struct {
	Title string
	Feeds []FeedLink
}

// FeedLink is a calendar the page links to.
type FeedLink struct {
	Path  string // relative to the page
	Name  string
	Group string // "", "country" or "type"
	Count int
}

func Write(w io.Writer, tl *timeline.Timeline, o Options) error {
	sc := charts.NewScatter()
	sc.SetGlobalOptions(
		charts.WithInitializationOpts(opts.Initialization{ChartID: "timechart", Width: "100%", Height: "420px"}),
		charts.WithTitleOpts(opts.Title{Title: "Diplomatic events"}),
		charts.WithXAxisOpts(opts.XAxis{Type: "time"}),
		charts.WithYAxisOpts(opts.YAxis{Type: "category"}),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "item"}),
		charts.WithDataZoomOpts(opts.DataZoom{Type: "slider"}, opts.DataZoom{Type: "inside"}),
	)
	byType := map[string][]opts.ScatterData{}
	var order []string
	for _, e := range tl.Events {
		if e.Date.Start.Year == 0 {
			continue
		}
		if _, ok := byType[e.Type]; !ok {
			order = append(order, e.Type)
		}
		byType[e.Type] = append(byType[e.Type], opts.ScatterData{
			Name:       e.Title,
			Value:      []any{e.Date.Start.Time().Format("2006-01-02"), e.Type},
			SymbolSize: 8 + 4*len(e.Sources),
		})
	}
	for _, t := range order {
		sc.AddSeries(t, byType[t])
	}
	page := components.NewPage()
	page.PageTitle = "timeline"
	page.AddCharts(sc)
	var chart bytes.Buffer
	if err := page.Render(&chart); err != nil {
		return err
	}
	if _, err := w.Write(chart.Bytes()); err != nil {
		return err
	}
	return table.Execute(w, tl)
}

var table = template.Must(template.New("t").Funcs(template.FuncMap{
	"date": func(e *timeline.Event) string {
		if !e.Dated {
			return "undated"
		}
		s := e.Date.Start.Format(e.Date.Precision)
		if e.Date.IsRange() {
			s += " – " + e.Date.End.Format(e.Date.Precision)
		}
		return s
	},
	"n": func(xs []timeline.Source) string { return fmt.Sprint(len(xs)) },
}).Parse(`
<table id="events"><thead><tr><th>Date</th><th>Type</th><th>Event</th><th>Status</th><th>Sources</th></tr></thead><tbody>
{{range .Events}}<tr id="event-{{.ID}}"><td>{{date .}}</td><td>{{.Type}}</td><td>{{.Title}}</td><td>{{.Status}}</td><td>{{range .Sources}}<blockquote>{{.Quote}} — {{if .URL}}<a href="{{.URL}}">{{.Article}}</a>{{else}}{{.Article}}{{end}}</blockquote>{{end}}</td></tr>
{{end}}</tbody></table>
`))
