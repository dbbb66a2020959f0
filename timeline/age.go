package timeline

import (
	"time"

	"github.com/ca-diplomacy/timeline/parse"
	"github.com/ca-diplomacy/timeline/parse/dates"
)

// unconfirmed reports whether e is a plan, or a plan put off, whose days
// are over as of today with no report that it was held: a report of it
// held would have merged with it and made it held. A plan called off is
// no plan.
func (e *Event) unconfirmed(today dates.Date) bool {
	if e.Status != parse.Planned || e.Note == "cancelled" || !e.Dated || !e.Date.YearKnown() {
		return false
	}
	return lastDay(e.Date).Compare(today) < 0
}

// LastDay is the last day the event's date covers: the last of its month
// or year for a month or a year.
func (e *Event) LastDay() dates.Date { return lastDay(e.Date) }

// lastDay is the last day a date covers: the last of its month or year
// for a month or a year.
func lastDay(v dates.Value) dates.Date {
	d := v.End
	switch v.Precision {
	case dates.Year:
		return dates.Date{Year: d.Year, Month: 12, Day: 31}
	case dates.Month:
		return dates.DateOf(time.Date(d.Year, time.Month(d.Month)+1, 0, 0, 0, 0, 0, time.UTC)) // day 0: the last of the month before
	}
	return d
}

// age marks the plans of es whose days are over as of today (Unconfirmed),
// and unmarks those that are not: the same events rendered on a later day
// may have aged.
func age(es []*Event, today dates.Date) {
	for _, e := range es {
		if u := e.unconfirmed(today); u != e.Unconfirmed {
			e.Unconfirmed = u
			e.kept = keptDigest{} // its digest was worked out before
		}
	}
}

// Aged is the stream with its plans aged as of now (see Event.Unconfirmed).
func (st *Stream) Aged(now time.Time) *Stream {
	today := dates.DateOf(now)
	runs := st.Runs
	return &Stream{Undated: st.Undated, Runs: func(yield func([]*Event) error) error {
		return runs(func(es []*Event) error {
			age(es, today)
			return yield(es)
		})
	}}
}
