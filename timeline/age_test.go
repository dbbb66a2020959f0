package timeline

import (
	"testing"
	"time"

	"github.com/ca-diplomacy/timeline/parse"
	"github.com/ca-diplomacy/timeline/parse/dates"
)

// TestAged: a plan whose days are over with no report of it held is not
// confirmed, as of the day it is aged; the JSON says "confirmed": false.
func TestAged(t *testing.T) {
	now := time.Date(2026, 12, 6, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		name         string
		status, note string
		v            dates.Value
		unconfirmed  bool
	}{
		{"a plan of yesterday", parse.Planned, "", dates.DayValue(2026, 12, 5), true},
		{"a plan of today", parse.Planned, "", dates.DayValue(2026, 12, 6), false},
		{"a plan of this month", parse.Planned, "", dates.MonthValue(2026, 12), false},
		{"a plan of last month", parse.Planned, "", dates.MonthValue(2026, 11), true},
		{"a plan of this year", parse.Planned, "", dates.YearValue(2026), false},
		{"a plan put off, its new day over", parse.Planned, "postponed", dates.DayValue(2026, 10, 1), true},
		{"a plan called off", parse.Planned, "cancelled", dates.DayValue(2026, 10, 1), false},
		{"an event held", parse.Held, "", dates.DayValue(2026, 10, 1), false},
		{"an unknown year", parse.Planned, "", dates.Value{Start: dates.Date{Month: 5, Day: 1}, End: dates.Date{Month: 5, Day: 1}, Precision: dates.Day}, false},
	} {
		e := &Event{Type: "summit", Status: c.status, Note: c.note, Date: c.v, Dated: true}
		(&Timeline{Events: []*Event{e}}).File(now)
		if e.Unconfirmed != c.unconfirmed {
			t.Errorf("%s: unconfirmed %v, want %v", c.name, e.Unconfirmed, c.unconfirmed)
		}
		if j := e.JSON(); (j.Confirmed != nil && !*j.Confirmed) != c.unconfirmed {
			t.Errorf("%s: confirmed %v", c.name, j.Confirmed)
		}
	}
	// aged again on an earlier day, it is a plan again
	e := &Event{Type: "summit", Status: parse.Planned, Date: dates.DayValue(2026, 12, 5), Dated: true}
	tl := &Timeline{Events: []*Event{e}}
	tl.File(now)
	tl.File(now.AddDate(0, 0, -3))
	if e.Unconfirmed {
		t.Error("aged as of an earlier day, a plan stays unconfirmed")
	}
}
