// Package html renders a timeline as self-contained, interactive HTML
// pages: a time chart, a calendar heatmap per year, a map and a who-meets-whom
// graph drawn with ECharts (options built with go-echarts), a searchable,
// filterable event table with each event's sources, and links to the feeds.
// WritePage writes a page of a list of events (a year, a month); WriteOverview
// writes a page of counts over any number of events, with the agenda and
// links to the pages of events, so that no page grows with the timeline.
//
// The page makes no network request: ECharts, topojson-client and the world
// map are embedded, packed (see Encoding), from assets/dist, the files of
// the npm packages that assets/package-lock.json pins (refreshed by
// `go generate ./render/html`, checked against the lock file by
// TestAssetsMatchLock).
//
// Article text reaches the page only inside <script type="application/json">
// elements, packed (see Encoding) or as JSON (encoding/json escapes <, >
// and &), and is put into the document with textContent; links are kept
// only for http(s) URLs.
package html

import (
	"embed"
	"encoding/json"
	"fmt"
	"html/template"
	"io"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/ca-diplomacy/timeline/parse/places"
	"github.com/ca-diplomacy/timeline/render/table"
	"github.com/ca-diplomacy/timeline/timeline"
	"github.com/ca-diplomacy/timeline/timeline/parallel"
	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
	"github.com/go-echarts/go-echarts/v2/types"
)

//go:generate ./assets/gen.sh

//go:embed assets/dist
var dist embed.FS

//go:embed page.html page.js page.css
var pageFiles embed.FS

// OverviewYears is how many years, the latest, the overview's heatmap
// draws: a calendar a year, each as tall as the others, would make the
// overview grow with the timeline.
const OverviewYears = 3

// LargeThreshold is the number of points past which a series draws in
// ECharts' large mode.
const LargeThreshold = 2000

// Chart ids, for tests and for html-check's --hover.
const (
	TimeChart = "timechart"
	Heatmap   = "heatmap"
	Map       = "map"
	Graph     = "graph"
)

// Options tune the page.
type Options struct {
	Title string
	Feeds []FeedLink
	// NoLibraries leaves ECharts and the map out of the page (it will not
	// draw): for comparing pages whatever the build embeds.
	NoLibraries bool
	// Heading names what the page's table holds ("Events of 2024"); "All
	// events" when empty.
	Heading string
	// Nav links the page to the others of its site (the overview, the
	// pages before and after it).
	Nav []Link
	// Pages are the pages of events an overview links to, with the month
	// each holds, if a month.
	Pages []Link
}

// Link is a page of a site.
type Link struct {
	Path  string // relative to the page
	Text  string
	Count int    // of the events on the page, shown when not 0
	Month string // "2024-03" when the page holds a month, "2024" a year
}

// FeedLink is a calendar the page links to.
type FeedLink struct {
	Path  string // relative to the page
	Name  string
	Group string // "", "country", "type" or "year"
	Count int
}

// Event is an event as the page's script reads it: its row of the table
// (package table), which the page's CSV gives as it is and in which the
// script finds the event's id, type, precision, dates, status, note,
// countries and coordinates, and what the row does not say as the page
// shows it.
type Event struct {
	Row []string `json:"row"`
	// Title and Place are given when the row's cells differ, kept from
	// spreadsheets' formulas ("'=…").
	Title string `json:"title,omitempty"`
	Place string `json:"place,omitempty"`
	Start string `json:"start,omitempty"` // the first day it covers, when its year is known
	Last  string `json:"last,omitempty"`  // the last day it covers (of its month or year)
	// Unconfirmed: a plan whose days were over, unreported, when the page
	// was built.
	Unconfirmed bool     `json:"unconfirmed,omitempty"`
	MovedFrom   []string `json:"moved_from,omitempty"` // the dates a plan put off was moved from
	Corrected   bool     `json:"corrected,omitempty"`  // by an editor, who may say why
	EditorNote  string   `json:"editor_note,omitempty"`
	Names       []string `json:"names"` // participants as written: countries, groups, people
	Sources     []Source `json:"sources"`
	Disagree    []string `json:"disagree,omitempty"`
}

