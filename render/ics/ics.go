// Package ics renders a timeline as an RFC 5545 iCalendar feed with
// github.com/arran4/golang-ical: one all-day VEVENT per dated event, CRLF lines.
//
// A subscribed calendar must see an event change only when it changed, so each
// event carries a Revision (SEQUENCE, DTSTAMP and LAST-MODIFIED) kept from one
// run to the next by Revise; the feed never depends on the time it was written.
package ics

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	ical "github.com/arran4/golang-ical"
	"github.com/ca-diplomacy/timeline/parse"
	"github.com/ca-diplomacy/timeline/parse/dates"
	"github.com/ca-diplomacy/timeline/parse/places"
	"github.com/ca-diplomacy/timeline/timeline"
	"github.com/ca-diplomacy/timeline/timeline/parallel"
)

// Feed names a calendar.
type Feed struct {
	Name        string
	Description string
	Refresh     string // REFRESH-INTERVAL and X-PUBLISHED-TTL, an RFC 5545 duration; "PT12H" when empty
}

// Revision is what a calendar client is told about an event's history.
type Revision struct {
	Hash     string    `json:"hash"`     // of the event's content, stamps left out
	Sequence int       `json:"sequence"` // grows by one each time the content changes
	Modified time.Time `json:"modified"` // when the content last changed
}

// Revisions maps event UIDs to their revision.
type Revisions map[string]Revision

// Epoch stamps events whose history is unknown (a feed written without
// revisions): a fixed time, so that the feed does not change from run to run.
var Epoch = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// UID is the iCalendar UID of an event.
func UID(e *timeline.Event) string { return e.ID + "@timeline" }

// Revise returns the revisions of events after a run at time now: an event
// whose content is unchanged keeps its revision; a changed one gets the next
// sequence and now as its modification time; a new one starts at 0. Entries of
// events no longer present are kept, so an event that comes back continues its
// sequence.
func Revise(prev Revisions, events []*timeline.Event, now time.Time) Revisions {
	return run(prev, events, now, false).revs
}

// PrepareRevised is Revise then Prepare, building each event's VEVENT once.
// Each VEVENT lives only while its event is rendered: what is kept is text.
func PrepareRevised(prev Revisions, events []*timeline.Event, now time.Time) (Prepared, Revisions) {
	r := run(prev, events, now, true)
	return r.prepared, r.revs
}

// Prepare renders the VEVENT of every placeable event, with its revision's
// stamps (Epoch and sequence 0 for an event revs does not hold), on all cores.
func Prepare(events []*timeline.Event, revs Revisions) Prepared {
	p := Prepared{}
	texts := make([][]byte, len(events))
	parallel.For(len(events), func(i int) {
		if ve := vevent(events[i]); ve != nil {
			rev, ok := revs[UID(events[i])]
			if !ok {
				rev = Revision{Modified: Epoch}
			}
			texts[i] = stamped(ve, rev)
		}
	})
	for i, e := range events {
		if texts[i] != nil {
			p[UID(e)] = texts[i]
		}
	}
	return p
}

type runResult struct {
	revs     Revisions
	prepared Prepared
}

// run revises every event against prev (see Revise) and, with render,
// renders its VEVENT stamped with the new revision.
func run(prev Revisions, events []*timeline.Event, now time.Time, render bool) runResult {
	now = now.UTC().Truncate(time.Second)
	texts := make([][]byte, len(events))
	revs := make([]Revision, len(events))
	changed := make([]bool, len(events))
	parallel.For(len(events), func(i int) {
		ve := vevent(events[i])
		if ve == nil {
			return
		}
		h := hash(ve)
		rev, ok := prev[UID(events[i])]
		switch {
		case !ok:
			rev, changed[i] = Revision{Hash: h, Modified: now}, true
		case rev.Hash != h:
			rev, changed[i] = Revision{Hash: h, Sequence: rev.Sequence + 1, Modified: now}, true
		}
		revs[i] = rev
		if render {
			texts[i] = stamped(ve, rev)
		}
	})
	r := runResult{revs: Revisions{}, prepared: Prepared{}}
	for k, v := range prev {
		r.revs[k] = v
	}
	for i, e := range events {
		if changed[i] {
			r.revs[UID(e)] = revs[i]
		}
		if texts[i] != nil {
			r.prepared[UID(e)] = texts[i]
		}
	}
	return r
}

// stamped is the text of ve stamped with rev, or nil when it cannot be
// written.
func stamped(ve *ical.VEvent, rev Revision) []byte {
	ve.SetDtStampTime(rev.Modified)
	ve.SetLastModifiedAt(rev.Modified)
	ve.SetSequence(rev.Sequence)
	var b bytes.Buffer
	if ve.SerializeTo(&b, serialConfig) != nil {
		return nil
	}
	return b.Bytes()
}

func hash(ve *ical.VEvent) string {
	sum := sha256.Sum256([]byte(ve.Serialize(&ical.SerializationConfiguration{MaxLength: 75, PropertyMaxLength: 75, NewLine: "\n"})))
	return hex.EncodeToString(sum[:12])
}

// Clean makes article text safe for a property value: line breaks and tabs
// become spaces and other control characters go, so no text can end a
// property and start another. (The writer escapes backslash, comma and
// semicolon.)
func Clean(s string) string {
	s = strings.ReplaceAll(s, "\r\n", " ")
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\r' || r == '\t' || r == '\u2028' || r == '\u2029' || r == '\u0085':
			return ' '
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || r == '\ufeff':
			return -1
		}
		return r
	}, s)
}

// Write writes the feed of the dated events in events. Events without a
// known year are left out (a day with no year has no place on a calendar).
func Write(w io.Writer, events []*timeline.Event, feed Feed, revs Revisions) error {
	return Prepare(events, revs).Write(w, events, feed)
}

