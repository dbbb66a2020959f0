package corrections

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ca-diplomacy/timeline/corpus"
	"github.com/ca-diplomacy/timeline/parse"
	"github.com/ca-diplomacy/timeline/timeline"
)

// articles are reports of five events: talks told twice, a forum, other
// talks, and a summit told twice on two days.
var articles = map[string]string{
	"a1": "On 8 May 2024 the presidents of Kazakhstan and Uzbekistan held talks in Tashkent.",
	"a2": "The Kazakhstan-Uzbekistan business forum took place in Tashkent on 9 May 2024.",
	"a3": "On 20 June 2024 the foreign ministers of Tajikistan and Kyrgyzstan held talks in Dushanbe.",
	"a4": "The summit of the heads of state of Central Asia was held in Astana on 9 August 2024.",
	"a5": "The consultative meeting of Central Asian heads of state took place in Astana on 8 August 2023.",
	"a6": "Presidents Tokayev and Mirziyoyev held talks in Tashkent on 8 May 2024.",
}

// stream reads the articles of ids and streams the timeline a run a year.
func stream(t *testing.T, ids ...string) *timeline.Stream {
	t.Helper()
	var ms []parse.Mention
	for _, id := range ids {
		ms = append(ms, parse.Article(corpus.Article{ID: id, Text: articles[id], Published: time.Date(2024, 12, 1, 0, 0, 0, 0, time.UTC)})...)
	}
	tl := timeline.Build(ms)
	years := map[int][]*timeline.Event{}
	var order []int
	for _, e := range tl.Events {
		if _, ok := years[e.Date.Start.Year]; !ok {
			order = append(order, e.Date.Start.Year)
		}
		years[e.Date.Start.Year] = append(years[e.Date.Start.Year], e)
	}
	return &timeline.Stream{Undated: tl.Undated, Runs: func(yield func([]*timeline.Event) error) error {
		for _, y := range order {
			if err := yield(years[y]); err != nil {
				return err
			}
		}
		return nil
	}}
}

// events are the events of a stream, described, in order.
func events(t *testing.T, st *timeline.Stream) []string {
	t.Helper()
	var out []string
	var all []*timeline.Event
	err := st.Runs(func(es []*timeline.Event) error { all = append(all, es...); return nil })
	if err != nil {
		t.Fatal(err)
	}
	if !slices.IsSortedFunc(all, timeline.Compare) {
		t.Error("the corrected stream is out of order")
	}
	for _, e := range append(all, st.Undated...) {
		var arts []string
		for _, s := range e.Sources {
			arts = append(arts, s.Article)
		}
		d := fmt.Sprintf("%s %s %s [%s]", e.Date.Start.Format(e.Date.Precision), e.Type, strings.Join(e.Codes, ","), strings.Join(arts, " "))
		if e.Corrected {
			d += " corrected: " + e.EditorNote
		}
		out = append(out, d)
	}
	return out
}

// idOf is the id of the event of a type on a day.
func idOf(t *testing.T, st *timeline.Stream, typ, day string) string {
	t.Helper()
	id := ""
	st.Runs(func(es []*timeline.Event) error {
		for _, e := range es {
			if e.Type == typ && e.Date.Start.Format(e.Date.Precision) == day {
				id = e.ID
			}
		}
		return nil
	})
	if id == "" {
		t.Fatalf("no %s on %s", typ, day)
	}
	return id
}

func TestApply(t *testing.T) {
	read := func(st *timeline.Stream) *File {
		talks, forum, other := idOf(t, st, "talks", "2024-05-08"), idOf(t, st, "forum", "2024-05-09"), idOf(t, st, "talks", "2024-06-20")
		s23, s24 := idOf(t, st, "summit", "2023-08-08"), idOf(t, st, "summit", "2024-08-09")
		f, err := Read(strings.NewReader(fmt.Sprintf(`
- id: %s
  set: {start: 2024-05-10, title: "Business forum <b>&</b>"}
  note: "the organisers' date\nDESCRIPTION:forged"
- id: %s
  hide: true
- merge: [%s, %s]
  set: {start: 2024-08-09}
  note: one summit
- id: %s
  split: {sources: [a6], set: {start: 2024-05-07}}
  note: two meetings
- add: {type: signing, title: Transit treaty, start: 2024-07-01, participants: [{code: KZ}, {code: UZ}], url: "https://example.org/t"}
  note: signed, not reported
`, forum, other, s24, s23, talks)), "corrections.yaml")
		if err != nil {
			t.Fatal(err)
		}
		return f
	}
	want := []string{
		"2024-05-07 talks KZ,UZ [a6] corrected: two meetings",
		"2024-05-08 talks KZ,UZ [a1] corrected: two meetings",
		"2024-05-10 forum KZ,UZ [a2] corrected: the organisers' date\nDESCRIPTION:forged",
		"2024-07-01 signing KZ,UZ [corrections] corrected: signed, not reported",
		"2024-08-09 summit KG,KZ,TJ,TM,UZ [a4 a5] corrected: one summit",
	}
	st := stream(t, "a1", "a2", "a3", "a4", "a5", "a6")
	f := read(st)
	got, errs := f.Apply(st)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	if g := events(t, got); !slices.Equal(g, want) {
		t.Errorf("corrected:\n%s\nwant\n%s", strings.Join(g, "\n"), strings.Join(want, "\n"))
	}
	// an unrelated article added: the same entries apply, to the same events
	articles["a7"] = "On 2 March 2024 the prime ministers of Turkmenistan and Azerbaijan held talks in Baku."
	defer delete(articles, "a7")
	more := stream(t, "a1", "a2", "a3", "a4", "a5", "a6", "a7")
	got, errs = f.Apply(more)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	g := events(t, got)
	if len(g) != len(want)+1 || !slices.Equal(g[1:], want) || !strings.Contains(g[0], "2024-03-02 talks") {
		t.Errorf("with an unrelated article:\n%s", strings.Join(g, "\n"))
	}
}

// TestStale: an entry whose event is gone is named with its line and the
// event nearest it; the others apply.
func TestStale(t *testing.T) {
	st := stream(t, "a1", "a2")
	forum := idOf(t, st, "forum", "2024-05-09")
	f, err := Read(strings.NewReader(fmt.Sprintf(`- id: %s
  set: {title: Business forum}
- id: 0123456789ab
  date: 2024-05-08
  type: talks
  set: {status: held}
`, forum)), "corrections.yaml")
	if err != nil {
		t.Fatal(err)
	}
	got, errs := f.Apply(st)
	if len(errs) != 1 {
		t.Fatalf("errors %v, want one", errs)
	}
	msg := errs[0].Error()
	talks := idOf(t, st, "talks", "2024-05-08")
	if !strings.HasPrefix(msg, "corrections.yaml:3: set: no event 0123456789ab") || !strings.Contains(msg, "the nearest is "+talks) {
		t.Errorf("stale entry reported as %q", msg)
	}
	if g := events(t, got); !strings.Contains(strings.Join(g, "\n"), "forum KZ,UZ [a2] corrected") {
		t.Errorf("the other entry did not apply:\n%s", strings.Join(g, "\n"))
	}
}