// The columns of the row the page's events may differ from.
var (
	titleColumn = slices.Index(table.Header, "title")
	placeColumn = slices.Index(table.Header, "place")
)

// Source is one article's quote: the article is the index of one of the
// page's Refs.Articles, said once however many events quote it.
type Source struct {
	Article int    `json:"article"`
	Quote   string `json:"quote"`
}

// Article is an article the events of a page quote.
type Article struct {
	ID        string `json:"id"`
	URL       string `json:"url,omitempty"`
	Language  string `json:"language,omitempty"`
	Outlet    string `json:"outlet,omitempty"`
	Title     string `json:"title,omitempty"`
	Published string `json:"published,omitempty"` // as shown: "14 Nov 2025"
}

// Refs are what the events of a page refer to, each said once: the
// articles they quote, in the order of their first quote, and the label
// of each of their types.
type Refs struct {
	Articles []Article               `json:"articles"`
	Labels   map[string]string       `json:"labels"`
	index    map[timeline.Source]int // by a source without its quote
}

func newRefs() *Refs {
	return &Refs{Articles: []Article{}, Labels: map[string]string{}, index: map[timeline.Source]int{}}
}

// add numbers the articles of the events not numbered yet.
func (r *Refs) add(es []*timeline.Event) {
	for _, e := range es {
		r.Labels[e.Type] = timeline.Label(e.Type)
		for _, s := range e.Sources {
			if _, ok := r.index[s.Unquoted()]; !ok {
				r.index[s.Unquoted()] = len(r.Articles)
				r.Articles = append(r.Articles, article(s))
			}
		}
	}
}

func article(s timeline.Source) Article {
	a := Article{ID: s.Article, URL: SafeURL(s.URL), Language: s.Language, Outlet: s.Outlet, Title: s.Title}
	if !s.Published.IsZero() {
		a.Published = s.Published.Time().Format("2 Jan 2006")
	}
	return a
}

// SafeURL keeps http and https URLs and drops every other scheme
// (javascript:, data:, …).
func SafeURL(u string) string {
	t := strings.TrimSpace(u)
	l := strings.ToLower(t)
	if strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "http://") {
		return t
	}
	return ""
}

// tally is what the charts draw, summed up event by event. The charts hold
// no list of the events: the page's script draws the time chart's points
// and finds the map's events in the page's data, so drawing them takes
// memory for the types, days, places and countries, not for each event.
type tally struct {
	labels map[string]int // dated events of each type's label
	years  map[string]bool
	// perYear counts the dated events of each year, for the time chart's
	// first view
	perYear map[int]int
	perDay  map[string]int // events of a day (at the precision of a day)
	spots   map[[2]float64]*spot
	at      [][2]float64 // the spots, in the order of their first event
	count   map[string]int
	pair    map[[2]string]int
	// months counts the dated events of each month ("2024-03") by type
	// label and by country name, for the time chart in counts
	months, monthsByCountry map[string]map[string]int
}

// spot is a place of the map.
type spot struct {
	name string
	n    int
}

func newTally() *tally {
	return &tally{labels: map[string]int{}, years: map[string]bool{}, perYear: map[int]int{}, perDay: map[string]int{},
		spots: map[[2]float64]*spot{}, count: map[string]int{}, pair: map[[2]string]int{},
		months: map[string]map[string]int{}, monthsByCountry: map[string]map[string]int{}}
}

// addMonth counts one event of month m in group g of counts.
func addMonth(counts map[string]map[string]int, g, m string) {
	if counts[g] == nil {
		counts[g] = map[string]int{}
	}
	counts[g][m]++
}

