package ics

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

	ical "github.com/arran4/golang-ical"
	"github.com/ca-diplomacy/timeline/parse"
	"github.com/ca-diplomacy/timeline/parse/dates"
	"github.com/ca-diplomacy/timeline/timeline"
)

func event(typ string, v dates.Value, status, quote string) *timeline.Event {
	return &timeline.Event{ID: "abc123", Type: typ, Title: timeline.Label(typ), Status: status, Date: v, Dated: true,
		Place:   parse.Place{City: "Tashkent", Country: "UZ", Lat: 41.26, Lon: 69.21, HasGeo: true},
		Codes:   []string{"KZ", "UZ"},
		Sources: []timeline.Source{{Article: "a1", URL: "https://example.org/a1", Language: "en", Quote: quote}}}
}

func write(t testing.TB, evs []*timeline.Event, revs Revisions) *ical.Calendar {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, evs, Feed{Name: "Test"}, revs); err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(bytes.ReplaceAll(b.Bytes(), []byte("\r\n"), nil), []byte("\n")) {
		t.Fatal("a bare LF in the feed")
	}
	cal, err := ical.ParseCalendar(&b)
	if err != nil {
		t.Fatalf("the feed does not parse back: %v", err)
	}
	return cal
}

func prop(e *ical.VEvent, p ical.ComponentProperty) string {
	if x := e.GetProperty(p); x != nil {
		return x.Value
	}
	return ""
}

func TestPrecisionForms(t *testing.T) {
	for _, c := range []struct {
		name                     string
		v                        dates.Value
		status                   string
		start, end, state, xprec string
		inSummary                string
	}{
		{"day", dates.DayValue(2024, 11, 13), parse.Held, "20241113", "20241114", "CONFIRMED", "", ""},
		{"range", dates.Value{Start: dates.Date{Year: 2024, Month: 8, Day: 7}, End: dates.Date{Year: 2024, Month: 8, Day: 9}, Precision: dates.Day},
			parse.Held, "20240807", "20240810", "CONFIRMED", "", ""},
		{"planned day", dates.DayValue(2025, 3, 1), parse.Planned, "20250301", "20250302", "TENTATIVE", "", "(planned)"},
		// TENTATIVE is for plans: a held event of a known month is confirmed
		{"month", dates.MonthValue(2024, 9), parse.Held, "20240901", "20240902", "CONFIRMED", "month", "(month 2024-09, day not known)"},
		{"year", dates.YearValue(2025), parse.Planned, "20250101", "20250102", "TENTATIVE", "year", "(planned; year 2025, day not known)"},
	} {
		t.Run(c.name, func(t *testing.T) {
			cal := write(t, []*timeline.Event{event("dialogue", c.v, c.status, "q")}, nil)
			evs := cal.Events()
			if len(evs) != 1 {
				t.Fatalf("%d events", len(evs))
			}
			e := evs[0]
			if got := prop(e, ical.ComponentPropertyDtStart); got != c.start {
				t.Errorf("DTSTART %s, want %s", got, c.start)
			}
			if got := prop(e, ical.ComponentPropertyDtEnd); got != c.end {
				t.Errorf("DTEND %s, want %s", got, c.end)
			}
			if got := prop(e, ical.ComponentPropertyStatus); got != c.state {
				t.Errorf("STATUS %s, want %s", got, c.state)
			}
			if got := prop(e, "X-TIMELINE-PRECISION"); got != c.xprec {
				t.Errorf("X-TIMELINE-PRECISION %q, want %q", got, c.xprec)
			}
			if s := prop(e, ical.ComponentPropertySummary); !strings.Contains(s, c.inSummary) {
				t.Errorf("SUMMARY %q lacks %q", s, c.inSummary)
			}
			if g := prop(e, ical.ComponentPropertyGeo); g != "41.2600;69.2100" {
				t.Errorf("GEO %q", g)
			}
		})
	}
}

