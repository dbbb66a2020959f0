// Package ics renders a timeline as an RFC 5545 iCalendar feed with
// github.com/arran4/golang-ical: one all-day VEVENT per dated event, CRLF lines.
//
// A subscribed calendar must see an event change only when it changed, so each
// event carries a Revision (SEQUENCE, DTSTAMP and LAST-MODIFIED) kept from one
// run to the next (see Prepared); the feed never depends on the time it was
// written.
package ics

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

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
	// Digest is the digest (timeline.Event.Digest, salted with
	// Reuse.Salt) of the event whose text Hash names; "" when unknown.
	Digest string `json:"digest,omitempty"`
}

// Revisions maps event UIDs to their revision.
type Revisions map[string]Revision

// UID is the iCalendar UID of an event.
func UID(e *timeline.Event) string { return e.ID + "@timeline" }

// NewPrepared starts a Prepared of the revisions prev a run at time now
// starts from, for events put in a list at a time by Add. A timeline too
// large to hold at once is so prepared a part at a time, the texts of a
// part let go (Forget) once its feeds are written: a Prepared knows an
// event by its ID. It takes prev over: Add puts each event's revision in
// it, in place of the one it read (an event is added once), so that one
// map of every event's revision is held, not two; Revised returns it.
func NewPrepared(prev Revisions, now time.Time, salt string) *Prepared {
	if prev == nil {
		prev = Revisions{}
	}
	return &Prepared{at: map[string]int{}, prev: prev, next: prev, now: now, salt: salt}
}

// Add prepares events on all cores: it renders each one's VEVENT and gives
// it its revision. An event whose content is unchanged keeps its revision;
// a changed one gets the next sequence and now as its modification time; a
// new one starts at 0; the entries of events no longer present are kept,
// so an event that comes back continues its sequence. With salt, which
// names the program (see timeline.Event.Digest), an event whose digest is
// the one its revision holds is not rendered: it keeps its revision, its
// text made when a feed writes it. digests, when not nil, holds the
// events' digests with the salt, worked out already. Add is not safe to
// call from more than one goroutine at once.
func (p *Prepared) Add(events []*timeline.Event, digests []string) {
	revs := make([]Revision, len(events))
	texts := make([][]byte, len(events))
	kept := make([]bool, len(events))
	parallel.For(len(events), func(i int) {
		e := events[i]
		if !Placeable(e) {
			return
		}
		digest := ""
		if p.salt != "" {
			if digests != nil {
				digest = digests[i]
			} else {
				digest = e.Digest(p.salt)
			}
			if r, ok := p.prev[UID(e)]; ok && r.Digest == digest {
				revs[i], kept[i] = r, true
				return
			}
		}
		text := render(e)
		if text == nil {
			return
		}
		revs[i] = revision(p.prev, e, text, p.now)
		revs[i].Digest = digest
		texts[i] = stamped(text, revs[i])
	})
	for i, e := range events {
		switch {
		case kept[i]:
			p.add(e, nil)
			p.kept++
		case texts[i] != nil:
			p.add(e, texts[i])
		}
		if revs[i].Hash != "" {
			p.next[UID(e)] = revs[i]
		}
	}
}

// Forget lets go of the texts of events: one is made again if a feed
// writes it later.
func (p *Prepared) Forget(events []*timeline.Event) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, e := range events {
		if i, ok := p.at[e.ID]; ok {
			p.slots[i] = nil
		}
	}
}

// Revised ends the adding: it returns the revisions to keep (the previous
// run's with the events' put in) and how many events were not rendered
// (their digest unchanged, see Add).
func (p *Prepared) Revised() (Revisions, int) { return p.next, p.kept }

// render is the VEVENT of e without stamps, or nil when no calendar shows it.
func render(e *timeline.Event) []byte {
	ve := vevent(e)
	if ve == nil {
		return nil
	}
	b := bytes.NewBuffer(make([]byte, 0, 2048)) // most VEVENTs fit
	if ve.SerializeTo(b, serialConfig) != nil {
		return nil
	}
	return b.Bytes()
}

// revision is the revision of event e, whose VEVENT without stamps is
// text, after a run at time now (see Add).
func revision(prev Revisions, e *timeline.Event, text []byte, now time.Time) Revision {
	h := hash(text)
	now = now.UTC().Truncate(time.Second)
	rev, ok := prev[UID(e)]
	switch {
	case !ok:
		return Revision{Hash: h, Modified: now}
	case rev.Hash != h:
		return Revision{Hash: h, Sequence: rev.Sequence + 1, Modified: now}
	}
	return rev
}

// add holds the text of e, or (text nil) none, the text to be made when
// written; its stamps are those of the event's revision in p.next.
func (p *Prepared) add(e *timeline.Event, text []byte) {
	p.at[e.ID] = len(p.slots)
	p.slots = append(p.slots, text)
}