// add counts the summary of one event (see summary).
func (t *tally) add(ev *facts) {
	if ev.start != "" {
		t.labels[ev.label]++
		t.years[ev.year] = true
		y, _ := strconv.Atoi(ev.year)
		t.perYear[y]++
		if ev.precision == "day" { // a month or a year is no day of the calendar
			t.perDay[ev.start]++
		}
		m := ev.start[:7]
		addMonth(t.months, ev.label, m)
		if len(ev.countries) == 0 {
			addMonth(t.monthsByCountry, "—", m)
		}
		for _, c := range ev.countries {
			addMonth(t.monthsByCountry, places.Default().CountryName(c), m)
		}
	}
	if ev.geo != nil {
		s := t.spots[*ev.geo]
		if s == nil {
			s = &spot{name: ev.place}
			t.spots[*ev.geo] = s
			t.at = append(t.at, *ev.geo)
		}
		s.n++
	}
	cs := slices.Clone(ev.countries)
	sort.Strings(cs)
	for i, a := range cs {
		t.count[a]++
		for _, b := range cs[i+1:] {
			t.pair[[2]string{a, b}]++
		}
	}
}

// A Tally sums up a timeline's events for the head of its page (the
// counts and the charts), a list of events at a time: the page of a
// timeline.Stream is written after one pass over the events to tally them
// and in another that writes them.
type Tally struct {
	t              *tally
	dated, undated int
}

// NewTally starts a Tally of no event.
func NewTally() *Tally { return &Tally{t: newTally()} }

// Add counts the events, dated ones or (undated true) undated ones.
func (t *Tally) Add(es []*timeline.Event, undated bool) {
	for _, e := range es {
		f := summary(e)
		t.t.add(&f)
	}
	if undated {
		t.undated += len(es)
	} else {
		t.dated += len(es)
	}
}

// lastYears is the tally of the days of its last n years.
func (t *tally) lastYears(n int) *tally {
	years := t.sortedYears()
	if len(years) <= n {
		return t
	}
	keep := years[len(years)-n:]
	out := *t
	out.years, out.perDay = map[string]bool{}, map[string]int{}
	for _, y := range keep {
		out.years[y] = true
	}
	for d, c := range t.perDay {
		if out.years[d[:4]] {
			out.perDay[d] = c
		}
	}
	return &out
}

func (t *tally) sortedYears() []string {
	out := make([]string, 0, len(t.years))
	for y := range t.years {
		out = append(out, y)
	}
	sort.Strings(out)
	return out
}

// facts are what the charts read of an event.
type facts struct {
	label, precision, start, year, place string
	countries                            []string // participants and host
	geo                                  *[2]float64
}

// summary is what the charts read of e: its type's label, start, place
// and countries, without what only the table shows (its id, date as
// written, names, sources), worked out without e.JSON.
func summary(e *timeline.Event) facts {
	f := facts{label: timeline.Label(e.Type), place: e.Where()}
	if e.Dated {
		f.precision = e.Date.Precision.String()
		if e.Date.Start.Year != 0 {
			f.start = e.Date.Start.Time().Format("2006-01-02")
			f.year = fmt.Sprint(e.Date.Start.Year)
		}
	}
	if e.Place.HasGeo {
		f.geo = &[2]float64{e.Place.Lon, e.Place.Lat}
	}
	f.countries = slices.Clone(e.Codes)
	if c := e.Place.Country; c != "" && !slices.Contains(f.countries, c) {
		f.countries = append(f.countries, c)
	}
	return f
}

// event is the page's event of e, its sources numbered by r.
func event(e *timeline.Event, r *Refs) Event {
	j := e.JSON()
	ev := Event{Row: table.Row(e), Unconfirmed: e.Unconfirmed, MovedFrom: j.MovedFrom, Corrected: e.Corrected,
		EditorNote: e.EditorNote, Names: []string{}, Sources: []Source{}, Disagree: e.Disagreement}
	if ev.Row[titleColumn] != e.Title {
		ev.Title = e.Title
	}
	if p := e.Where(); ev.Row[placeColumn] != p {
		ev.Place = p
	}
	if e.Dated && e.Date.Start.Year != 0 {
		ev.Start = e.Date.Start.Time().Format("2006-01-02")
		ev.Last = e.LastDay().Time().Format("2006-01-02")
	}
	for _, p := range j.Participants {
		name := p.Name
		if p.Office != "" {
			name = p.Office + " " + p.Name
		}
		if p.Role != "" {
			name += " (" + p.Role + ")"
		}
		ev.Names = append(ev.Names, name)
	}
	for _, s := range e.Sources {
		ev.Sources = append(ev.Sources, Source{Article: r.index[s.Unquoted()], Quote: s.Quote})
	}
	return ev
}

