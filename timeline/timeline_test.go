package timeline

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ca-diplomacy/timeline/parse"
	"github.com/ca-diplomacy/timeline/parse/dates"
)

var (
	tashkent = parse.Place{City: "Tashkent", Country: "UZ"}
	astana   = parse.Place{City: "Astana", Country: "KZ"}
)

var offset int

func m(article, typ string, v dates.Value, p parse.Place, codes ...string) parse.Mention {
	return parse.Mention{Article: article, Type: typ, Status: parse.Held, Date: v, Dated: v != dates.Value{},
		Place: p, Codes: codes, Quote: article + " " + typ, Offset: next()}
}

// next gives each mention its own offset, as sentences of one article have.
func next() int {
	offset += 10
	return offset
}

// twice is a mention and its copy, as two files of one article give.
func twice(x parse.Mention) []parse.Mention { return []parse.Mention{x, x} }

func day(y, mo, d int) dates.Value { return dates.DayValue(y, mo, d) }

func TestBuildMerging(t *testing.T) {
	for _, c := range []struct {
		name     string
		mentions []parse.Mention
		events   int // dated events
		sources  []int
		types    []string
		disagree string // a substring of some disagreement, when one is expected
	}{
		{"one event in two articles",
			[]parse.Mention{m("a", "summit", day(2025, 11, 16), tashkent, "KZ", "UZ"), m("b", "summit", day(2025, 11, 16), tashkent, "UZ", "KZ")},
			1, []int{2}, []string{"summit"}, ""},
		{"the same event twice in one article",
			[]parse.Mention{m("a", "talks", day(2024, 8, 8), astana, "KZ", "UZ"), m("a", "talks", day(2024, 8, 8), astana, "KZ")},
			1, []int{2}, []string{"talks"}, ""},
		{"one mention read twice (a.txt and a.html) is one source",
			twice(m("a", "talks", day(2024, 8, 8), astana, "KZ", "UZ")),
			1, []int{1}, []string{"talks"}, ""},
		{"two kinds of event on one day in one city stay two",
			[]parse.Mention{m("a", "talks", day(2024, 8, 8), astana, "KZ", "UZ"), m("a", "signing", day(2024, 8, 8), astana, "KZ", "UZ")},
			2, []int{1, 1}, []string{"signing", "talks"}, ""},
		{"two talks with other partners on one day stay two",
			[]parse.Mention{m("a", "talks", day(2024, 8, 8), astana, "KZ", "UZ"), m("b", "talks", day(2024, 8, 8), astana, "KZ", "TR")},
			2, []int{1, 1}, []string{"talks", "talks"}, ""},
		{"a day and a month of one visit: the day is kept",
			[]parse.Mention{m("a", "state_visit", dates.MonthValue(2024, 4), parse.Place{Country: "TJ"}, "TJ", "UZ"), m("b", "state_visit", day(2024, 4, 18), parse.Place{City: "Dushanbe", Country: "TJ"}, "TJ", "UZ")},
			1, []int{2}, []string{"state_visit"}, "date: 2024-04 or 2024-04-18"},
		{"state or official: the disagreement is recorded",
			[]parse.Mention{m("a", "official_visit", day(2024, 4, 18), parse.Place{Country: "TJ"}, "TJ", "UZ"), m("b", "state_visit", day(2024, 4, 18), parse.Place{Country: "TJ"}, "TJ", "UZ")},
			1, []int{2}, []string{"state_visit"}, "type: official_visit or state_visit"},
		{"different days are different events",
			[]parse.Mention{m("a", "summit", day(2021, 8, 6), tashkent, "UZ"), m("b", "summit", day(2022, 7, 21), tashkent, "UZ")},
			2, []int{1, 1}, []string{"summit", "summit"}, ""},
		{"a year does not join a day told elsewhere",
			[]parse.Mention{m("a", "dialogue", dates.YearValue(2025), tashkent, "US", "UZ"), m("b", "dialogue", day(2025, 3, 1), tashkent, "US", "UZ")},
			2, []int{1, 1}, []string{"dialogue", "dialogue"}, ""},
		{"a summit's year joins its day told elsewhere in the same city with the same sides",
			[]parse.Mention{m("a", "summit", dates.YearValue(2025), tashkent, "KZ", "UZ", "TJ"), m("b", "summit", day(2025, 11, 16), tashkent, "KZ", "UZ", "KG")},
			1, []int{2}, []string{"summit"}, "date: 2025 or 2025-11-16"},
		{"a summit's year does not join its day told elsewhere in another city",
			[]parse.Mention{m("a", "summit", dates.YearValue(2025), astana, "KZ", "UZ", "TJ"), m("b", "summit", day(2025, 11, 16), tashkent, "KZ", "UZ", "KG")},
			2, []int{1, 1}, []string{"summit", "summit"}, ""},
		{"one summit day told with another city: the same sides outweigh the place",
			[]parse.Mention{m("a", "summit", day(2019, 11, 29), tashkent, "KZ", "UZ", "TJ"), m("b", "summit", day(2019, 11, 29), parse.Place{City: "Bishkek", Country: "KG"}, "KZ", "UZ", "KG")},
			1, []int{2}, []string{"summit"}, ""},
		{"places in two countries are two events",
			[]parse.Mention{m("a", "forum", day(2023, 5, 5), tashkent, "UZ"), m("b", "forum", day(2023, 5, 5), astana, "UZ")},
			2, []int{1, 1}, []string{"forum", "forum"}, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			tl := Build(c.mentions)
			if len(tl.Events) != c.events {
				t.Fatalf("%d events, want %d: %+v", len(tl.Events), c.events, tl.Events)
			}
			var types []string
			for i, e := range tl.Events {
				types = append(types, e.Type)
				if len(e.Sources) != c.sources[i] {
					t.Errorf("event %d has %d sources, want %d", i, len(e.Sources), c.sources[i])
				}
			}
			slices.Sort(types)
			if !slices.Equal(types, c.types) {
				t.Errorf("types %v, want %v", types, c.types)
			}
			if c.disagree != "" {
				var all []string
				for _, e := range tl.Events {
					all = append(all, e.Disagreement...)
				}
				if !strings.Contains(strings.Join(all, "\n"), c.disagree) {
					t.Errorf("disagreements %q lack %q", all, c.disagree)
				}
			}
		})
	}
}

