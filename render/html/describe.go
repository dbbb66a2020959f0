package html

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/ca-diplomacy/timeline/parse/places"
)

// typeColors gives every event type a colour of its own, the same on
// every page (the Okabe–Ito colours, told apart with most kinds of colour
// blindness, then Paul Tol's muted ones).
var typeColors = map[string]string{
	"Summit": "#0072b2", "State visit": "#d55e00", "Official visit": "#e69f00", "Working visit": "#b8a200",
	"Visit": "#8c564b", "Dialogue": "#009e73", "Talks": "#56b4e9", "Call": "#7f7f7f",
	"Council meeting": "#332288", "Conference": "#999933", "Forum": "#cc79a7", "Signing": "#882255",
	"Event": "#444444",
}

// colorOf is the colour of a type's label; a label not known is grey.
func colorOf(label string) string {
	if c, ok := typeColors[label]; ok {
		return c
	}
	return "#555555"
}

// axisSpan is the first and last year the time chart shows at first: all
// the years but a few lone events years away from the others (an event of
// 2000 beside hundreds from 2017 on), which the slider still reaches. ok is
// false when every year is shown.
func axisSpan(perYear map[int]int) (first, last int, left int, ok bool) {
	var years []int
	total := 0
	for y, n := range perYear {
		if y != 0 {
			years = append(years, y)
			total += n
		}
	}
	if len(years) < 3 {
		return 0, 0, 0, false
	}
	sort.Ints(years)
	// a year is lone when it is 3 or more years from the next and the
	// events cut off are at most 1 in 50 (and 20)
	lone := func(a, b int) bool { return b-a >= 3 }
	limit := min(20, max(1, total/50))
	lo, hi := 0, len(years)-1
	for lo < hi && lone(years[lo], years[lo+1]) && left+perYear[years[lo]] <= limit {
		left += perYear[years[lo]]
		lo++
	}
	for hi > lo && lone(years[hi-1], years[hi]) && left+perYear[years[hi]] <= limit {
		left += perYear[years[hi]]
		hi--
	}
	if left == 0 {
		return 0, 0, 0, false
	}
	return years[lo], years[hi], left, true
}

// Text alternatives of the charts, for those who cannot see them.

func describeTime(t *tally) string {
	var parts []string
	for _, l := range sortedByCount(t.labels) {
		parts = append(parts, fmt.Sprintf("%s %d", strings.ToLower(l), t.labels[l]))
	}
	years := t.sortedYears()
	if len(years) == 0 {
		return "Time chart: no dated event."
	}
	n := 0
	for _, c := range t.labels {
		n += c
	}
	return fmt.Sprintf("Time chart of %d events with a known year, from %s to %s, by type: %s.", n, years[0], years[len(years)-1], strings.Join(parts, ", "))
}

func describeHeatmap(t *tally) string {
	day, most := "", 0
	for d, n := range t.perDay {
		if n > most || n == most && d < day {
			day, most = d, n
		}
	}
	if most == 0 {
		return "Calendar of events per day: no event known to the day."
	}
	years := t.sortedYears()
	return fmt.Sprintf("Calendar of events per day, one per year from %s to %s; the busiest day, %s, had %d.",
		years[0], years[len(years)-1], day, most)
}

func describeMap(t *tally) string {
	if len(t.at) == 0 {
		return "Map: no event place is known."
	}
	at := slices.Clone(t.at)
	sort.SliceStable(at, func(i, j int) bool { return t.spots[at[i]].n > t.spots[at[j]].n })
	var parts []string
	for _, k := range at[:min(5, len(at))] {
		parts = append(parts, fmt.Sprintf("%s %d", t.spots[k].name, t.spots[k].n))
	}
	return fmt.Sprintf("Map of %d event places; the most events: %s.", len(t.at), strings.Join(parts, ", "))
}

func describeGraph(t *tally) string {
	if len(t.pair) == 0 {
		return "Who meets whom: no two countries share an event."
	}
	g := places.Default()
	var ps [][2]string
	for p := range t.pair {
		ps = append(ps, p)
	}
	sort.Slice(ps, func(i, j int) bool {
		if t.pair[ps[i]] != t.pair[ps[j]] {
			return t.pair[ps[i]] > t.pair[ps[j]]
		}
		return ps[i][0]+ps[i][1] < ps[j][0]+ps[j][1]
	})
	var parts []string
	for _, p := range ps[:min(5, len(ps))] {
		parts = append(parts, fmt.Sprintf("%s and %s %d", g.CountryName(p[0]), g.CountryName(p[1]), t.pair[p]))
	}
	return fmt.Sprintf("Who meets whom: %d countries linked by the events they share; the most shared: %s.", len(t.count), strings.Join(parts, ", "))
}

// sortedByCount is the keys of m, the largest count first.
func sortedByCount(m map[string]int) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool { return m[ks[i]] > m[ks[j]] || m[ks[i]] == m[ks[j]] && ks[i] < ks[j] })
	return ks
}