// TestStatusInWords: the SUMMARY says in words what STATUS says, since many
// clients hide STATUS.
func TestStatusInWords(t *testing.T) {
	for _, c := range []struct {
		status, note string
		unconfirmed  bool
		summary      string
		state        string
	}{
		{parse.Held, "", false, "Dialogue", "CONFIRMED"},
		{parse.Planned, "", false, "Dialogue (planned)", "TENTATIVE"},
		{parse.Planned, "", true, "Dialogue (planned, not confirmed)", "TENTATIVE"},
		{parse.Planned, "postponed", false, "Dialogue (postponed)", "TENTATIVE"},
		{parse.Planned, "postponed", true, "Dialogue (postponed, not confirmed)", "TENTATIVE"},
		{parse.Planned, "cancelled", false, "Dialogue (cancelled)", "CANCELLED"},
	} {
		e := event("dialogue", dates.DayValue(2025, 3, 1), c.status, "q")
		e.Note, e.Unconfirmed = c.note, c.unconfirmed
		got := write(t, []*timeline.Event{e}, nil).Events()[0]
		if s := prop(got, ical.ComponentPropertySummary); s != c.summary {
			t.Errorf("%s %s %v: SUMMARY %q, want %q", c.status, c.note, c.unconfirmed, s, c.summary)
		}
		if s := prop(got, ical.ComponentPropertyStatus); s != c.state {
			t.Errorf("%s %s %v: STATUS %q, want %q", c.status, c.note, c.unconfirmed, s, c.state)
		}
	}
}

// TestDescriptionNamesSources: a source is named by its outlet, date and
// title, a visit's sides and the people's offices are given.
func TestDescriptionNamesSources(t *testing.T) {
	e := event("state_visit", dates.DayValue(2025, 3, 1), parse.Held, "the visit began")
	e.Sources[0].Outlet, e.Sources[0].Title, e.Sources[0].Published = "Kun.uz", "Tokayev arrives", dates.Date{Year: 2025, Month: 3, Day: 1}
	e.People = []parse.Participant{{Kind: "person", Name: "Kassym-Jomart Tokayev", Code: "KZ", Office: "President"}}
	d := prop(write(t, []*timeline.Event{e}, nil).Events()[0], ical.ComponentPropertyDescription)
	for _, want := range []string{"Kazakhstan (guest), Uzbekistan (host)", "President Kassym-Jomart Tokayev", "Kun.uz, 1 Mar 2025: Tokayev arrives (en)", "“the visit began”"} {
		if !strings.Contains(d, want) {
			t.Errorf("DESCRIPTION %q lacks %q", d, want)
		}
	}
}

// TestDescriptionByArticle: an article quoted twice is named and linked
// once, its quotes in their order; another article has its own paragraph,
// shared with a reprint that quotes the same words.
func TestDescriptionByArticle(t *testing.T) {
	e := event("talks", dates.DayValue(2025, 3, 1), parse.Held, "the talks began")
	a1, a2 := e.Sources[0], timeline.Source{Article: "a2", URL: "https://example.org/a2", Language: "ru", Quote: "переговоры прошли"}
	second := a1
	second.Quote, second.Offset = "the talks ended", 120
	reprint := a2
	reprint.Article, reprint.URL, reprint.Offset = "a3", "https://example.org/a3", 40
	e.Sources = []timeline.Source{a1, a2, second, reprint}
	d := prop(write(t, []*timeline.Event{e}, nil).Events()[0], ical.ComponentPropertyDescription)
	want := "a1 (en)\nhttps://example.org/a1\n“the talks began”\n“the talks ended”\n\n" +
		"a2 (ru)\nhttps://example.org/a2\na3 (ru)\nhttps://example.org/a3\n“переговоры прошли”"
	if !strings.HasSuffix(d, want) {
		t.Errorf("DESCRIPTION %q\ndoes not end in %q", d, want)
	}
}

func TestUnknownYearLeftOut(t *testing.T) {
	v := dates.Value{Start: dates.Date{Month: 5, Day: 1}, End: dates.Date{Month: 5, Day: 1}, Precision: dates.Day}
	if n := len(write(t, []*timeline.Event{event("conference", v, parse.Held, "q")}, nil).Events()); n != 0 {
		t.Errorf("an event with no year was written (%d events)", n)
	}
}

func TestCancelled(t *testing.T) {
	e := event("summit", dates.DayValue(2025, 4, 1), parse.Planned, "q")
	e.Note = "cancelled"
	if s := prop(write(t, []*timeline.Event{e}, nil).Events()[0], ical.ComponentPropertyStatus); s != "CANCELLED" {
		t.Errorf("STATUS %s", s)
	}
}