// A visit told by one article on the day of arrival and by another on the
// next day is one visit of both days; talks, other sides, another country
// or a day between keep them apart.
func TestVisitDaysInARowAcrossArticles(t *testing.T) {
	dushanbe := parse.Place{City: "Dushanbe", Country: "TJ"}
	for _, c := range []struct {
		name     string
		mentions []parse.Mention
		spans    []string // of the dated events, in order
	}{
		{"the arrival and the next day",
			[]parse.Mention{m("a", "official_visit", day(2024, 4, 18), astana, "KG", "KZ"), m("b", "official_visit", day(2024, 4, 19), astana, "KG", "KZ")},
			[]string{"2024-04-18/2024-04-19"}},
		{"the next day told first, a span after it",
			[]parse.Mention{m("a", "state_visit", day(2024, 4, 20), dushanbe, "TJ", "UZ"), m("b", "state_visit", dates.Value{Start: dates.Date{Year: 2024, Month: 4, Day: 18}, End: dates.Date{Year: 2024, Month: 4, Day: 19}, Precision: dates.Day}, parse.Place{Country: "TJ"}, "TJ", "UZ")},
			[]string{"2024-04-18/2024-04-20"}},
		{"talks on two days in a row are two",
			[]parse.Mention{m("a", "talks", day(2024, 4, 18), astana, "KG", "KZ"), m("b", "talks", day(2024, 4, 19), astana, "KG", "KZ")},
			[]string{"2024-04-18", "2024-04-19"}},
		{"visits of other sides are two",
			[]parse.Mention{m("a", "official_visit", day(2024, 4, 18), astana, "KG", "KZ"), m("b", "official_visit", day(2024, 4, 19), astana, "TJ", "KZ")},
			[]string{"2024-04-18", "2024-04-19"}},
		{"visits to two countries are two",
			[]parse.Mention{m("a", "official_visit", day(2024, 4, 18), astana, "KG", "KZ"), m("b", "official_visit", day(2024, 4, 19), dushanbe, "KG", "TJ", "KZ")},
			[]string{"2024-04-18", "2024-04-19"}},
		{"a day between: two visits",
			[]parse.Mention{m("a", "official_visit", day(2024, 4, 18), astana, "KG", "KZ"), m("b", "official_visit", day(2024, 4, 20), astana, "KG", "KZ")},
			[]string{"2024-04-18", "2024-04-20"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			var spans []string
			for _, e := range Build(c.mentions).Events {
				spans = append(spans, format(e.Date))
				if len(c.spans) == 1 && len(e.Disagreement) > 0 {
					t.Errorf("the days of one visit noted as a disagreement: %q", e.Disagreement)
				}
			}
			if !slices.Equal(spans, c.spans) {
				t.Errorf("events of %v, want %v", spans, c.spans)
			}
		})
	}
}

