package html

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/ca-diplomacy/timeline/parse"
	"github.com/ca-diplomacy/timeline/parse/dates"
	"github.com/ca-diplomacy/timeline/parse/places"
	"github.com/ca-diplomacy/timeline/timeline"
)

const evil = `</script><script>window.pwned=1</script><img src=x onerror="window.pwned=2">'";alert(3)//` + "\u2028"

func hostile() *timeline.Timeline {
	return timeline.Build([]parse.Mention{{
		Article: "a" + evil, URL: "javascript:alert(4)", Language: "en", Type: "summit", Status: parse.Held,
		Date: dates.DayValue(2024, 5, 1), Dated: true, Quote: "Quote " + evil,
		Place: parse.Place{City: "Tashkent" + evil, Country: "UZ", Lat: 41.3, Lon: 69.2, HasGeo: true}, Codes: []string{"UZ", "KZ"},
	}})
}

func render(t *testing.T, tl *timeline.Timeline, o Options) string {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, tl, o); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

var scriptTag = regexp.MustCompile(`(?i)<script`)

// Article text cannot add an element, an attribute or a script to the page.
func TestEscaping(t *testing.T) {
	clean := render(t, timeline.Build(nil), Options{})
	page := render(t, hostile(), Options{Feeds: []FeedLink{{Path: "calendar.ics", Name: "All" + evil}}})
	if got, want := len(scriptTag.FindAllString(page, -1)), len(scriptTag.FindAllString(clean, -1)); got != want {
		t.Errorf("%d <script tags, want %d as in a page without articles", got, want)
	}
	for _, bad := range []string{"<img src=x", "window.pwned=1</script>", "javascript:alert", "onerror=\"window"} {
		if strings.Contains(page, bad) {
			t.Errorf("the page holds %q unescaped", bad)
		}
	}
	// the data still says what the article said
	evs := pageEvents(t, page)
	if len(evs) != 1 || !strings.Contains(evs[0].Sources[0].Quote, evil) || evs[0].articles[0].URL != "" || !strings.Contains(evs[0].articles[0].ID, evil) {
		t.Errorf("data %+v", evs)
	}
}

// shown is an event of a page as the page's script reads it.
type shown struct {
	Event
	cell     map[string]string // the row's cells by column
	label    string
	title    string
	place    string
	articles []Article // of its sources
}

