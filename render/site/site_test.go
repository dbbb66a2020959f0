package site

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ca-diplomacy/timeline/corpus"
	"github.com/ca-diplomacy/timeline/corpus/sample"
	"github.com/ca-diplomacy/timeline/parse"
	"github.com/ca-diplomacy/timeline/parse/dates"
	"github.com/ca-diplomacy/timeline/render/html"
	"github.com/ca-diplomacy/timeline/render/ics"
	"github.com/ca-diplomacy/timeline/render/jsondoc"
	"github.com/ca-diplomacy/timeline/timeline"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// now is the fixed run time of the golden files.
var now = time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC)

func sampleTimeline(t testing.TB) *timeline.Timeline {
	t.Helper()
	arts, errs := corpus.Load(sample.FS, corpus.Options{})
	if len(errs) > 0 {
		t.Fatalf("sample corpus: %v", errs)
	}
	var ms []parse.Mention
	for _, a := range arts {
		ms = append(ms, parse.Article(a)...)
	}
	return timeline.Build(ms)
}

// TestGolden compares the main outputs for the embedded sample corpus with
// testdata/golden (and its timeline JSON); run with -update to accept a
// change. The pages are compared without the libraries, which depend on
// the build, and with their data unpacked, to be read in a diff.
func TestGolden(t *testing.T) {
	tl := sampleTimeline(t)
	s, err := Build(tl, Options{Now: now, NoLibraries: true})
	if err != nil {
		t.Fatal(err)
	}
	var j bytes.Buffer
	if err := jsondoc.Write(&j, tl.Stream(), now); err != nil {
		t.Fatal(err)
	}
	s.Files["timeline.json"] = j.Bytes()
	for _, name := range []string{"timeline.json", "calendar.ics", "index.html", "2025.html", "undated.html"} {
		got, ok := s.Files[name]
		if !ok {
			t.Fatalf("%s not built", name)
		}
		if strings.HasSuffix(name, ".html") { // its data as the page's script reads it
			if got, err = html.Unpacked(got); err != nil {
				t.Fatal(err)
			}
		}
		golden := filepath.Join("testdata", "golden", name)
		if *update {
			if err := os.WriteFile(golden, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test -update)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from %s (%d vs %d bytes); run go test ./render/site -update and review the diff", name, golden, len(got), len(want))
		}
	}
}

func TestBuildFeeds(t *testing.T) {
	tl := sampleTimeline(t)
	s, err := Build(tl, Options{Now: now})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range Feeds(tl) {
		b, ok := s.Files[f.Path]
		if !ok {
			t.Errorf("feed %s not built", f.Path)
			continue
		}
		if !bytes.HasPrefix(b, []byte("BEGIN:VCALENDAR\r\n")) {
			t.Errorf("%s does not start a calendar", f.Path)
		}
		// every UID of a filtered feed is also in the main feed
		for _, line := range bytes.Split(b, []byte("\r\n")) {
			if bytes.HasPrefix(line, []byte("UID:")) && !bytes.Contains(s.Files["calendar.ics"], append(line, '\r', '\n')) {
				t.Errorf("%s: %s not in calendar.ics", f.Path, line)
			}
		}
	}
	for _, want := range []string{"feeds/country/UZ.ics", "feeds/country/TJ.ics", "feeds/type/council_meeting.ics"} {
		if _, ok := s.Files[want]; !ok {
			t.Errorf("no %s among %v", want, s.Names())
		}
	}
	// the sample's only conference has no year: no calendar can show it
	if _, ok := s.Files["feeds/type/conference.ics"]; ok {
		t.Error("a feed with no event to show was built")
	}
}

func TestWriteAndRevisions(t *testing.T) {
	dir := t.TempDir()
	tl := sampleTimeline(t)
	s, err := Build(tl, Options{Now: now})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Write(dir); err != nil {
		t.Fatal(err)
	}
	prev, err := ReadRevisions(dir)
	if err != nil || len(prev) == 0 {
		t.Fatalf("revisions not kept: %v %v", prev, err)
	}
	// A second run, later, with the same corpus changes nothing.
	s2, err := Build(tl, Options{Now: now.Add(24 * time.Hour), Revisions: prev})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(s.Files["calendar.ics"], s2.Files["calendar.ics"]) {
		t.Error("the feed changed although no event did")
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if e.Name() != ".timeline" && e.Name()[0] == '.' {
			t.Errorf("temp file %s left behind", e.Name())
		}
	}
	if _, err := ReadRevisions(t.TempDir()); err != nil {
		t.Errorf("a missing state file is no error: %v", err)
	}
}