// text is the VEVENT of e, nil when it is not written.
func (p *Prepared) text(e *timeline.Event) []byte {
	p.mu.Lock()
	defer p.mu.Unlock()
	i, ok := p.at[e.ID]
	if !ok {
		return nil
	}
	if p.slots[i] == nil {
		if text := render(e); text != nil {
			p.slots[i] = stamped(text, p.next[UID(e)])
		}
	}
	return p.slots[i]
}

const (
	begin = "BEGIN:VEVENT\r\n"
	end   = "END:VEVENT\r\n"
)

// stamped is the text of a VEVENT without stamps with rev's stamps put in
// as its last properties, where golang-ical would put them.
func stamped(text []byte, rev Revision) []byte {
	body := bytes.TrimSuffix(text, []byte(end))
	return slices.Concat(body, stamps(rev))
}

// stamps are the last lines of a VEVENT stamped with rev, its END among them.
func stamps(rev Revision) []byte {
	t := rev.Modified.UTC().Format("20060102T150405Z")
	return []byte("DTSTAMP:" + t + "\r\nLAST-MODIFIED:" + t + "\r\nSEQUENCE:" + strconv.Itoa(rev.Sequence) + "\r\n" + end)
}

// hash is the hash of a VEVENT's text without stamps, as written with
// line feeds (what revisions kept by earlier versions hold); the text is
// given in parts (none split inside a CRLF), which hash as one.
func hash(parts ...[]byte) string {
	h := sha256.New()
	for _, p := range parts {
		for len(p) > 0 {
			i := bytes.Index(p, []byte("\r\n"))
			if i < 0 {
				h.Write(p)
				break
			}
			h.Write(p[:i])
			h.Write([]byte{'\n'})
			p = p[i+2:]
		}
	}
	return hex.EncodeToString(h.Sum(nil)[:12])
}

// Clean makes article text safe for a property value: line breaks and tabs
// become spaces and other control characters go, so no text can end a
// property and start another. (The writer escapes backslash, comma and
// semicolon.)
func Clean(s string) string {
	if plain(s) {
		return s
	}
	return clean(s)
}