// element decodes the JSON of the page's element id into v.
func element(t *testing.T, page, id string, v any) {
	t.Helper()
	plain, err := Unpacked([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?s)<script type="application/json" id="` + id + `">(.*?)</script>`).FindSubmatch(plain)
	if m == nil {
		t.Fatalf("no element %s", id)
	}
	if err := json.Unmarshal(m[1], v); err != nil {
		t.Fatalf("%s: %v", id, err)
	}
}

// pageEvents reads the events of a page's data as its script does.
func pageEvents(t *testing.T, page string) []shown {
	t.Helper()
	var (
		header []string
		refs   Refs
		evs    []Event
	)
	element(t, page, "csv-header", &header)
	element(t, page, "timeline-refs", &refs)
	element(t, page, "timeline-data", &evs)
	var out []shown
	for _, e := range evs {
		s := shown{Event: e, cell: map[string]string{}}
		for i, h := range header {
			s.cell[h] = e.Row[i]
		}
		s.label = refs.Labels[s.cell["type"]]
		s.title, s.place = cmp.Or(e.Title, s.cell["title"]), cmp.Or(e.Place, s.cell["place"])
		for _, src := range e.Sources {
			s.articles = append(s.articles, refs.Articles[src.Article])
		}
		out = append(out, s)
	}
	return out
}

// A title or a place the CSV keeps from spreadsheets' formulas is shown as
// written.
func TestFormulaText(t *testing.T) {
	for _, title := range []string{"=HYPERLINK(1)", "Talks in Tashkent"} {
		tl := hostile()
		tl.Events[0].Title, tl.Events[0].Place.City = title, "+"+title
		evs := pageEvents(t, render(t, tl, Options{}))
		if len(evs) != 1 {
			t.Fatalf("%d events", len(evs))
		}
		e := evs[0]
		if e.title != title || !strings.HasPrefix(e.place, "+"+title) {
			t.Errorf("shown as %q in %q, want %q", e.title, e.place, title)
		}
		if formula := title[0] == '='; strings.HasPrefix(e.cell["title"], "'") != formula || !strings.HasPrefix(e.cell["place"], "'") {
			t.Errorf("row %q, %q", e.cell["title"], e.cell["place"])
		}
	}
}

func TestSafeURL(t *testing.T) {
	for in, want := range map[string]string{
		"https://kun.uz/a": "https://kun.uz/a", " HTTP://x.org ": "HTTP://x.org", "javascript:alert(1)": "",
		"JaVaScRiPt:x": "", "data:text/html,x": "", "//evil.org": "", "": "",
	} {
		if got := SafeURL(in); got != want {
			t.Errorf("SafeURL(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestChartsAndFeeds(t *testing.T) {
	page := render(t, hostile(), Options{Feeds: []FeedLink{{Path: "calendar.ics", Name: "All"}, {Path: "feeds/country/UZ.ics", Name: "UZ", Group: "country"}}})
	for _, id := range []string{TimeChart, Heatmap, Map, Graph} {
		if !strings.Contains(page, `id="`+id+`"`) || !strings.Contains(page, `id="option-`+id+`"`) {
			t.Errorf("chart %s missing", id)
		}
	}
	for _, want := range []string{`href="calendar.ics"`, `href="feeds/country/UZ.ics"`} {
		if !strings.Contains(page, want) {
			t.Errorf("no %s", want)
		}
	}
	// everything the page runs is in it
	plain, err := Unpacked([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(page, "<script src") || !bytes.Contains(plain, []byte("window.echarts=")) || !bytes.Contains(plain, []byte(`"countries"`)) {
		t.Error("the page loads a script from elsewhere, or has no ECharts or world map")
	}
}

func TestLargeMode(t *testing.T) {
	var ms []parse.Mention
	for i := 0; i < LargeThreshold+10; i++ {
		ms = append(ms, parse.Mention{Article: "a", Offset: i, Type: "talks", Status: parse.Held, Dated: true,
			Date: dates.DayValue(2000+i/365, 1+i%12, 1+i%28), Place: parse.Place{Country: "UZ"}, Codes: []string{"UZ", string(rune('A'+i%26)) + string(rune('A'+i/26%26))}})
	}
	page := render(t, timeline.Build(ms), Options{})
	if !strings.Contains(page, `"large":true`) {
		t.Error("a long series is not drawn in large mode")
	}
}

// The events and articles of a page are packed: nothing but base64 between
// the tags, a small part of the JSON it unpacks to.
func TestPacked(t *testing.T) {
	var ms []parse.Mention
	for i := range 500 {
		ms = append(ms, parse.Mention{Article: fmt.Sprintf("a%d", i%50), Offset: i, Type: "talks", Status: parse.Held, Dated: true,
			Date: dates.DayValue(2020, 1+i%12, 1+i%28), Place: parse.Place{City: "Tashkent", Country: "UZ"}, Codes: []string{"KZ", "UZ"},
			Quote: fmt.Sprintf("The ministers of Kazakhstan and Uzbekistan met in Tashkent on %d March.", 1+i%28)})
	}
	page := render(t, timeline.Build(ms), Options{NoLibraries: true})
	packed := 0
	for _, id := range []string{"timeline-data", "timeline-refs"} {
		m := regexp.MustCompile(`id="` + id + `" data-encoding="gzip base64">([A-Za-z0-9+/]+=*)</script>`).FindStringSubmatch(page)
		if m == nil {
			t.Fatalf("%s is not packed", id)
		}
		packed += len(m[1])
	}
	plain, err := Unpacked([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if json := len(plain) - len(page) + packed; json < 5*packed {
		t.Errorf("the events and articles take %d bytes packed, %d as JSON", packed, json)
	}
}

// The charts' summary of an event says what its contract JSON says: its
// start at its precision, its place (venue, city, country) and its
// countries (the participants', then the host's).
func TestSummaryAsJSON(t *testing.T) {
	tl := timeline.Build([]parse.Mention{
		{Article: "a", Type: "summit", Date: dates.DayValue(2024, 5, 1), Dated: true, Quote: "q",
			Place: parse.Place{Venue: "Palace", City: "Tashkent", Country: "UZ", Lat: 41.3, Lon: 69.2, HasGeo: true}, Codes: []string{"KZ", "TJ"}},
		{Article: "b", Type: "call", Date: dates.MonthValue(2025, 2), Dated: true, Quote: "q", Place: parse.Place{Online: true}, Codes: []string{"UZ"}},
		{Article: "c", Type: "forum", Date: dates.DayValue(0, 3, 9), Dated: true, Quote: "q", Place: parse.Place{Country: "KZ"}, Codes: []string{"KZ", "UZ"}},
		{Article: "d", Type: "talks", Quote: "q"},
	})
	for _, e := range slices.Concat(tl.Events, tl.Undated) {
		s, j := summary(e), e.JSON()
		var place, countries []string
		for _, p := range []string{j.Place.Venue, j.Place.City} {
			if p != "" {
				place = append(place, p)
			}
		}
		if j.Place.Country != "" {
			place = append(place, j.Place.Country)
		}
		for _, p := range j.Participants {
			if p.Kind == "country" {
				countries = append(countries, p.Code)
			}
		}
		if c := j.Place.Country; c != "" && !slices.Contains(countries, c) {
			countries = append(countries, c)
		}
		want := strings.Join(place, ", ")
		if j.Place.Online && want == "" {
			want = "online"
		}
		// the summary names the country, the JSON gives its code
		if got := countryCodes(s.place); got != want {
			t.Errorf("%s: place %q, want %q", e.Type, got, want)
		}
		if !slices.Equal(s.countries, countries) {
			t.Errorf("%s: countries %v, want %v", e.Type, s.countries, countries)
		}
		if j.Start != nil && s.precision != *j.Precision || j.Start == nil && s.precision != "" {
			t.Errorf("%s: precision %q, JSON %v", e.Type, s.precision, j.Precision)
		}
		if j.Start != nil && e.Date.Start.Year != 0 && !strings.HasPrefix(s.start, strings.TrimSuffix(*j.Start, "-XX")) {
			t.Errorf("%s: start %q, JSON %q", e.Type, s.start, *j.Start)
		}
	}
}

// countryCodes puts back the codes of the country names of a place.
func countryCodes(place string) string {
	return strings.NewReplacer("Uzbekistan", "UZ", "Kazakhstan", "KZ").Replace(place)
}

// The charts' options count what the page's data holds: the time chart
// names a series for each type of a dated event, the map gives each place
// the number of events there, the heatmap each day its events, the graph
// each country its events (the script draws the points from the data).
func TestChartsCountTheData(t *testing.T) {
	tash := parse.Place{City: "Tashkent", Country: "UZ", Lat: 41.3, Lon: 69.2, HasGeo: true}
	ast := parse.Place{City: "Astana", Country: "KZ", Lat: 51.2, Lon: 71.4, HasGeo: true}
	tl := timeline.Build([]parse.Mention{
		{Article: "a", Type: "summit", Date: dates.DayValue(2024, 5, 1), Dated: true, Quote: "q", Place: tash, Codes: []string{"UZ", "KZ"}},
		{Article: "b", Type: "talks", Date: dates.DayValue(2024, 5, 1), Dated: true, Quote: "q", Place: tash, Codes: []string{"UZ", "TJ"}},
		{Article: "c", Type: "talks", Date: dates.MonthValue(2025, 2), Dated: true, Quote: "q", Place: ast, Codes: []string{"KZ"}},
		{Article: "d", Type: "forum", Quote: "q", Place: ast, Codes: []string{"KZ", "UZ"}},
		{Article: "e", Type: "call", Date: dates.DayValue(0, 3, 9), Dated: true, Quote: "q", Codes: []string{"TJ"}},
	})
	page := render(t, tl, Options{})
	evs := pageEvents(t, page)
	type series struct {
		Name string
		Data []struct {
			Name  string
			Value []any
		}
	}
	var option struct{ Series []series }
	count := func(chart string) map[string]float64 {
		element(t, page, "option-"+chart, &option)
		got := map[string]float64{}
		for _, s := range option.Series {
			if chart == TimeChart {
				got[s.Name] = float64(len(s.Data))
			}
			for _, d := range s.Data {
				switch chart {
				case Map:
					got[fmt.Sprint(d.Value[0], ",", d.Value[1])] = d.Value[2].(float64)
				case Heatmap:
					got[d.Value[0].(string)] = d.Value[1].(float64)
				}
			}
		}
		return got
	}
	want := map[string]map[string]float64{TimeChart: {}, Map: {}, Heatmap: {}}
	for _, e := range evs {
		if e.Start != "" {
			want[TimeChart][e.label] = 0 // a series, its points left to the script
			if e.cell["precision"] == "day" {
				want[Heatmap][e.Start]++
			}
		}
		if e.cell["lat"] != "" {
			want[Map][e.cell["lon"]+","+e.cell["lat"]]++
		}
	}
	for _, chart := range []string{TimeChart, Map, Heatmap} {
		if got := count(chart); !maps.Equal(got, want[chart]) {
			t.Errorf("%s counts %v, the data %v", chart, got, want[chart])
		}
	}
	// the graph's nodes: each country with the events it is in
	var graph struct {
		Series []struct {
			Data []struct {
				Name  string
				Value float64
			}
		}
	}
	element(t, page, "option-"+Graph, &graph)
	nodes := map[string]float64{}
	for _, n := range graph.Series[0].Data {
		nodes[n.Name] = n.Value
	}
	in := map[string]float64{}
	for _, e := range evs {
		for _, c := range strings.Split(e.cell["countries"], ";") {
			if c == "" {
				continue
			}
			in[places.Default().CountryName(c)]++
		}
	}
	if !maps.Equal(nodes, in) {
		t.Errorf("graph nodes %v, the data %v", nodes, in)
	}
}

// The embedded front-end files are those of the packages the lock file
// pins: dist/SHA256SUMS, written by assets/gen.sh with the files, holds
// their hashes and those of the lock file and of the bundle's entry, so a
// file changed by hand, or a lock file or entry changed without running go
// generate, fails.
func TestAssetsMatchLock(t *testing.T) {
	sums, err := dist.ReadFile("assets/dist/SHA256SUMS")
	if err != nil {
		t.Fatal(err)
	}
	listed := map[string]bool{}
	for _, line := range strings.Split(strings.TrimSpace(string(sums)), "\n") {
		want, name, ok := strings.Cut(line, "  ")
		if !ok {
			t.Fatalf("SHA256SUMS: line %q", line)
		}
		var b []byte
		if rest, ok := strings.CutPrefix(name, "../"); ok { // the lock file, the bundle's entry
			b, err = os.ReadFile("assets/" + rest)
		} else {
			b, err = dist.ReadFile("assets/dist/" + name)
		}
		if err != nil {
			t.Fatal(err)
		}
		if got := fmt.Sprintf("%x", sha256.Sum256(b)); got != want {
			t.Errorf("%s: sha256 %s, SHA256SUMS says %s (run go generate ./render/html)", name, got, want)
		}
		listed[name] = true
	}
	es, _ := dist.ReadDir("assets/dist")
	for _, e := range es {
		if n := e.Name(); !listed[n] && n != "SHA256SUMS" && n != "README.md" {
			t.Errorf("%s is embedded but not in SHA256SUMS", n)
		}
	}
	if !listed["../package-lock.json"] || !listed["echarts.min.js"] {
		t.Error("SHA256SUMS does not name the lock file and ECharts")
	}
}

// The overview's heatmap draws the last OverviewYears years, however many
// the timeline has: it does not grow with the timeline.
func TestOverviewHeatmapYears(t *testing.T) {
	sum := NewTally()
	var es []*timeline.Event
	for y := 2001; y <= 2020; y++ {
		es = append(es, &timeline.Event{ID: fmt.Sprint(y), Type: "talks", Status: "held", Dated: true, Date: dates.DayValue(y, 3, 4)})
	}
	sum.Add(es, false)
	var b strings.Builder
	if err := WriteOverview(&b, sum, nil, Options{NoLibraries: true}); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	for y := 2001; y <= 2020; y++ {
		drawn := strings.Contains(page, fmt.Sprintf(`"range":["%d"]`, y))
		if want := y > 2020-OverviewYears; drawn != want {
			t.Errorf("%d drawn in the heatmap: %v, want %v", y, drawn, want)
		}
	}
	if !strings.Contains(page, "2001-03") { // the time chart counts every year
		t.Error("the time chart leaves out the first year")
	}
}