// Undated events of different articles join when they share two countries
// and were published within a week of each other.
func TestUndatedMerging(t *testing.T) {
	undated := dates.Value{}
	uz := parse.Place{Country: "UZ"}
	on := func(m parse.Mention, day string) parse.Mention {
		m.Published = dates.DateOf(mustDay(day))
		return m
	}
	for _, c := range []struct {
		name     string
		mentions []parse.Mention
		undated  int
	}{
		{"two countries shared", []parse.Mention{m("a", "state_visit", undated, uz, "KZ", "UZ"), m("b", "state_visit", undated, uz, "UZ", "TJ", "KZ")}, 1},
		{"one country shared", []parse.Mention{m("a", "state_visit", undated, uz, "KZ", "UZ"), m("b", "state_visit", undated, uz, "UZ", "TJ")}, 2},
		{"another family", []parse.Mention{m("a", "state_visit", undated, uz, "KZ", "UZ"), m("b", "forum", undated, uz, "KZ", "UZ")}, 2},
		{"published days apart", []parse.Mention{on(m("a", "talks", undated, uz, "KZ", "UZ"), "2024-04-19"), on(m("b", "talks", undated, uz, "UZ", "KZ"), "2024-04-22")}, 1},
		{"published years apart", []parse.Mention{on(m("a", "talks", undated, uz, "KZ", "UZ"), "2022-10-27"), on(m("b", "talks", undated, uz, "UZ", "KZ"), "2024-04-19")}, 2},
		{"joins the first of two", []parse.Mention{m("a", "talks", undated, uz, "KZ", "UZ"), m("b", "talks", undated, uz, "TJ", "UZ"), m("c", "talks", undated, uz, "UZ", "KZ", "TJ")}, 2},
	} {
		t.Run(c.name, func(t *testing.T) {
			tl := Build(c.mentions)
			if len(tl.Undated) != c.undated {
				t.Errorf("%d undated events, want %d", len(tl.Undated), c.undated)
			}
		})
	}
}

func TestUndated(t *testing.T) {
	tl := Build([]parse.Mention{m("a", "state_visit", dates.Value{}, parse.Place{Country: "UZ"}, "KZ", "UZ")})
	if len(tl.Events) != 0 || len(tl.Undated) != 1 {
		t.Fatalf("events %d, undated %d", len(tl.Events), len(tl.Undated))
	}
	if tl.Undated[0].ID == "" {
		t.Error("an undated event has no id")
	}
}

// Ids do not depend on the run or on unrelated articles.
func TestStableIDs(t *testing.T) {
	base := []parse.Mention{m("a", "summit", day(2025, 11, 16), tashkent, "KZ", "UZ"), m("b", "talks", day(2024, 8, 8), astana, "KZ", "UZ")}
	ids := func(ms []parse.Mention) map[string]string {
		out := map[string]string{}
		for _, e := range Build(ms).Events {
			out[e.Type] = e.ID
		}
		return out
	}
	before := ids(base)
	after := ids(append([]parse.Mention{m("0", "forum", day(2023, 1, 1), parse.Place{City: "Paris", Country: "FR"}, "FR", "UZ")}, base...))
	for typ, id := range before {
		if after[typ] != id {
			t.Errorf("%s: id %s became %s when an unrelated article was added", typ, id, after[typ])
		}
	}
	if again := ids(base); again["summit"] != before["summit"] {
		t.Error("ids differ from run to run")
	}
}

func TestSorted(t *testing.T) {
	tl := Build([]parse.Mention{m("a", "summit", day(2025, 1, 2), tashkent), m("b", "summit", day(2021, 1, 2), astana), m("c", "forum", dates.MonthValue(2023, 5), astana)})
	for i := 1; i < len(tl.Events); i++ {
		if tl.Events[i-1].Date.Start.Compare(tl.Events[i].Date.Start) > 0 {
			t.Errorf("not sorted: %v before %v", tl.Events[i-1].Date, tl.Events[i].Date)
		}
	}
}

func TestJSON(t *testing.T) {
	tl := Build([]parse.Mention{m("a", "state_visit", dates.MonthValue(2024, 9), astana, "KZ", "UZ")})
	j := tl.Events[0].JSON()
	if *j.Start != "2024-09" || *j.End != "2024-09" || *j.Precision != "month" {
		t.Errorf("dates %s %s %s", *j.Start, *j.End, *j.Precision)
	}
	if j.Cameo != "042" || j.Place.City != "Astana" || len(j.Participants) != 2 || j.Participants[0].Kind != "country" {
		t.Errorf("%+v", j)
	}
}

// A visit's days are the longest span told of it up to a few days: "this
// week" and "22-23 August" make 22-23 August, "21 December" and "21-22
// December" make 21-22 December; talks take the narrower span.
func TestSpanOfDays(t *testing.T) {
	span := func(y, mo, d, d2 int) dates.Value {
		return dates.Value{Start: dates.Date{Year: y, Month: mo, Day: d}, End: dates.Date{Year: y, Month: mo, Day: d2}, Precision: dates.Day}
	}
	tj := parse.Place{Country: "TJ"}
	for _, c := range []struct {
		typ  string
		a, b dates.Value
		want dates.Value
	}{
		{"state_visit", span(2024, 8, 19, 25), span(2024, 8, 22, 23), span(2024, 8, 22, 23)},
		{"state_visit", span(2022, 12, 21, 21), span(2022, 12, 21, 22), span(2022, 12, 21, 22)},
		{"talks", span(2016, 4, 25, 26), span(2016, 4, 25, 25), span(2016, 4, 25, 25)},
	} {
		tl := Build([]parse.Mention{m("a", c.typ, c.a, tj, "KZ", "TJ"), m("a", c.typ, c.b, tj, "KZ", "TJ")})
		if len(tl.Events) != 1 || tl.Events[0].Date != c.want {
			t.Errorf("%s %v and %v: %v, want one event of %v", c.typ, c.a, c.b, tl.Events, c.want)
		}
	}
}

func mustDay(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}