// scriptJSON marshals v for a <script type="application/json"> element:
// encoding/json escapes <, > and &, so no text can close the element.
func scriptJSON(v any) (template.JS, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return "", err
	}
	return template.JS(b), nil
}

// chartJSON is the ECharts option of a go-echarts chart, with what more
// sets in it (options go-echarts has no field for).
func chartJSON(c interface {
	Validate()
	JSON() map[string]interface{}
}, more ...func(map[string]any)) (template.JS, error) {
	c.Validate()
	o := c.JSON()
	for _, f := range more {
		f(o)
	}
	// go-echarts fills JS-function formatters as strings; the page's script
	// sets its own, so none is kept.
	if t, ok := o["tooltip"].(opts.Tooltip); ok {
		t.Formatter = ""
		o["tooltip"] = t
	}
	return scriptJSON(o)
}

type page struct {
	Title     string
	CSVHeader template.JS // the table's columns (package table)
	// CountryNames names the countries of the events by code, for the
	// table's filter.
	CountryNames template.JS
	Count        int
	Undated      int
	Heading      string
	Overview     bool
	Nav          []Link
	Years        []yearLinks
	MonthCounts  template.JS
	NoLibraries  bool
	Libraries    template.HTML
	Charts       []chart
	Feeds        []FeedLink
	Countries    []FeedLink
	Types        []FeedLink
	Archives     []FeedLink
	Script       template.JS
	Style        template.CSS
}

type chart struct {
	ID, Title, Note string
	Height          string
	Option          template.JS
	Summary         string // what the chart shows, for those who cannot see it
}

// Write writes the page of every event of the timeline.
func Write(w io.Writer, tl *timeline.Timeline, o Options) error {
	return WritePage(w, tl.Events, tl.Undated, o)
}

// WritePage writes a page of the dated events (in order) and the undated
// ones: its charts and its table show them all.
func WritePage(w io.Writer, dated, undated []*timeline.Event, o Options) error {
	t := NewTally()
	t.Add(dated, false)
	t.Add(undated, true)
	return write(w, t, false, o, dated, undated)
}

// WriteOverview writes a page of counts, whatever their number: its charts
// draw the events sum tallied, its agenda and table show the events of
// agenda (those coming up and the latest held, in order), and it links to
// o.Pages, where every event is.
func WriteOverview(w io.Writer, sum *Tally, agenda []*timeline.Event, o Options) error {
	return write(w, sum, true, o, agenda)
}

// yearLinks are the pages of a year an overview links to: the year's, or
// its months'.
type yearLinks struct {
	Year   string
	Page   *Link
	Months []Link
}

func byYear(pages []Link) []yearLinks {
	var out []yearLinks
	for _, l := range pages {
		y, _, _ := strings.Cut(l.Month, "-")
		if len(out) == 0 || out[len(out)-1].Year != y || y == "" {
			out = append(out, yearLinks{Year: y})
		}
		last := &out[len(out)-1]
		if strings.Contains(l.Month, "-") {
			last.Months = append(last.Months, l)
		} else {
			last.Page = &l
		}
	}
	return out
}

// monthCounts is what the time chart draws in counts a month: a series per
// type and per country, and the page of each month on an overview.
type monthCounts struct {
	Type    []monthSeries     `json:"type"`
	Country []monthSeries     `json:"country"`
	Pages   map[string]string `json:"pages,omitempty"` // "2024-03" or "2024" → its page
}

