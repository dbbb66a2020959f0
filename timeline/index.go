package timeline

import (
	"slices"
	"time"

	"github.com/ca-diplomacy/timeline/parse"
	"github.com/ca-diplomacy/timeline/parse/dates"
)

// byDay finds among the dated events of one article the first that a
// mention tells of again (as find does), looking only at the events of
// the mention's family filed under the days, months or years its date
// covers, so that the cost of an article grows with its length, not its
// square.
type byDay struct {
	events []*Event
	at     map[dayKey][]int // positions in events
}

// dayKey files an event by family and day, month or year: day 0 is the
// whole of a month and month 0 of a year, for the dates known so far only;
// an "any" key (month or day -1) holds every event in a year or a month,
// whatever it is known to. Dates without a year are under year 0.
type dayKey struct {
	family           string
	year, month, day int
}

const anyOf = -1

// A date longer than maxDays is filed under its months, one longer than
// maxMonths under its years: a few keys each.
const (
	maxDays   = 62
	maxMonths = 24
)

func newByDay() *byDay { return &byDay{at: map[dayKey][]int{}} }

// level is what a date is filed under: its days, months or years.
func level(d dates.Value) dates.Precision {
	first, last := d.Start.Year*12+d.Start.Month, d.End.Year*12+d.End.Month
	switch {
	case d.Precision == dates.Year || d.Start.Month == 0 || last < first || last-first >= maxMonths:
		return dates.Year
	case d.Precision == dates.Month || d.Start.Day == 0 || d.End.Day == 0 || d.End.Time().Sub(d.Start.Time()) > maxDays*24*time.Hour:
		return dates.Month
	}
	return dates.Day
}

// keys are the keys a date is filed under or, with lookup, those of every
// event it may overlap: a year's date overlaps all the year holds, a
// month's the month's events and its year's, a day's the day's and those
// of its month and year.
func keys(fam string, d dates.Value, lookup bool) []dayKey {
	if d.Start.Year == 0 {
		return []dayKey{{family: fam}}
	}
	var out []dayKey
	add := func(y, m, day int) { out = append(out, dayKey{fam, y, m, day}) }
	months := func(f func(y, m int)) {
		for n := d.Start.Year*12 + d.Start.Month - 1; n <= d.End.Year*12+d.End.Month-1; n++ {
			f(n/12, n%12+1)
		}
	}
	switch level(d) {
	case dates.Year:
		for y := d.Start.Year; y <= max(d.End.Year, d.Start.Year); y++ {
			add(y, anyOf, 0)
			if !lookup {
				add(y, 0, 0)
			}
		}
	case dates.Month:
		months(func(y, m int) {
			add(y, m, anyOf)
			if lookup {
				add(y, 0, 0)
			} else {
				add(y, m, 0)
				add(y, anyOf, 0)
			}
		})
	default:
		for t := d.Start.Time(); !t.After(d.End.Time()); t = t.AddDate(0, 0, 1) {
			add(t.Year(), int(t.Month()), t.Day())
		}
		months(func(y, m int) {
			if lookup {
				add(y, m, 0)
				add(y, 0, 0)
			} else {
				add(y, m, anyOf)
				add(y, anyOf, 0)
			}
		})
	}
	return out
}

// file files event i under the months of its date (again after its date
// changed: a stale entry is only looked at in vain).
func (b *byDay) file(i int) {
	e := b.events[i]
	for _, k := range keys(family[e.Type], e.Date, false) {
		if l := b.at[k]; len(l) == 0 || l[len(l)-1] != i {
			b.at[k] = append(l, i)
		}
	}
}

// add adds a new event.
func (b *byDay) add(e *Event) {
	b.events = append(b.events, e)
	b.file(len(b.events) - 1)
}

// take adds m to the first event that tells of it and returns true, or
// returns false when none does.
func (b *byDay) take(m *parse.Mention) bool {
	var cands []int
	for _, k := range keys(family[m.Type], m.Date, true) {
		cands = append(cands, b.at[k]...)
	}
	slices.Sort(cands)
	cands = slices.Compact(cands)
	t := tellingOf(m)
	for _, i := range cands {
		if e := b.events[i]; same(e, t) {
			e.add(m)
			b.file(i)
			return true
		}
	}
	return false
}
