// Package ics renders a timeline as an RFC 5545 iCalendar feed with
// github.com/arran4/golang-ical: one all-day VEVENT per event, CRLF lines.
package ics

import (
	"fmt"
	"io"
	"strings"
	"time"

	ical "github.com/arran4/golang-ical"
	"github.com/ca-diplomacy/timeline/parse/dates"
	"github.com/ca-diplomacy/timeline/timeline"
)

// clean makes article text safe for a property value: no CR, LF (escaped
// by the writer) is kept as one space, and no control characters.
func clean(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\t':
			return ' '
		case r < 0x20 || r == 0x7f:
			return -1
		}
		return r
	}, s)
}

// Write writes the feed of the timeline's dated events. Dates are all-day;
// month and year precision become one tentative day with the precision said.
func Write(w io.Writer, tl *timeline.Timeline, name string) error {
	cal := ical.NewCalendar()
	cal.SetMethod(ical.MethodPublish)
	cal.SetProductId("-//ca-diplomacy//timeline//EN")
	cal.SetName(name)
	cal.SetXWRCalName(name)
	cal.SetDescription("Diplomatic events read from news articles by timeline")
	cal.SetRefreshInterval("PT12H")
	cal.SetXPublishedTTL("PT12H")
	stamp := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, e := range tl.Events {
		if e.Date.Start.Year == 0 {
			continue // a day without a year cannot be placed on a calendar
		}
		ev := cal.AddEvent(e.ID + "@timeline")
		ev.SetDtStampTime(stamp)
		start := e.Date.Start.Time()
		end := e.Date.End.Time().AddDate(0, 0, 1)
		summary := e.Title
		if e.Date.Precision != dates.Day {
			end = start.AddDate(0, 0, 1)
			summary = fmt.Sprintf("%s (%s %s)", e.Title, e.Date.Precision, e.Date.Start.Format(e.Date.Precision))
			ev.SetProperty("X-TIMELINE-PRECISION", e.Date.Precision.String())
		}
		ev.SetAllDayStartAt(start)
		ev.SetAllDayEndAt(end)
		ev.SetSummary(clean(summary))
		if e.Status == "planned" || e.Date.Precision != dates.Day {
			ev.SetStatus(ical.ObjectStatusTentative)
		} else {
			ev.SetStatus(ical.ObjectStatusConfirmed)
		}
		if city := e.City(); city != "" || e.Place.Country != "" {
			ev.SetLocation(clean(strings.Trim(city+", "+e.Place.Country, ", ")))
		} else if e.Place.Online {
			ev.SetLocation("online")
		}
		if e.Place.HasGeo {
			ev.SetProperty(ical.ComponentPropertyGeo, fmt.Sprintf("%.4f;%.4f", e.Place.Lat, e.Place.Lon))
		}
		ev.AddCategory(e.Type)
		var desc []string
		for _, s := range e.Sources {
			desc = append(desc, fmt.Sprintf("%s: %s %s", s.Article, s.Quote, s.URL))
		}
		ev.SetDescription(clean(strings.Join(desc, " | ")))
		if len(e.Sources) > 0 && e.Sources[0].URL != "" {
			ev.SetURL(clean(e.Sources[0].URL))
		}
	}
	return cal.SerializeTo(w, ical.WithNewLineWindows)
}