func TestSequence(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	e := event("talks", dates.DayValue(2024, 1, 2), parse.Held, "first")
	r0 := Revise(nil, []*timeline.Event{e}, t0)
	r1 := Revise(r0, []*timeline.Event{e}, t0.Add(time.Hour))
	if r1[UID(e)] != r0[UID(e)] {
		t.Errorf("unchanged event got a new revision: %+v → %+v", r0[UID(e)], r1[UID(e)])
	}
	e.Sources = append(e.Sources, timeline.Source{Article: "a2", Quote: "second"})
	r2 := Revise(r1, []*timeline.Event{e}, t0.Add(2*time.Hour))
	got := r2[UID(e)]
	if got.Sequence != 1 || !got.Modified.Equal(t0.Add(2*time.Hour)) {
		t.Errorf("changed event: %+v, want sequence 1 modified %v", got, t0.Add(2*time.Hour))
	}
	ve := write(t, []*timeline.Event{e}, r2).Events()[0]
	if s := prop(ve, ical.ComponentPropertySequence); s != "1" {
		t.Errorf("SEQUENCE %s", s)
	}
	if s := prop(ve, ical.ComponentPropertyDtstamp); s != "20260101T020000Z" {
		t.Errorf("DTSTAMP %s", s)
	}
	if s := prop(ve, ical.ComponentPropertyLastModified); s != "20260101T020000Z" {
		t.Errorf("LAST-MODIFIED %s", s)
	}
	// gone and back: the sequence goes on
	r3 := Revise(Revise(r2, nil, t0.Add(3*time.Hour)), []*timeline.Event{event("talks", dates.DayValue(2024, 1, 2), parse.Held, "first")}, t0.Add(4*time.Hour))
	if r3[UID(e)].Sequence != 2 {
		t.Errorf("sequence after coming back: %d", r3[UID(e)].Sequence)
	}
}