type monthSeries struct {
	Name string   `json:"name"`
	Data [][2]any `json:"data"` // ["2024-03", 12]
}

func seriesOf(counts map[string]map[string]int) []monthSeries {
	out := []monthSeries{}
	for _, g := range sortedByName(counts) {
		s := monthSeries{Name: g, Data: [][2]any{}}
		for _, m := range sortedByName(counts[g]) {
			s.Data = append(s.Data, [2]any{m, counts[g][m]})
		}
		out = append(out, s)
	}
	return out
}

func sortedByName[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// write writes a page of the charts of sum and the events of lists.
func write(w io.Writer, sum *Tally, overview bool, o Options, lists ...[]*timeline.Event) error {
	if o.Title == "" {
		o.Title = "Diplomatic calendar"
	}
	if o.Heading == "" {
		o.Heading = "All events"
	}
	t := sum.t
	nYears := len(t.years)
	p := page{Title: o.Title, Heading: o.Heading, Overview: overview, Nav: o.Nav, Years: byYear(o.Pages),
		Count: sum.dated, Undated: sum.undated, NoLibraries: o.NoLibraries}
	if !o.NoLibraries {
		p.Libraries = libraries()
	}
	for _, f := range o.Feeds {
		switch f.Group {
		case "country":
			p.Countries = append(p.Countries, f)
		case "type":
			p.Types = append(p.Types, f)
		case "year":
			p.Archives = append(p.Archives, f)
		default:
			p.Feeds = append(p.Feeds, f)
		}
	}
	builders := []struct {
		id, title, note, height string
		build                   func(*tally) (template.JS, error)
		describe                func(*tally) string
	}{
		{TimeChart, "Events in time", "drag the slider or scroll to zoom, click a point for the event", "440px", timeChart, describeTime},
		{Heatmap, "Events per day", "one calendar per year", "", heatmap, describeHeatmap},
		{Map, "Where", "event places, sized by the number of events", "520px", mapChart, describeMap},
		{Graph, "Who meets whom", "countries linked by the events they share", "560px", graph, describeGraph},
	}
	days := t // what the heatmap draws
	if overview {
		builders[0].note = "events a month; click a bar for its page"
		if nYears > OverviewYears {
			days = t.lastYears(OverviewYears)
			nYears = OverviewYears
			builders[1].note = fmt.Sprintf("one calendar a year, the last %d; earlier years on their pages", OverviewYears)
		}
	}
	for _, b := range builders {
		of := t
		if b.id == Heatmap {
			of = days
		}
		opt, err := b.build(of)
		if err != nil {
			return fmt.Errorf("%s: %w", b.id, err)
		}
		h := b.height
		if h == "" {
			h = fmt.Sprintf("%dpx", 60+170*max(1, nYears))
		}
		p.Charts = append(p.Charts, chart{ID: b.id, Title: b.title, Note: b.note, Height: h, Option: opt, Summary: b.describe(of)})
	}
	names := map[string]string{}
	for c := range t.count {
		names[c] = places.Default().CountryName(c)
	}
	var err error
	if p.CountryNames, err = scriptJSON(names); err != nil {
		return err
	}
	if p.CSVHeader, err = scriptJSON(table.Header); err != nil {
		return err
	}
	mc := monthCounts{Type: seriesOf(t.months), Country: seriesOf(t.monthsByCountry)}
	if overview {
		mc.Pages = map[string]string{}
		for _, l := range o.Pages {
			mc.Pages[l.Month] = l.Path
		}
	}
	if p.MonthCounts, err = scriptJSON(mc); err != nil {
		return err
	}
	js, _ := pageFiles.ReadFile("page.js")
	css, _ := pageFiles.ReadFile("page.css")
	p.Script, p.Style = template.JS(js), template.CSS(css)
	// the events go between the two halves of the page, one at a time, so
	// that the page's largest part is never held whole in memory
	if err := tmpl.ExecuteTemplate(w, "head", p); err != nil {
		return err
	}
	if err := writeData(w, lists...); err != nil {
		return err
	}
	return tmpl.ExecuteTemplate(w, "tail", p)
}

// writeData writes the events of the lists, in order, as the page's data
// element, a JSON array (null when there are none, as json.Marshal writes
// a nil slice), and what they refer to (Refs) as the refs element, both
// packed.
func writeData(w io.Writer, lists ...[]*timeline.Event) error {
	r := newRefs()
	for _, es := range lists {
		r.add(es)
	}
	err := pack(w, "timeline-data", func(w io.Writer) error {
		sep := "null"
		for _, es := range lists {
			if len(es) == 0 {
				continue
			}
			if sep == "null" {
				sep = "["
			}
			if _, err := io.WriteString(w, sep); err != nil {
				return err
			}
			sep = ","
			if err := parallel.Join(w, len(es), "", ",", func(i int) ([]byte, error) {
				ev := event(es[i], r)
				return json.Marshal(&ev)
			}); err != nil {
				return err
			}
		}
		end := "]"
		if sep == "null" {
			end = "null"
		}
		_, err := io.WriteString(w, end)
		return err
	})
	if err != nil {
		return err
	}
	if _, err := io.WriteString(w, "\n"); err != nil {
		return err
	}
	return pack(w, "timeline-refs", func(w io.Writer) error {
		b, err := json.Marshal(r)
		if err != nil {
			return err
		}
		_, err = w.Write(b)
		return err
	})
}

var tmpl = template.Must(template.New("page.html").ParseFS(pageFiles, "page.html"))

// timeChart plots the dated events by type: the option names the series
// (a series of many points draws in large mode) and the page's script puts
// each event's point in its series from the page's data, a point carrying
// its event's index in the data, by which a click finds the event.
func timeChart(t *tally) (template.JS, error) {
	sc := charts.NewScatter()
	sc.SetGlobalOptions(
		charts.WithInitializationOpts(opts.Initialization{ChartID: TimeChart}),
		charts.WithXAxisOpts(opts.XAxis{Type: "time"}),
		charts.WithYAxisOpts(opts.YAxis{Type: "category"}),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "item"}),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(true), Type: "scroll", Top: "0"}),
		charts.WithGridOpts(opts.Grid{Left: "120", Right: "30", Top: "40", Bottom: "70"}),
		charts.WithDataZoomOpts(opts.DataZoom{Type: "slider", XAxisIndex: []int{0}}, opts.DataZoom{Type: "inside", XAxisIndex: []int{0}}),
	)
	var order []string
	for l := range t.labels {
		order = append(order, l)
	}
	sort.Strings(order)
	for _, l := range order {
		sc.AddSeries(l, []opts.ScatterData{}, large(t.labels[l]), charts.WithItemStyleOpts(opts.ItemStyle{Color: colorOf(l)}))
	}
	first, last, _, ok := axisSpan(t.perYear)
	return chartJSON(sc, func(o map[string]any) {
		if !ok {
			return
		}
		// the first view leaves out lone events years away; the slider
		// reaches them
		from, to := fmt.Sprintf("%d-01-01", first), fmt.Sprintf("%d-12-31", last)
		o["dataZoom"] = []map[string]any{
			{"type": "slider", "xAxisIndex": []int{0}, "startValue": from, "endValue": to, "rangeMode": []string{"value", "value"}},
			{"type": "inside", "xAxisIndex": []int{0}, "startValue": from, "endValue": to, "rangeMode": []string{"value", "value"}},
		}
	})
}