// Prepared holds the VEVENT text of events by UID, made once and written
// into as many feeds as hold the event.
type Prepared map[string][]byte

var serialConfig = &ical.SerializationConfiguration{MaxLength: 75, PropertyMaxLength: 75, NewLine: "\r\n"}

// Write writes a feed of the prepared events among events.
func (p Prepared) Write(w io.Writer, events []*timeline.Event, feed Feed) error {
	cal := ical.NewCalendar()
	cal.SetProductId("-//ca-diplomacy//timeline//EN")
	cal.SetName(Clean(feed.Name))
	cal.SetXWRCalName(Clean(feed.Name))
	if feed.Description != "" {
		cal.SetDescription(Clean(feed.Description))
		cal.SetXWRCalDesc(Clean(feed.Description))
	}
	refresh := feed.Refresh
	if refresh == "" {
		refresh = "PT12H"
	}
	cal.SetRefreshInterval(refresh)
	cal.SetXPublishedTTL(refresh)
	// The events are written one by one between the calendar's head and
	// its END line, so no feed is ever built whole in memory.
	var shell bytes.Buffer
	if err := cal.SerializeTo(&shell, ical.WithNewLineWindows); err != nil {
		return err
	}
	head, foot, ok := bytes.Cut(shell.Bytes(), []byte("END:VCALENDAR"))
	if !ok {
		return errors.New("ics: no END:VCALENDAR in the calendar's head")
	}
	bw := bufio.NewWriter(w)
	bw.Write(head)
	for _, e := range events {
		if t, ok := p[UID(e)]; ok {
			bw.Write(t)
		}
	}
	bw.WriteString("END:VCALENDAR")
	bw.Write(foot)
	return bw.Flush()
}

// Placeable reports whether an event can go on a calendar: it has a date
// with a known year.
func Placeable(e *timeline.Event) bool {
	return e.Dated && e.Date.Start.Year != 0 && e.Date.End.Year != 0
}

// vevent is the event's VEVENT without its stamps, or nil when the event
// cannot be placed on a calendar.
func vevent(e *timeline.Event) *ical.VEvent {
	if !Placeable(e) {
		return nil
	}
	ve := ical.NewEvent(UID(e))
	start := e.Date.Start.Time()
	end := e.Date.End.Time().AddDate(0, 0, 1) // DTEND of an all-day event is exclusive
	summary := e.Title
	tentative := e.Status == parse.Planned
	if e.Date.Precision != dates.Day {
		// One entry on the first day, not a bar across a month or a year.
		end = start.AddDate(0, 0, 1)
		summary = fmt.Sprintf("%s (%s %s, day not known)", e.Title, e.Date.Precision, e.Date.Start.Format(e.Date.Precision))
		ve.SetProperty("X-TIMELINE-PRECISION", e.Date.Precision.String())
		tentative = true
	}
	if e.Note != "" {
		summary += " — " + e.Note
	}
	ve.SetAllDayStartAt(start)
	ve.SetAllDayEndAt(end)
	ve.SetSummary(Clean(summary))
	switch {
	case e.Note == "cancelled":
		ve.SetStatus(ical.ObjectStatusCancelled)
	case tentative:
		ve.SetStatus(ical.ObjectStatusTentative)
	default:
		ve.SetStatus(ical.ObjectStatusConfirmed)
	}
	ve.SetTimeTransparency(ical.TransparencyTransparent)
	if loc := Location(e); loc != "" {
		ve.SetLocation(Clean(loc))
	}
	if e.Place.HasGeo {
		ve.SetProperty(ical.ComponentPropertyGeo, fmt.Sprintf("%.4f;%.4f", e.Place.Lat, e.Place.Lon))
	}
	ve.AddCategory(e.Type)
	for _, c := range e.Codes {
		ve.AddCategory(c)
	}
	ve.SetDescription(description(e))
	if len(e.Sources) > 0 && safeURL(e.Sources[0].URL) {
		ve.SetURL(Clean(e.Sources[0].URL))
	}
	return ve
}

// Location is "City, Country", the country alone, a venue, or "online".
func Location(e *timeline.Event) string {
	g := places.Default()
	var parts []string
	if e.Place.Venue != "" {
		parts = append(parts, e.Place.Venue)
	}
	if c := e.City(); c != "" {
		parts = append(parts, c)
	}
	if e.Place.Country != "" {
		parts = append(parts, g.CountryName(e.Place.Country))
	}
	if len(parts) == 0 && e.Place.Online {
		return "online"
	}
	return strings.Join(parts, ", ")
}

// description lists the participants, then each source: its quote and link,
// one per paragraph; the line breaks are its own, the article text is cleaned.
func description(e *timeline.Event) string {
	g := places.Default()
	var b strings.Builder
	var who []string
	for _, c := range e.Codes {
		who = append(who, g.CountryName(c))
	}
	who = append(who, e.Groups...)
	if len(who) > 0 {
		fmt.Fprintf(&b, "Participants: %s.\n", Clean(strings.Join(who, ", ")))
	}
	for _, d := range e.Disagreement {
		fmt.Fprintf(&b, "Sources disagree: %s.\n", Clean(d))
	}
	for _, s := range e.Sources {
		fmt.Fprintf(&b, "\n“%s”\n— %s", Clean(s.Quote), Clean(s.Article))
		if s.Language != "" {
			fmt.Fprintf(&b, " (%s)", Clean(s.Language))
		}
		if safeURL(s.URL) {
			fmt.Fprintf(&b, " %s", Clean(s.URL))
		}
		b.WriteByte('\n')
	}
	return strings.TrimSpace(b.String())
}

func safeURL(u string) bool {
	l := strings.ToLower(strings.TrimSpace(u))
	return strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "http://")
}