// beforeAfter are the sample corpus's mentions, and the same with the
// first article's quotes told anew.
func beforeAfter(t *testing.T) (before, after []parse.Mention) {
	arts, errs := corpus.Load(sample.FS, corpus.Options{})
	if len(errs) > 0 {
		t.Fatalf("sample corpus: %v", errs)
	}
	for i, a := range arts {
		ms := parse.Article(a)
		before = append(before, ms...)
		if i == 0 {
			for j := range ms {
				ms[j].Quote += " (told anew)"
			}
		}
		after = append(after, ms...)
	}
	return before, after
}

// TestUnchangedLeft: a file whose key is the one a run kept holds what
// rendering it would write, so leaving it is right; after a change, some
// files are left and some rendered.
func TestUnchangedLeft(t *testing.T) {
	before, after := beforeAfter(t)
	first, err := Build(timeline.Build(before), Options{Now: now, Program: "p"})
	if err != nil {
		t.Fatal(err)
	}
	tl := timeline.Build(after)
	o := Options{Now: now.Add(time.Hour), Revisions: first.Revisions, Program: "p"}
	want, err := Build(tl, o)
	if err != nil {
		t.Fatal(err)
	}
	o.Unchanged = func(name, key string) bool { return first.Keys[name] == key }
	second, err := Build(tl, o)
	if err != nil {
		t.Fatal(err)
	}
	if second.Left == 0 || len(second.Files) == 0 {
		t.Errorf("%d files left, %d rendered: want some of each", second.Left, len(second.Files))
	}
	for _, n := range want.Names() {
		got, ok := second.Files[n]
		if !ok {
			got, ok = first.Files[n] // left as the first run wrote it
		}
		if !ok || !bytes.Equal(got, want.Files[n]) {
			t.Errorf("%s: left or written, it is not what rendering it gives", n)
		}
	}
	if !maps.Equal(second.Keys, want.Keys) || len(second.Paths) != len(want.Paths) {
		t.Errorf("keys or paths differ when files are left")
	}
}