// clean is Clean of any text.
func clean(s string) string {
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

// plain reports whether Clean leaves s as it is: no control or separator
// character, no byte order mark, no invalid UTF-8 (most text).
func plain(s string) bool {
	for _, r := range s {
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || r == '\ufeff' || r == '\u2028' || r == '\u2029' || r == utf8.RuneError {
			return false
		}
	}
	return true
}

// Prepared holds what feeds write of each event: its VEVENT text, made once
// and written into as many feeds as hold the event, or, for an event kept
// as its revision was (see Add), the revision, its text made
// when a feed first writes it. Its methods are safe for concurrent use but
// for Add.
type Prepared struct {
	at    map[string]int // event ID → index in slots; set by Add
	mu    sync.Mutex     // guards the slots
	slots [][]byte       // the texts, nil until made
	// next holds the revision each text is stamped with, by UID (with
	// those of events no longer written, Revised's result)
	next Revisions

	// while events are added (see NewPrepared)
	prev Revisions
	now  time.Time
	salt string
	kept int // events not rendered
}

var serialConfig = &ical.SerializationConfiguration{MaxLength: 75, PropertyMaxLength: 75, NewLine: "\r\n"}

// Write writes a feed of the prepared events among events.
func (p *Prepared) Write(w io.Writer, events []*timeline.Event, feed Feed) error {
	// The events are written one by one between the calendar's head and
	// its END line, so no feed is ever built whole in memory.
	head, foot, err := shell(feed)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	bw.Write(head)
	for _, e := range events {
		if t := p.text(e); t != nil {
			bw.Write(t)
		}
	}
	bw.Write(foot)
	return bw.Flush()
}

// Digest names what Write writes for the feed, without writing it: its
// head and, for each event written, a line of its UID and revision (whose
// hash names its text, and whose stamps are the rest). Equal digests,
// equal bytes.
func (p *Prepared) Digest(events []*timeline.Event, feed Feed) (string, error) {
	head, foot, err := shell(feed)
	if err != nil {
		return "", err
	}
	h := sha256.New()
	h.Write(head)
	p.revisions(h, events)
	h.Write(foot)
	return hex.EncodeToString(h.Sum(nil)), nil
}

// revisions writes to h the line of each event written and returns their
// number.
func (p *Prepared) revisions(h io.Writer, events []*timeline.Event) int {
	n := 0
	var line []byte
	for _, e := range events {
		if _, ok := p.at[e.ID]; ok {
			uid := UID(e)
			line = appendLine(line[:0], uid, p.next[uid])
			h.Write(line)
			n++
		}
	}
	return n
}

// appendLine appends the line that names the text of the event uid
// stamped with rev in a Digest: its UID, the hash of its text without
// stamps, and the stamps.
func appendLine(b []byte, uid string, rev Revision) []byte {
	b = append(append(append(append(b, uid...), ' '), rev.Hash...), ' ')
	b = strconv.AppendInt(b, int64(rev.Sequence), 10)
	b = strconv.AppendInt(append(b, ' '), rev.Modified.Unix(), 10)
	return append(b, '\n')
}

// shell is the text of the feed's calendar before its events and after
// them.
func shell(feed Feed) (head, foot []byte, err error) {
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
	var b bytes.Buffer
	if err := cal.SerializeTo(&b, ical.WithNewLineWindows); err != nil {
		return nil, nil, err
	}
	i := bytes.Index(b.Bytes(), []byte("END:VCALENDAR"))
	if i < 0 {
		return nil, nil, errors.New("ics: no END:VCALENDAR in the calendar's head")
	}
	return b.Bytes()[:i], b.Bytes()[i:], nil
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
	// what the summary says in words, since many clients hide STATUS
	var words []string
	if w := statusWords(e); w != "" {
		words = append(words, w)
	}
	if e.Date.Precision != dates.Day {
		// One entry on the first day, not a bar across a month or a year.
		end = start.AddDate(0, 0, 1)
		words = append(words, fmt.Sprintf("%s %s, day not known", e.Date.Precision, e.Date.Start.Format(e.Date.Precision)))
		ve.SetProperty("X-TIMELINE-PRECISION", e.Date.Precision.String())
	}
	summary := e.Title
	if len(words) > 0 {
		summary += " (" + strings.Join(words, "; ") + ")"
	}
	ve.SetAllDayStartAt(start)
	ve.SetAllDayEndAt(end)
	ve.SetSummary(Clean(summary))
	switch {
	case e.Note == "cancelled":
		ve.SetStatus(ical.ObjectStatusCancelled)
	case e.Status == parse.Planned:
		ve.SetStatus(ical.ObjectStatusTentative)
	default:
		ve.SetStatus(ical.ObjectStatusConfirmed)
	}
	ve.SetTimeTransparency(ical.TransparencyTransparent)
	if loc := e.Where(); loc != "" {
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

// statusWords say what is known of whether the event was held: "" for a
// held event, "planned", "postponed", "cancelled", and "planned, not
// confirmed" or "postponed, not confirmed" for a plan whose days are over
// unreported.
func statusWords(e *timeline.Event) string {
	w := e.Note
	if w == "" && e.Status == parse.Planned {
		w = "planned"
	}
	if e.Unconfirmed {
		w += ", not confirmed"
	}
	return w
}

// description lists the participants, a visit's host and guests marked,
// and the people with their office; then what the articles say, a
// paragraph per citation: each article's outlet, date, title and link, then
// the quotes (the same words reprinted by several articles are given once).
// The line breaks are its own, the article text is cleaned.
func description(e *timeline.Event) string {
	g := places.Default()
	var b strings.Builder
	var who []string
	for _, c := range e.Codes {
		who = append(who, withSide(g.CountryName(c), e.Side(c)))
	}
	who = append(who, e.Groups...)
	if len(who) > 0 {
		fmt.Fprintf(&b, "Participants: %s.\n", Clean(strings.Join(who, ", ")))
	}
	var people []string
	for _, p := range e.People {
		people = append(people, strings.TrimSpace(p.Office+" "+p.Name))
	}
	if len(people) > 0 {
		fmt.Fprintf(&b, "People: %s.\n", Clean(strings.Join(people, ", ")))
	}
	for _, w := range e.Was {
		fmt.Fprintf(&b, "Moved from %s.\n", w.Start.Format(w.Precision))
	}
	if e.Corrected {
		fmt.Fprintf(&b, "Corrected by the editor%s.\n", Clean(strings.TrimRight(": "+e.EditorNote, ": ")))
	}
	for _, d := range e.Disagreement {
		fmt.Fprintf(&b, "Sources disagree: %s.\n", Clean(d))
	}
	for _, c := range e.Citations() {
		b.WriteString("\n")
		for _, a := range c.Articles {
			b.WriteString(Clean(sourceLine(a)) + "\n")
			if safeURL(a.URL) {
				b.WriteString(Clean(a.URL) + "\n")
			}
		}
		for _, q := range c.Quotes {
			fmt.Fprintf(&b, "“%s”\n", Clean(q))
		}
	}
	return strings.TrimSpace(b.String())
}

// sourceLine names a source: "Kun.uz, 14 Nov 2025: the article's title",
// the article's id when its outlet is not known, with its language.
func sourceLine(s timeline.Source) string {
	line := s.Outlet
	if line == "" {
		line = s.Article
	}
	if !s.Published.IsZero() {
		line += ", " + s.Published.Time().Format("2 Jan 2006")
	}
	if s.Title != "" {
		line += ": " + s.Title
	}
	if s.Language != "" {
		line += " (" + s.Language + ")"
	}
	return line
}

// withSide is a country's name with its side of a visit: "Uzbekistan
// (host)".
func withSide(name, side string) string {
	if side == "" {
		return name
	}
	return name + " (" + side + ")"
}

func safeURL(u string) bool {
	l := strings.ToLower(strings.TrimSpace(u))
	return strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "http://")
}
