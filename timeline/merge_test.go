package timeline

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/ca-diplomacy/timeline/parse"
	"github.com/ca-diplomacy/timeline/parse/dates"
)

// mergePlain is mergeAcross without buckets: each event is compared with
// every event before it. mergeAcross must give the same events.
func mergePlain(es []*Event) []*Event {
	var out []*Event
	for _, e := range es {
		best := -1
		for oi, o := range out {
			if o.mentions[0].Article != e.mentions[0].Article && joins(o, e) {
				best = oi
				break
			}
		}
		if best < 0 {
			out = append(out, e)
		} else {
			absorb(out[best], e)
		}
	}
	return out
}

// shape says how many random events over how many countries and days.
type shape struct{ n, countries, days, few int }

// randomEvents are n events as mergeArticle leaves them, one or a few per
// article, crowded on a few days so that many could be one: a mix of
// types, precisions (days and short ranges, months, years, no year,
// undated), places (cities, countries, online, none) and 2 or 3 countries,
// or fewer in one event in s.few (1 in 4 when 0): such events may join any
// event of their day.
func randomEvents(r *rand.Rand, s shape) []*Event {
	n, countries, days := s.n, s.countries, s.days
	types := []string{"summit", "state_visit", "official_visit", "visit", "talks", "call", "dialogue", "signing", "forum", "conference", "council_meeting"}
	codes := []string{"UZ", "KZ", "KG", "TJ", "TM", "RU", "CN", "TR", "AZ", "DE", "FR", "JP", "KR", "US"}[:countries]
	cities := map[string][]string{"UZ": {"Tashkent", "Samarkand"}, "KZ": {"Astana", "Almaty"}, "KG": {"Bishkek"}}
	var es []*Event
	for i := range n {
		m := parse.Mention{Article: fmt.Sprintf("a%05d", i/(1+r.IntN(3))), Offset: i, Type: types[r.IntN(len(types))], Dated: r.IntN(10) > 0}
		start := dates.DayValue(2024, 1, 1).Start.AddDays(r.IntN(days))
		switch p := r.IntN(20); {
		case !m.Dated:
		case p == 0:
			m.Date = dates.Value{Start: dates.Date{Year: start.Year}, End: dates.Date{Year: start.Year}, Precision: dates.Year}
		case p <= 2:
			end := dates.Date{Year: start.Year, Month: start.Month + r.IntN(2)}
			m.Date = dates.Value{Start: dates.Date{Year: start.Year, Month: start.Month}, End: end, Precision: dates.Month}
		case p == 3:
			d := dates.Date{Month: start.Month, Day: start.Day}
			m.Date = dates.Value{Start: d, End: d, Precision: dates.Day}
		default:
			m.Date = dates.Value{Start: start, End: start.AddDays(r.IntN(4) / 3 * r.IntN(10)), Precision: dates.Day}
		}
		k := 2 + r.IntN(2)
		if r.IntN(max(s.few, 4)) == 0 {
			k = r.IntN(2)
		}
		for range k {
			m.Codes = append(m.Codes, codes[r.IntN(len(codes))])
		}
		switch p := r.IntN(10); {
		case p < 3:
		case p == 3:
			m.Place.Online = true
		default:
			c := codes[r.IntN(len(codes))]
			m.Place.Country = c
			if cs := cities[c]; len(cs) > 0 && p > 5 {
				m.Place.City = cs[r.IntN(len(cs))]
			}
		}
		es = append(es, newEvent(&m))
	}
	return es
}

func describe(es []*Event) string {
	var b strings.Builder
	for _, e := range es {
		fmt.Fprintf(&b, "%s %s %v %v %v:", e.Type, format(e.Date), e.Place, e.Codes, e.Disagreement)
		for _, m := range e.mentions {
			fmt.Fprintf(&b, " %s#%d", m.Article, m.Offset)
		}
		b.WriteString("\n")
	}
	return b.String()
}

// TestMergeAcrossIsPlainScan: the buckets find the event a plain scan
// finds, on crowded random events (many merges, many near misses).
func TestMergeAcrossIsPlainScan(t *testing.T) {
	for seed := range uint64(20) {
		for _, shape := range []shape{{300, 3, 20, 0}, {2000, 5, 60, 0}, {2000, 14, 400, 0}, {2000, 14, 30, 20}} {
			got := describe(mergeAcross(randomEvents(rand.New(rand.NewPCG(seed, 1)), shape)))
			want := describe(mergePlain(randomEvents(rand.New(rand.NewPCG(seed, 1)), shape)))
			if got != want {
				t.Fatalf("seed %d %+v: buckets and plain scan differ\n%s", seed, shape, firstDiff(got, want))
			}
			if strings.Count(got, "\n") == shape.n {
				t.Fatalf("seed %d %+v: nothing merged, the test says nothing", seed, shape)
			}
		}
	}
}

func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(al), len(bl)) {
		if al[i] != bl[i] {
			return fmt.Sprintf("line %d:\n buckets: %s\n plain:   %s", i, al[i], bl[i])
		}
	}
	return fmt.Sprintf("%d lines vs %d", len(al), len(bl))
}

// BenchmarkMergeAcross merges 40,000 crowded events: 100 days, 14
// countries, one in 20 with fewer than two.
func BenchmarkMergeAcross(b *testing.B) {
	for b.Loop() {
		b.StopTimer()
		es := randomEvents(rand.New(rand.NewPCG(1, 1)), shape{40000, 14, 100, 20})
		b.StartTimer()
		mergeAcross(es)
	}
}