func TestClean(t *testing.T) {
	for _, c := range []struct {
		in, want string
		ok       bool
	}{
		{"", "index.html", true},
		{"/", "index.html", true},
		{"/calendar.ics", "calendar.ics", true},
		{"/feeds/country/UZ.ics", "feeds/country/UZ.ics", true},
		{"/feeds//type/../type/summit.ics", "feeds/type/summit.ics", true},
		{"/../etc/passwd", "etc/passwd", true}, // cleaned inside the site
		{"/.timeline/revisions.json", "", false},
		{"/feeds/.hidden", "", false},
		{"..", "index.html", true},
	} {
		got, ok := Clean(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("Clean(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

// months cuts the events, in order, into runs of the same month of start.
func months(es []*timeline.Event) [][]*timeline.Event {
	var out [][]*timeline.Event
	for i := 0; i < len(es); {
		j := i + 1
		for j < len(es) && es[j].Date.Start.Year == es[i].Date.Start.Year && es[j].Date.Start.Month == es[i].Date.Start.Month {
			j++
		}
		out = append(out, es[i:j])
		i = j
	}
	return out
}

// byMonths streams the timeline's dated events a month at a time; its Runs
// fail (when fail is not nil) after the first month.
func byMonths(tl *timeline.Timeline, fail error) *timeline.Stream {
	return &timeline.Stream{Undated: tl.Undated, Runs: func(yield func([]*timeline.Event) error) error {
		for i, m := range months(tl.Events) {
			if i == 1 && fail != nil {
				return fail
			}
			if err := yield(m); err != nil {
				return err
			}
		}
		return nil
	}}
}

// TestStreamIsWhole: a timeline rendered from a stream of many runs gives
// the files of rendering it whole, the keys and revisions too, and a
// stream that fails gives its error as it is and no overview or feed.
func TestStreamIsWhole(t *testing.T) {
	before, after := beforeAfter(t)
	first, err := Build(timeline.Build(before), Options{Now: now, Program: "p"})
	if err != nil {
		t.Fatal(err)
	}
	tl := timeline.Build(after)
	if n := len(months(tl.Events)); n < 4 {
		t.Fatalf("the sample's events are of %d months: the test says little", n)
	}
	for _, o := range []Options{
		{Now: now},
		{Now: now.Add(time.Hour), Revisions: first.Revisions, Program: "p"},
	} {
		want, err := Build(tl, o)
		if err != nil {
			t.Fatal(err)
		}
		got := map[string][]byte{}
		r, err := Render(byMonths(tl, nil), o, func(name string, write func(io.Writer) error) error {
			var b bytes.Buffer
			err := write(&b)
			got[name] = b.Bytes()
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range want.Names() {
			if !bytes.Equal(got[n], want.Files[n]) {
				t.Errorf("program %q: %s streamed differs from the file rendered whole", o.Program, n)
			}
		}
		if len(got) != len(want.Files) || !maps.Equal(r.Keys, want.Keys) || !maps.Equal(r.Revisions, want.Revisions) ||
			r.Events != len(tl.Events) || r.Undated != len(tl.Undated) {
			t.Errorf("program %q: streamed, %d files, keys %v, %d revisions, %d+%d events; whole, %d, %v, %d, %d+%d",
				o.Program, len(got), r.Keys, len(r.Revisions), r.Events, r.Undated,
				len(want.Files), want.Keys, len(want.Revisions), len(tl.Events), len(tl.Undated))
		}
	}
	lost := errors.New("a run lost")
	var written []string
	_, err = Render(byMonths(tl, lost), Options{Now: now}, func(name string, write func(io.Writer) error) error {
		written = append(written, name)
		return write(io.Discard)
	})
	if err != lost || slices.Contains(written, "index.html") || slices.Contains(written, "calendar.ics") {
		t.Errorf("a stream failing halfway: error %v, files written %v; want the error and no overview or feed", err, written)
	}
}

// Codes and types that are not names (a damaged or crafted store) name no
// file: every file stays in its folder, under a name of letters.
func TestFeedNamesFromEvents(t *testing.T) {
	tl := sampleTimeline(t)
	for _, e := range tl.Events {
		if ics.Placeable(e) {
			bad := *e
			bad.ID, bad.Codes, bad.Type = "bad"+e.ID, []string{"../../x", "U/Z", ""}, "../../../tmp/evil"
			tl.Events = append(tl.Events, &bad)
			break
		}
	}
	s, err := Build(tl, Options{Now: now})
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range s.Names() {
		dir, base := filepath.Split(n)
		if !fs.ValidPath(n) || !slices.Contains([]string{"", "feeds/country/", "feeds/type/", "feeds/year/"}, dir) || strings.Contains(base, "..") {
			t.Errorf("a file is named %q", n)
		}
	}
}

// TestSearch: the index finds an event of any page by the words of its
// title, place and participants, every word of the query, the latest first,
// and links it to its row on its page.
func TestSearch(t *testing.T) {
	s, err := Build(sampleTimeline(t), Options{Now: now, Index: true})
	if err != nil {
		t.Fatal(err)
	}
	ix := s.Index
	if n := len(ix.dated) + len(ix.undated); n != s.Events+s.Undated {
		t.Fatalf("%d events in the index, want %d", n, s.Events+s.Undated)
	}
	for _, c := range []struct {
		q    string
		want int  // hits
		some bool // at least want
	}{
		{"tashkent", 3, true},
		{"TASHKENT  talks", 1, false},
		{"Tashkent, Washington", 0, false},
		{"", 0, false},
		{"no such word", 0, false},
	} {
		hits, total := ix.Search(c.q, MaxHits)
		if total != len(hits) || c.some && total < c.want || !c.some && total != c.want {
			t.Errorf("Search(%q): %d hits of %d, want %d", c.q, len(hits), total, c.want)
		}
		for i, h := range hits {
			page, id, _ := strings.Cut(h.URL, "#event-")
			if _, ok := s.Files[page]; !ok || id != h.ID {
				t.Errorf("Search(%q): %s links to %s", c.q, h.Title, h.URL)
			}
			if i > 0 && h.Date > hits[i-1].Date && hits[i-1].Date != "undated" {
				t.Errorf("Search(%q): %s after %s", c.q, h.Date, hits[i-1].Date)
			}
		}
	}
	if hits, total := ix.Search("tashkent", 1); len(hits) != 1 || total < 3 {
		t.Errorf("at most 1: %d hits of %d", len(hits), total)
	}
}

// talks are n held talks of Uzbekistan and Kazakhstan, in order, every
// step days from the day first.
func talks(n int, first time.Time, step int) *timeline.Timeline {
	tl := &timeline.Timeline{}
	for i := 0; i < n; i++ {
		d := first.AddDate(0, 0, i*step)
		tl.Events = append(tl.Events, &timeline.Event{ID: fmt.Sprintf("e%05d", i), Type: "talks", Title: fmt.Sprintf("Talks %d", i),
			Status: "held", Dated: true, Date: dates.DayValue(d.Year(), int(d.Month()), d.Day()), Codes: []string{"KZ", "UZ"},
			Sources: []timeline.Source{{Article: fmt.Sprint(i), Quote: "talks"}}})
	}
	slices.SortFunc(tl.Events, timeline.Compare)
	return tl
}

// uidsOf are the events' UIDs in a feed.
func uidsOf(feed []byte) map[string]bool {
	out := map[string]bool{}
	for _, line := range bytes.Split(feed, []byte("\r\n")) {
		if u, ok := bytes.CutPrefix(line, []byte("UID:")); ok {
			out[string(u)] = true
		}
	}
	return out
}

// TestFeedWindow: past WholeUpTo events the feeds hold those to come and
// those of the last Window months, the yearly feeds every event of their
// year; up to WholeUpTo, or with WholeFeeds, the feeds hold every event.
func TestFeedWindow(t *testing.T) {
	start := now.AddDate(-6, 0, 0)
	for _, c := range []struct {
		name     string
		n        int
		whole    bool
		windowed bool
	}{
		{"small", WholeUpTo, false, false},
		{"large", WholeUpTo * 2, false, true},
		{"large, whole feeds", WholeUpTo * 2, true, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			tl := talks(c.n, start, 6*365/c.n+1) // six years and more: some events to come
			s, err := Build(tl, Options{Now: now, NoLibraries: true, WholeFeeds: c.whole})
			if err != nil {
				t.Fatal(err)
			}
			cutoff := dates.DateOf(now).Time().AddDate(0, -Window, 0) // the day twelve months ago, in
			cal, uz := uidsOf(s.Files["calendar.ics"]), uidsOf(s.Files["feeds/country/UZ.ics"])
			years := map[string]bool{}
			for n, f := range s.Files {
				if strings.HasPrefix(n, "feeds/year/") {
					maps.Copy(years, uidsOf(f))
				}
			}
			for _, e := range tl.Events {
				uid := ics.UID(e)
				in := !c.windowed || !e.LastDay().Time().Before(cutoff)
				if cal[uid] != in || uz[uid] != in {
					t.Fatalf("%s (%v): in calendar.ics %v, in UZ.ics %v; want %v", e.ID, e.Date, cal[uid], uz[uid], in)
				}
				if !years[uid] {
					t.Fatalf("%s (%v) in no yearly feed", e.ID, e.Date)
				}
			}
			if c.windowed && (len(cal) == 0 || len(cal) == c.n) {
				t.Errorf("%d of %d events in the window: the test says little", len(cal), c.n)
			}
		})
	}
}

// TestMonthPages: a year of more than MonthPagesOver events has a page a
// month, linked from the overview, which together hold its events; a
// smaller year has one page.
func TestMonthPages(t *testing.T) {
	big := talks(MonthPagesOver+1, time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC), 0)
	for i, e := range big.Events { // spread over the year's months
		e.Date = dates.DayValue(2024, 1+i%12, 1+i%28)
	}
	slices.SortFunc(big.Events, timeline.Compare)
	small := talks(10, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), 3)
	tl := &timeline.Timeline{Events: append(big.Events, small.Events...)}
	for i, e := range small.Events {
		e.ID = fmt.Sprintf("s%d", i)
	}
	s, err := Build(tl, Options{Now: now, NoLibraries: true})
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := s.Files["2024.html"]; ok {
		t.Error("a year of too many events has a page of its own")
	}
	overview := string(s.Files["index.html"])
	held := 0
	for m := 1; m <= 12; m++ {
		name := fmt.Sprintf("2024-%02d.html", m)
		page, ok := s.Files[name]
		if !ok || !strings.Contains(overview, `href="`+name+`"`) {
			t.Fatalf("%s: written %v, linked from the overview: %v", name, ok, strings.Contains(overview, name))
		}
		if page, err = html.Unpacked(page); err != nil {
			t.Fatal(err)
		}
		held += strings.Count(string(page), `{"row":`)
	}
	if held != MonthPagesOver+1 {
		t.Errorf("the month pages hold %d events, want %d", held, MonthPagesOver+1)
	}
	if _, ok := s.Files["2025.html"]; !ok {
		t.Error("no page of 2025")
	}
}