// large turns on ECharts' large mode for a long series.
func large(n int) charts.SeriesOpts {
	return func(s *charts.SingleSeries) {
		if n > LargeThreshold {
			s.Large = opts.Bool(true)
			s.LargeThreshold = LargeThreshold
		}
	}
}

func heatmap(t *tally) (template.JS, error) {
	hm := charts.NewHeatMap()
	hi := 1
	for _, n := range t.perDay {
		hi = max(hi, n)
	}
	hm.SetGlobalOptions(
		charts.WithInitializationOpts(opts.Initialization{ChartID: Heatmap}),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(false)}),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true)}),
		charts.WithVisualMapOpts(opts.VisualMap{Min: 0, Max: float32(hi), Calculable: opts.Bool(true),
			Orient: "horizontal", Left: "center", Top: "0", InRange: &opts.VisualMapInRange{Color: []string{"#e8f1fa", "#08519c"}}}),
	)
	for i, y := range t.sortedYears() {
		// labels dark enough to read on white (WCAG AA)
		hm.AddCalendar(&opts.Calendar{Range: []string{y}, Top: fmt.Sprint(60 + 170*i), Left: "50", Right: "30", CellSize: "16",
			YearLabel:  &opts.CalendarLabel{Show: opts.Bool(true), Color: "#333"},
			MonthLabel: &opts.CalendarLabel{Color: "#333"}, DayLabel: &opts.CalendarLabel{Color: "#333"}})
		var data []opts.HeatMapData
		for d, n := range t.perDay {
			if strings.HasPrefix(d, y) {
				data = append(data, opts.HeatMapData{Value: []any{d, n}})
			}
		}
		sort.Slice(data, func(a, b int) bool { return data[a].Value.([]any)[0].(string) < data[b].Value.([]any)[0].(string) })
		hm.AddSeries(y, data, charts.WithCoordinateSystem("calendar"), charts.WithCalendarIndex(i))
	}
	return chartJSON(hm)
}