func TestClean(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"plain", "plain"},
		{"a\r\nb", "a b"},
		{"a\nEND:VEVENT\nBEGIN:VEVENT", "a END:VEVENT BEGIN:VEVENT"},
		{"tab\there", "tab here"},
		{"bell\x07nul\x00", "bellnul"},
		{"c1\u0085next\u2028line", "c1 next line"},
		{"\ufeffbom", "bom"},
		{"Тошкент, oʻzbek", "Тошкент, oʻzbek"},
	} {
		if got := Clean(c.in); got != c.want {
			t.Errorf("Clean(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// Clean's quick test lets through only text its full pass would leave as
// it is: checked for every rune and for invalid bytes.
func TestPlainIsClean(t *testing.T) {
	check := func(s string) {
		if plain(s) && clean(s) != s {
			t.Fatalf("plain(%q) but clean gives %q", s, clean(s))
		}
	}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		check("a" + string(r) + "b")
	}
	for _, s := range []string{"\xff", "a\xe2\x82", "\xef\xbf\xbd", ""} {
		check(s)
	}
}

// An article cannot inject a property: whatever its quote, the event parses
// back with the quote inside its DESCRIPTION and no property of its own.
func TestNoInjection(t *testing.T) {
	q := "x\r\nATTENDEE:mailto:evil@example.org\nEND:VEVENT\r\nBEGIN:VEVENT\nUID:evil"
	e := event("summit", dates.DayValue(2024, 1, 1), parse.Held, q)
	e.Sources[0].URL = "javascript:alert(1)"
	cal := write(t, []*timeline.Event{e}, nil)
	if n := len(cal.Events()); n != 1 {
		t.Fatalf("%d events", n)
	}
	ve := cal.Events()[0]
	if ve.GetProperty(ical.ComponentPropertyAttendee) != nil {
		t.Error("ATTENDEE injected")
	}
	if ve.GetProperty(ical.ComponentPropertyUrl) != nil {
		t.Error("a javascript: URL was kept")
	}
	if !strings.Contains(prop(ve, ical.ComponentPropertyDescription), "ATTENDEE:mailto") {
		t.Error("the quote was lost")
	}
}

func FuzzWrite(f *testing.F) {
	f.Add("Summit", "On 1 May, Dushanbe hosted", "https://example.org/a?x=1,2;3", "Tashkent")
	f.Add("a\r\nb", "\\,;:\"", "javascript:x", "\x00\x7f\u2028")
	f.Fuzz(func(t *testing.T, title, quote, url, city string) {
		e := event("summit", dates.DayValue(2024, 2, 29), parse.Held, quote)
		e.Title, e.Sources[0].URL, e.Place.City = title, url, city
		e.Disagreement = []string{quote}
		var b bytes.Buffer
		if err := Write(&b, []*timeline.Event{e}, Feed{Name: title, Description: quote}, nil); err != nil {
			t.Fatal(err)
		}
		cal, err := ical.ParseCalendar(bytes.NewReader(b.Bytes()))
		if err != nil {
			t.Fatalf("does not parse back: %v\n%s", err, b.String())
		}
		if n := len(cal.Events()); n != 1 {
			t.Fatalf("%d events after parsing back\n%s", n, b.String())
		}
		ve := cal.Events()[0]
		if uid := prop(ve, ical.ComponentPropertyUniqueId); uid != UID(e) {
			t.Fatalf("UID %q", uid)
		}
		if ve.GetProperty(ical.ComponentPropertyAttendee) != nil {
			t.Fatal("a property was injected")
		}
		checkOneWrite(t, e, Revision{Modified: Epoch, Sequence: len(quote)})
	})
}

// written is the feed of events that p writes.
func written(t *testing.T, p *Prepared, events []*timeline.Event) string {
	t.Helper()
	var b bytes.Buffer
	if err := p.Write(&b, events, Feed{Name: "All"}); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// PrepareRevised gives what Revise and then Prepare give, and texts let go
// (Forget) are made again when written.
func TestPrepareRevised(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	evs := []*timeline.Event{event("talks", dates.DayValue(2024, 1, 2), parse.Held, "q"), event("summit", dates.YearValue(2025), parse.Planned, "r")}
	evs[1].ID = "def456"
	prev := Revise(nil, evs[:1], t0)
	p, revs, _ := PrepareRevised(maps.Clone(prev), evs, t0.Add(time.Hour), "") // it takes prev over
	wantRevs := Revise(prev, evs, t0.Add(time.Hour))
	if !reflect.DeepEqual(revs, wantRevs) {
		t.Errorf("revisions %v, want %v", revs, wantRevs)
	}
	want := written(t, Prepare(evs, wantRevs), evs)
	if got := written(t, p, evs); got != want {
		t.Errorf("prepared\n%s\nwant\n%s", got, want)
	}
	p.Forget(evs[:1])
	if p.slots[0] != nil {
		t.Fatal("a text forgotten is kept")
	}
	if got := written(t, p, evs); got != want {
		t.Errorf("prepared, a text forgotten\n%s\nwant\n%s", got, want)
	}
}

// TestUnchangedNotRendered: with the program's salt, an event whose digest
// its revision holds is not rendered when prepared, and what is written,
// and the revisions, are what rendering every event gives; revisions of
// another run or another program's digests keep nothing wrong.
func TestUnchangedNotRendered(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	t1 := t0.Add(48 * time.Hour)
	first := []*timeline.Event{
		event("talks", dates.DayValue(2024, 1, 2), parse.Held, "talks, long enough to be folded over more than one line of the feed, as quotes are"),
		event("summit", dates.DayValue(2024, 3, 4), parse.Held, "a summit"),
		event("call", dates.MonthValue(2025, 6), parse.Planned, "a call"),
		event("forum", dates.Value{}, parse.Held, "undated: on no calendar"),
	}
	for i, e := range first {
		e.ID = fmt.Sprintf("id%d", i)
	}
	first[3].Dated = false
	_, revs1, n := PrepareRevised(nil, first, t0, "program")
	if n != 0 {
		t.Fatalf("%d kept with no revisions", n)
	}
	// the second run: the summit told anew, a new event
	second := slices.Clone(first)
	changed := *first[1]
	changed.Sources = []timeline.Source{{Article: "a2", Quote: "the summit, told anew"}}
	second[1] = &changed
	added := event("signing", dates.DayValue(2024, 5, 6), parse.Held, "a signing")
	added.ID = "id9"
	second = append(second, added)
	for _, c := range []struct {
		name string
		revs Revisions
		salt string
		kept int // not rendered when prepared
	}{
		{"unchanged events", revs1, "program", 2},
		{"other revisions", Revise(nil, first, t0.Add(time.Hour)), "program", 0},
		{"another program", revs1, "another", 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			p, revs, n := PrepareRevised(maps.Clone(c.revs), second, t1, c.salt)
			wantP, wantRevs, _ := PrepareRevised(maps.Clone(c.revs), second, t1, "")
			if n != c.kept {
				t.Errorf("%d events not rendered, want %d", n, c.kept)
			}
			if got, want := written(t, p, second), written(t, wantP, second); got != want {
				t.Errorf("prepared\n%s\nwant\n%s", got, want)
			}
			for uid, r := range wantRevs {
				if got := revs[uid]; got.Hash != r.Hash || got.Sequence != r.Sequence || !got.Modified.Equal(r.Modified) {
					t.Errorf("revision of %s %v, want %v", uid, got, r)
				}
			}
		})
	}
	if r := revs1[UID(first[1])]; r.Digest == "" {
		t.Error("no digest kept in the revision")
	}
}

// viaGolangIcal is what golang-ical itself writes for e stamped with rev,
// and the hash of e's VEVENT without stamps written with line feeds: what
// stamped and hash must give without writing the event twice.
func viaGolangIcal(t *testing.T, e *timeline.Event, rev Revision) ([]byte, string) {
	t.Helper()
	ve := vevent(e)
	lf := ve.Serialize(&ical.SerializationConfiguration{MaxLength: 75, PropertyMaxLength: 75, NewLine: "\n"})
	sum := sha256.Sum256([]byte(lf))
	ve.SetDtStampTime(rev.Modified)
	ve.SetLastModifiedAt(rev.Modified)
	ve.SetSequence(rev.Sequence)
	var b bytes.Buffer
	if err := ve.SerializeTo(&b, serialConfig); err != nil {
		t.Fatal(err)
	}
	return b.Bytes(), hex.EncodeToString(sum[:12])
}

func checkOneWrite(t *testing.T, e *timeline.Event, rev Revision) {
	t.Helper()
	want, wantHash := viaGolangIcal(t, e, rev)
	each([]*timeline.Event{e}, func(_ int, text []byte) {
		if got := stamped(text, rev); !bytes.Equal(got, want) {
			t.Errorf("stamped:\n%s\nwant (golang-ical):\n%s", got, want)
		}
		if got := hash(text); got != wantHash {
			t.Errorf("hash %s, want %s", got, wantHash)
		}
	})
}

// The stamps are put into the text as golang-ical puts them, and the hash
// is the one earlier versions kept (so an upgrade does not change every
// event's revision).
func TestStampedAsGolangIcal(t *testing.T) {
	long := strings.Repeat("Президенты обсудили вопросы сотрудничества, ", 8)
	for i, e := range []*timeline.Event{
		event("talks", dates.DayValue(2024, 1, 2), parse.Held, "q"),
		event("summit", dates.YearValue(2025), parse.Planned, long),
		event("state_visit", dates.MonthValue(2023, 10), parse.Held, "a\\b;c,d"),
	} {
		rev := Revision{Modified: time.Date(2026, 11, 22, 10, 0, i, 0, time.UTC), Sequence: i * 7}
		checkOneWrite(t, e, rev)
	}
}

// A digest changes when the feed's bytes do (an event's text, its stamps,
// the feed's name, which events it holds) and only then.
func TestDigest(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	a, b := event("talks", dates.DayValue(2024, 1, 2), parse.Held, "q"), event("summit", dates.DayValue(2024, 1, 3), parse.Held, "r")
	b.ID = "def456"
	evs := []*timeline.Event{a, b}
	feed := Feed{Name: "Test"}
	seen := map[string]string{} // digest → bytes
	check := func(what string, evs []*timeline.Event, feed Feed, revs Revisions) {
		t.Helper()
		p := Prepare(evs, revs)
		d, err := p.Digest(evs, feed)
		if err != nil {
			t.Fatal(err)
		}
		var w bytes.Buffer
		if err := p.Write(&w, evs, feed); err != nil {
			t.Fatal(err)
		}
		if prev, ok := seen[d]; ok && prev != w.String() {
			t.Errorf("%s: one digest for two feeds", what)
		}
		for d2, prev := range seen {
			if prev == w.String() && d2 != d {
				t.Errorf("%s: two digests for one feed", what)
			}
		}
		seen[d] = w.String()
	}
	revs := Revise(nil, evs, t0)
	check("first", evs, feed, revs)
	check("again", evs, feed, Revise(revs, evs, t0.Add(time.Hour)))
	check("fewer events", evs[:1], feed, revs)
	check("other name", evs, Feed{Name: "Other"}, revs)
	a.Sources[0].Quote = "changed"
	check("changed event", evs, feed, Revise(revs, evs, t0.Add(time.Hour)))
	if len(seen) != 4 {
		t.Errorf("%d different feeds, want 4", len(seen))
	}
}

// BenchmarkRender renders the VEVENT of events of two sources each, the
// second with a long quote, as a feed's events are.
func BenchmarkRender(b *testing.B) {
	var evs []*timeline.Event
	for i := range 1000 {
		e := event("talks", dates.DayValue(2025, 1+i%12, 1+i%28), parse.Held, "The presidents of Kazakhstan and Uzbekistan held talks in Tashkent.")
		e.ID = fmt.Sprintf("e%04d", i)
		e.Sources = append(e.Sources, timeline.Source{Article: "a2", URL: "https://example.org/news/2025/talks-in-tashkent", Language: "ru", Outlet: "Example News",
			Title: "Переговоры в Ташкенте", Quote: strings.Repeat("Стороны обсудили вопросы торговли, транспорта и энергетики. ", 4)})
		evs = append(evs, e)
	}
	for b.Loop() {
		for _, e := range evs {
			render(e)
		}
	}
}