// mapChart draws the places by how many events they hold; the page's
// script finds the events of a place in the page's data.
func mapChart(t *tally) (template.JS, error) {
	geo := charts.NewGeo()
	geo.SetGlobalOptions(
		charts.WithInitializationOpts(opts.Initialization{ChartID: Map}),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "item"}),
		charts.WithGeoComponentOpts(opts.GeoComponent{Map: "world", Center: []float64{66, 42}, Zoom: opts.Float(4), Roam: opts.Bool(true),
			ItemStyle: &opts.ItemStyle{Color: "#eef2f5", BorderColor: "#9aa5b1"}}),
	)
	var data []opts.GeoData
	for _, k := range t.at {
		s := t.spots[k]
		data = append(data, opts.GeoData{Name: s.name, Value: []any{k[0], k[1], s.n}})
	}
	geo.AddSeries("places", types.ChartScatter, data, large(len(data)))
	return chartJSON(geo)
}

func graph(t *tally) (template.JS, error) {
	g := places.Default()
	count, pair := t.count, t.pair
	var codes []string
	for c := range count {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	var nodes []opts.GraphNode
	for _, c := range codes {
		// few countries get large circles, many get room
		nodes = append(nodes, opts.GraphNode{Name: g.CountryName(c), Value: float32(count[c]),
			SymbolSize: 12 + 60/len(codes) + 4*min(count[c], 15)})
	}
	var links []opts.GraphLink
	var ps [][2]string
	for p := range pair {
		ps = append(ps, p)
	}
	sort.Slice(ps, func(i, j int) bool { return ps[i][0]+ps[i][1] < ps[j][0]+ps[j][1] })
	for _, p := range ps {
		n := pair[p]
		links = append(links, opts.GraphLink{Source: g.CountryName(p[0]), Target: g.CountryName(p[1]), Value: float32(n),
			LineStyle: &opts.LineStyle{Width: float32(min(1+n, 10)), Opacity: opts.Float(0.6)}})
	}
	gr := charts.NewGraph()
	gr.SetGlobalOptions(
		charts.WithInitializationOpts(opts.Initialization{ChartID: Graph}),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true)}),
	)
	gr.AddSeries("countries", nodes, links, charts.WithGraphChartOpts(opts.GraphChart{
		Layout: "force", Roam: opts.Bool(true), Draggable: opts.Bool(true),
		Force: &opts.GraphForce{Repulsion: 300, EdgeLength: []float32{80, 200}},
	}), charts.WithLabelOpts(opts.Label{Show: opts.Bool(true), Position: "right"}))
	return chartJSON(gr)
}
