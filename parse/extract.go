// Package parse reads the events of one article, sentence by sentence and
// clause by clause: the words that name an event (a summit, a visit, talks,
// a signing…) and their role, the date and the town that belong to each
// (clause.go), the participants from the gazetteer and the people register,
// and the status (held or planned). The result is a list of Mentions that
// package timeline merges into events. docs/extraction.md tells the whole
// reading; each language's words are in its lexicon file.
package parse

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/ca-diplomacy/timeline/parse/dates"
	"github.com/ca-diplomacy/timeline/parse/lang"
	"github.com/ca-diplomacy/timeline/parse/people"
	"github.com/ca-diplomacy/timeline/parse/places"
	"github.com/ca-diplomacy/timeline/parse/prefilter"
	"github.com/ca-diplomacy/timeline/parse/text"
)

// Status values of the contract.
const (
	Held    = "held"
	Planned = "planned"
	Unknown = "unknown"
)

// Place is where an event happens.
type Place struct {
	Name     string
	City     string
	Country  string
	Lat, Lon float64
	HasGeo   bool
	Online   bool
	Venue    string
	city     *places.City
}

// Participant is a country, organisation or person taking part.
type Participant struct {
	Kind   string // "country", "organization", "person"
	Name   string
	Code   string
	Office string // a person's office on the event's date ("President")
}

// Mention is one telling of an event in one article.
type Mention struct {
	Article  string
	URL      string
	Language string
	Title    string // article title
	Outlet   string // who published the article ("Kun.uz")
	// Name is what tells the event from others of its kind: a sitting's
	// ordinal ("12"), the document a signing signs ("memorandum"); "" when
	// the text gives none.
	Name string
	// Called is the event's own name as the text gives it, in English
	// ("Strategic Partnership Dialogue", "Intergovernmental Commission");
	// "" when the text names it only by its kind.
	Called string
	// Published is the article's publication date (zero when unknown): what
	// the status was judged against.
	Published dates.Date
	Type      string
	Status    string
	Note      string // "postponed", "cancelled"
	// Was are the dates a plan put off was moved from, its new date being
	// Date.
	Was      []dates.Value
	Date     dates.Value
	Dated    bool // Date is known
	Place    Place
	Codes    []string // participant countries
	Groups   []string // named groups (C5+1)
	People   []Participant
	Quote    string
	Offset   int
	Sentence int // index of the sentence in the article
	Weak     bool
	Framed   bool // named as the frame or time of another event ("during the visit", "ahead of the summit")
	During   bool // told as happening during a visit or summit its sentence opens with as its frame
}

// Options tune extraction.
type Options struct {
	Lang string // overrides the article's language when set
}

// sentence is a sentence with what was found in it.
type sentence struct {
	text.Span
	para  int
	dates []dates.Expr
}

// split cuts the text into sentences and hands each the dates read in it.
// Sentences, paragraphs and dates all run in text order, so one pass
// over each pairs them.
func split(s string, exprs []dates.Expr) []sentence {
	paras := text.Paragraphs(s)
	exprs = slices.Clone(exprs)
	slices.SortStableFunc(exprs, func(a, b dates.Expr) int { return a.Offset - b.Offset })
	var out []sentence
	p, e := 0, 0
	for _, sp := range text.Sentences(s) {
		se := sentence{Span: sp}
		for p+1 < len(paras) && paras[p+1].Start <= sp.Start {
			p++
		}
		if p < len(paras) && sp.Start >= paras[p].Start && sp.Start < paras[p].End {
			se.para = p
		}
		for e < len(exprs) && exprs[e].Offset < sp.Start {
			e++ // between sentences
		}
		for e < len(exprs) && exprs[e].Offset < sp.End {
			se.dates = append(se.dates, exprs[e])
			e++
		}
		out = append(out, se)
	}
	return out
}

type trigger struct {
	typ        string
	start, end int
	weak       bool
	plural     bool // told in the plural (see lang.Language.Plural)
	sitting    bool // a sitting's word (lang.Sitting)
}

// triggers finds the event words of a sentence in order; of overlapping
// ones the first listed is kept.
func triggers(lex *lexicon, f *prefilter.Found, st string, body bool) []trigger {
	var out []trigger
	var plurals [][]int // the words told in the plural (see lang.Language.Plural)
	if lex.Plural != nil {
		plurals = f.FindAll(lex.Plural, st)
	}
	for _, t := range lex.Triggers {
		for _, loc := range f.FindAll(t.Re, st) {
			start := loc[0]
			for start < loc[1] {
				r := rune(st[start])
				if r >= 0x80 || unicode.IsLetter(r) || unicode.IsDigit(r) {
					break
				}
				start++
			}
			if lex.Attributive != nil && lex.Attributive.MatchString(st[loc[1]:]) && !(t.Type == "signing" && documentNext(lex, st[loc[1]:])) {
				continue // "the visit programme": no visit of its own ("подписание программы" signs one)
			}
			if t.Sitting && lex.Parliament != nil && lex.Parliament.MatchString(st[runesBefore(st, start, 12):start]) {
				continue // "Oliy Majlis": a parliament, no sitting
			}
			if lex.schedule != nil && lex.schedule.MatchString(st[runesBefore(st, start, 40):start]) {
				continue // "a plan of consultations": events listed, none of them told
			}
			if isVisit(t.Type) && lex.Generic != nil && lex.Generic.MatchString(st[runesBefore(st, start, 40):start]) {
				continue // "mutual visits": no visit of a day
			}
			if t.Type == "conference" && lex.Press != nil && lex.Press.MatchString(st[runesBefore(st, start, 12):start]) {
				continue // "told a press conference": no conference
			}
			if isVisit(t.Type) && counted(lex, f, st, start, loc[1]) {
				continue // "visited Azerbaijan 15 times": a tally
			}
			if isVisit(t.Type) && sight(lex, st, start, loc[1]) {
				continue // "visited the museum": the programme of a visit
			}
			overlap := false
			for _, o := range out {
				if start < o.end && loc[1] > o.start {
					overlap = true
				}
			}
			if overlap {
				continue
			}
			tr := trigger{typ: t.Type, start: start, end: loc[1], weak: t.Weak, sitting: t.Sitting}
			tr.plural = slices.ContainsFunc(plurals, func(p []int) bool { return p[0] < loc[1] && p[1] >= loc[1] })
			if t.Sitting && !body {
				tr.typ, tr.weak = "talks", true
			}
			out = append(out, tr)
		}
	}
	slices.SortFunc(out, func(a, b trigger) int { return a.start - b.start })
	out = withoutSessions(lex, st, out)
	if lex.HeadFinal {
		out = compounds(st, out)
	}
	return out
}

// sessionReach is how far, in characters, the event a sitting's word is a
// session of may stand from it.
const sessionReach = 60

// withoutSessions drops the sittings' words that name a session of a
// forum, conference or summit told with them, in its phrase: after the
// word ("the plenary session of the Tashkent Investment Forum",
// "пленарное заседание форума"), before it where words are head-final
// ("forumning yalpi majlisi"), with no council named between them. The
// session is part of that event, no council's sitting.
func withoutSessions(lex *lexicon, st string, trs []trigger) []trigger {
	ofEvent := func(i, j int) bool {
		if j < 0 || j >= len(trs) || trs[j].sitting || !(family(trs[j].typ) == "forum" || trs[j].typ == "summit") {
			return false
		}
		between := st[min(trs[i].end, trs[j].end):max(trs[i].start, trs[j].start)]
		return !strings.ContainsAny(between, ",;:.") && utf8.RuneCountInString(between) <= sessionReach &&
			!(lex.Body != nil && lex.Body.MatchString(between)) // the sitting of a council the forum names
	}
	var out []trigger
	for i, tr := range trs {
		next := i + 1 // the event a session is of comes after its word
		if lex.HeadFinal {
			next = i - 1
		}
		if !tr.sitting || !ofEvent(i, next) {
			out = append(out, tr)
		}
	}
	return out
}

// documentNext reports whether the word rest begins with names a document
// a signing signs (see lang.Language.Documents).
func documentNext(lex *lexicon, rest string) bool {
	w := strings.Fields(rest)
	if len(w) == 0 {
		return false
	}
	first := strings.ToLower(w[0])
	for stem := range lex.Documents {
		if strings.HasPrefix(first, stem) {
			return true
		}
	}
	return false
}

// compounds joins a weak event word to a strong one just before it: in a
// head-final language they name one event ("maslahatlashuv uchrashuvi",
// a consultative meeting), of the strong one's type.
func compounds(st string, trs []trigger) []trigger {
	out := trs[:0]
	for _, tr := range trs {
		if n := len(out); n > 0 && !out[n-1].weak && tr.weak && strings.TrimSpace(st[out[n-1].end:tr.start]) == "" {
			out[n-1].end = tr.end
			continue
		}
		out = append(out, tr)
	}
	return out
}

// reportingDate reports whether the text before a date ends with a
// reporting verb ("said on Monday"): the date of a statement, not of the
// event it tells. "It was reported that on 29 September…" is the event's.
func reportingDate(lex *lexicon, before string) bool {
	locs := lex.Reporting.FindAllStringIndex(before, -1)
	if len(locs) == 0 {
		return false
	}
	return lex.onlyPreposition.MatchString(before[locs[len(locs)-1][1]:])
}

// eventDates are the dates of a sentence that may be an event's day: not
// the expression at offset skip, not the date of a statement ("said on
// Monday"), not a source's date cited in brackets ("(TASS, November 12)").
func eventDates(lex *lexicon, s string, se sentence, skip int) []dates.Expr {
	var out []dates.Expr
	since := -1 // the end of the last date that starts a period
	for _, e := range se.dates {
		if besideDate(lex, lex.Since, s, se, e) || since >= 0 && sinceToo(lex, s[since:e.Offset]) {
			since = e.Offset + len(e.Text)
			continue
		}
		since = -1
		if e.Offset == skip || reportingDate(lex, s[max(se.Start, e.Offset-24):e.Offset]) ||
			besideDate(lex, lex.Founding, s, se, e) || untilDate(lex, s, se, e) ||
			dedicatedDate(lex, s, se, e) ||
			citedDate(s[se.Start:se.End], e.Offset-se.Start, e.Offset-se.Start+len(e.Text)) {
			continue
		}
		out = append(out, e)
	}
	return out
}

// besideDate reports whether re matches the words that govern a date, 40
// characters: those before it, or after it where words are head-final (a
// format's founding, the start of a period).
func besideDate(lex *lexicon, re *regexp.Regexp, s string, se sentence, e dates.Expr) bool {
	if re == nil {
		return false
	}
	if lex.HeadFinal {
		end := e.Offset + len(e.Text)
		return re.MatchString(s[end:min(se.End, runesAfter(s, end, 40))])
	}
	return re.MatchString(s[max(se.Start, runesBefore(s, e.Offset, 40)):e.Offset])
}

// dedicatedDate reports whether a date is part of what an event is
// dedicated to (see lang.Language.Dedicated): the date's last word and the
// 100 characters after it are matched, so that the date's own ending
// tells a noun's qualifier ("2025 yilning", "1996 yilgi") from the
// event's day ("5-iyun kuni").
func dedicatedDate(lex *lexicon, s string, se sentence, e dates.Expr) bool {
	if lex.Dedicated == nil {
		return false
	}
	end := e.Offset + len(e.Text)
	last := e.Offset + strings.LastIndexAny(e.Text, " \u00a0") + 1
	return lex.Dedicated.MatchString(s[last:min(se.End, runesAfter(s, end, 100))])
}

// sinceToo reports whether a date goes on, by "and" with no comma,
// from one that starts a period: "since winning the election on 20
// November and taking office on 26 November" dates no event either.
func sinceToo(lex *lexicon, between string) bool {
	return lex.And != nil && lex.And.MatchString(between) && !strings.ContainsAny(between, ",;")
}

// untilDate reports whether a date is the last day of an event begun
// before it (see lang.Language.Until).
func untilDate(lex *lexicon, s string, se sentence, e dates.Expr) bool {
	if lex.Until == nil {
		return false
	}
	if lex.HeadFinal {
		from := e.Offset + strings.LastIndexByte(e.Text, ' ') + 1 // its last word
		return lex.Until.MatchString(s[from:min(se.End, e.Offset+len(e.Text)+40)])
	}
	return besideDate(lex, lex.Until, s, se, e)
}

// citedDate reports whether the date at [off, end) of a sentence closes a
// bracketed citation of a source: "(TASS, November 12)", "(, May 3)".
func citedDate(st string, off, end int) bool {
	open := strings.LastIndexByte(st[:off], '(')
	if open < 0 || strings.ContainsRune(st[open:off], ')') {
		return false
	}
	inside := strings.TrimSpace(st[open+1 : off])
	return strings.HasSuffix(inside, ",") && utf8.RuneCountInString(inside) < 40 &&
		strings.HasPrefix(strings.TrimLeft(st[end:], " "), ")")
}

// dropRepeats keeps one event word of a type per date in a sentence: "the
// summit … the summit" is one event, "the summit on 29 November, after the
// CSTO summit on 28 November" two. Of two, a strong word wins over a weak
// one, a dated over an undated one, then the first. Signings stay apart (a
// visit may bring two agreements).
func dropRepeats(trs []trigger, at []attachment, keep []bool) {
	better := func(i, k int) bool { // i is kept rather than k
		if trs[i].weak != trs[k].weak {
			return !trs[i].weak
		}
		if (at[i].at >= 0) != (at[k].at >= 0) {
			return at[i].at >= 0
		}
		return i < k
	}
	for i, tr := range trs {
		for k := i + 1; k < len(trs); k++ {
			if !keep[i] || !keep[k] || trs[k].typ != tr.typ || tr.typ == "signing" {
				continue
			}
			if at[i].at < 0 || at[k].at < 0 || at[i].at == at[k].at {
				if better(i, k) {
					keep[k] = false
				} else {
					keep[i] = false
				}
			}
		}
	}
}

func isVisit(t string) bool { return strings.HasSuffix(t, "visit") }

// outsideGroupNames drops the event words that are part of a group's name:
// the conference of "the Conference on Interaction and Confidence Building
// Measures in Asia" is the organisation, not an event.
func outsideGroupNames(trs []trigger, hits []places.Hit) []trigger {
	return slices.DeleteFunc(trs, func(tr trigger) bool {
		return slices.ContainsFunc(hits, func(h places.Hit) bool {
			return h.Kind == places.GroupHit && h.Start <= tr.start && tr.end <= h.End
		})
	})
}

// participants are the countries and groups a sentence names.
func participants(hits []places.Hit) (codes, direct, groups []string) {
	for _, h := range hits {
		switch h.Kind {
		case places.CountryHit, places.GroupHit:
			for _, c := range h.Codes {
				if !slices.Contains(codes, c) {
					codes = append(codes, c)
				}
				if h.Kind == places.CountryHit && !slices.Contains(direct, c) {
					direct = append(direct, c)
				}
			}
			if h.Kind == places.GroupHit && !slices.Contains(groups, h.Name) {
				groups = append(groups, h.Name)
			}
		case places.CityHit:
			// a capital named as the actor ("Tashkent is ready") is not a
			// participant; the place is handled apart
		}
	}
	return codes, direct, groups
}

// notNames drops the towns that are a person's first name: the Vladimir of
// "Vladimir Putin", read as one of the people the register knows.
func notNames(hits []places.Hit, named []people.Hit, st string) []places.Hit {
	return slices.DeleteFunc(hits, func(h places.Hit) bool {
		for _, p := range named {
			if h.Start < p.End && p.Start < h.End || h.End <= p.Start && strings.TrimSpace(st[h.End:p.Start]) == "" {
				return true
			}
		}
		return false
	})
}

// outsideDates drops names found inside a date expression of the sentence:
// the March of "12 March" is no town.
func outsideDates(hits []places.Hit, se sentence) []places.Hit {
	out := hits[:0]
	for _, h := range hits {
		inside := false
		for _, e := range se.dates {
			s, t := e.Offset-se.Start, e.Offset-se.Start+len(e.Text)
			if h.Start < t && s < h.End {
				inside = true
				break
			}
		}
		if !inside {
			out = append(out, h)
		}
	}
	return out
}

// frameKinds are the kinds of event that other events happen during.
var frameKinds = map[string]bool{"visit": true, "state_visit": true, "official_visit": true, "working_visit": true,
	"summit": true, "council_meeting": true, "forum": true, "conference": true}

// frameKind is the kind of a frame's event word: one for every visit.
func frameKind(t string) string {
	if isVisit(t) {
		return "visit"
	}
	return t
}

// sameSides reports whether two mentions may be of one event by the
// countries they name: one names none, or they share one.
func sameSides(a, b []string) bool {
	return len(a) == 0 || len(b) == 0 || slices.ContainsFunc(a, func(c string) bool { return slices.Contains(b, c) })
}

// bilateral types are meetings of named sides, not of whole groups.
var bilateral = map[string]bool{"talks": true, "call": true,
	"visit": true, "state_visit": true, "official_visit": true, "working_visit": true}

// withPeople adds the people named in the sentence and the countries they
// speak for; a role is given only when they held it on the event's date.
func withPeople(codes []string, named []people.Hit, d dates.Value, dated bool) ([]string, []Participant) {
	day := ""
	if dated {
		day = d.Start.Format(d.Precision)
	}
	codes = slices.Clone(codes)
	var ps []Participant
	for _, h := range named {
		p := h.Person
		office := ""
		if p.InOffice(day) {
			office = p.Role
			if !slices.Contains(codes, p.Code) {
				codes = append(codes, p.Code)
			}
		}
		if !slices.ContainsFunc(ps, func(q Participant) bool { return q.Name == p.Name }) {
			ps = append(ps, Participant{Kind: "person", Name: p.Name, Code: p.Code, Office: office})
		}
	}
	return codes, ps
}

// exprSpans are the spans of date expressions in their sentence at base.
func exprSpans(ds []dates.Expr, base int) []text.Span {
	out := make([]text.Span, len(ds))
	for i, e := range ds {
		out[i] = text.Span{Start: e.Offset - base, End: e.Offset - base + len(e.Text)}
	}
	return out
}

// hitsOf are the names of one kind (towns, groups) among a sentence's.
func hitsOf(hits []places.Hit, kind places.Kind) []places.Hit {
	var out []places.Hit
	for _, h := range hits {
		if h.Kind == kind {
			out = append(out, h)
		}
	}
	return out
}

// about reports whether the town h of st is in what a document is about
// (see lang.Language.About).
func about(lex *lexicon, st string, h places.Hit) bool {
	if lex.About == nil {
		return false
	}
	if lex.HeadFinal {
		return lex.About.MatchString(st[h.End:runesAfter(st, h.End, 100)])
	}
	return lex.About.MatchString(st[runesBefore(st, h.Start, 100):h.Start])
}

// notFramework is hits less the names of the framework of the cooperation
// the sentence talks of ("discussed cooperation within the CIS and the
// OTS"; see lang.Lexicon.Framework). Only a sentence that names a group
// can: a lone country is no framework.
func notFramework(lex *lexicon, st string, hits []places.Hit) []places.Hit {
	if lex.Framework == nil || !slices.ContainsFunc(hits, func(h places.Hit) bool { return h.Kind == places.GroupHit }) {
		return hits
	}
	// the sentence with each name given as lang.NameMark, and where each
	// hit's mark is (-1: a hit inside another); hits are in the order of
	// the text (places.Gazetteer.Find, withHit)
	var b strings.Builder
	at := make([]int, len(hits))
	last := 0
	for i, h := range hits {
		if h.Start < last {
			at[i] = -1
			continue
		}
		b.WriteString(st[last:h.Start])
		at[i] = b.Len()
		b.WriteString(lang.NameMark)
		last = h.End
	}
	b.WriteString(st[last:])
	m := b.String()
	var out []places.Hit
	for i, h := range hits {
		k := at[i]
		switch {
		case k < 0:
		case lex.HeadFinal:
			k += len(lang.NameMark)
			if lex.Framework.MatchString(m[k:runesAfter(m, k, 200)]) {
				continue
			}
		case lex.Framework.MatchString(m[runesBefore(m, k, 200):k]):
			continue
		}
		out = append(out, h)
	}
	return out
}

// onlyCity is the one town of an event word's clause when it belongs to an
// event the sentence tells, not to a frame, anchor or topic ("arrived in
// Astana on a state visit": the state visit's too), or -1.
func onlyCity(lex *lexicon, st string, cities []places.Hit, cls []text.Span, trs []trigger, rs []role, tr trigger) int {
	c := cls[clauseOf(cls, tr.start)]
	only := -1
	for i, h := range cities {
		if h.Start < c.Start || h.End > c.End {
			continue
		}
		if only >= 0 {
			return -1
		}
		only = i
	}
	if only < 0 {
		return -1
	}
	if k, _ := spanOwner(lex, st, cls, trs, text.Span{Start: cities[only].Start, End: cities[only].End}); k >= 0 && rs[k] != eventRole {
		return -1
	}
	return only
}

// hitSpans are the spans of names.
func hitSpans(hits []places.Hit) []text.Span {
	out := make([]text.Span, len(hits))
	for i, h := range hits {
		out[i] = text.Span{Start: h.Start, End: h.End}
	}
	return out
}

// placeOf is the place of an event: the town that qualifies its word (see
// attach), else a hosting venue of its clause (not "…, reported the Akorda
// press service"), else for a visit or a summit the first of the countries
// it may go to (see destinations).
func placeOf(best *places.City, lands []places.Hit, clause string, typ string) Place {
	if best != nil {
		return cityPlace(best)
	}
	if name, city := places.Default().Venue(clause); city != nil {
		p := cityPlace(city)
		p.Venue = name
		return p
	}
	if (isVisit(typ) || typ == "summit") && len(lands) > 0 {
		c := lands[0].Codes[0]
		return Place{Country: c, Name: places.Default().CountryName(c)}
	}
	return Place{}
}

// destinations are the countries a sentence names as where something goes
// or is held: "to Uzbekistan", "в Кыргызстан", "Tojikistonga".
func destinations(lex *lexicon, st string, hits []places.Hit) []places.Hit {
	var out []places.Hit
	for _, h := range hits {
		if h.Kind == places.CountryHit && len(h.Codes) == 1 && destination(lex, st, h) {
			out = append(out, h)
		}
	}
	return out
}

// destination reports whether the country h names is where a visit goes,
// as the language tells it (see lang.Language.Destination).
func destination(lex *lexicon, st string, h places.Hit) bool {
	if lex.Destination != nil && lex.Destination.MatchString(st[max(0, h.Start-24):h.Start]) {
		return true
	}
	if lex.ToAfter != nil && lex.ToAfter.MatchString(st[h.End:]) {
		return true
	}
	w := places.Fold(st[h.Start:h.End])
	return slices.ContainsFunc(lex.ToEndings, func(e string) bool { return strings.HasSuffix(w, e) })
}

// Resolve finds the gazetteer's city of a place read back from storage
// (which keeps only its names), so that CityOn knows its old names again.
func (p *Place) Resolve() {
	if p.city != nil || p.City == "" {
		return
	}
	key := cityKey{p.City, p.Country}
	if c, ok := resolved.Load(key); ok {
		p.city = c.(*places.City)
		return
	}
	p.city = resolve(p.City, p.Country)
	if resolvedCount.Add(1) <= maxResolved {
		resolved.Store(key, p.city)
	}
}

// resolve is the gazetteer's city of the name in the country, or nil.
func resolve(name, country string) *places.City {
	if country == "" {
		return nil
	}
	return townOf(name, country)
}

// townOf is the gazetteer's first town of the name, in country when one
// is given; nil when there is none.
func townOf(name, country string) *places.City {
	for _, h := range places.Default().Find(name) {
		if h.Kind == places.CityHit && (country == "" || h.City.Country == country) {
			return h.City
		}
	}
	return nil
}

// Town is the place of the gazetteer's town of the name, in country when
// one is given, with its coordinates; false when there is none.
func Town(name, country string) (Place, bool) {
	if c := townOf(name, country); c != nil {
		return cityPlace(c), true
	}
	return Place{}, false
}

// resolved remembers what Resolve found (nil too) for a city's name and
// country: a store reads back the same few hundred cities for each of
// thousands of events and mentions, and the gazetteer's look-up is most of
// decoding an event. At most maxResolved are remembered, so that the names
// of a damaged store cannot grow it without end.
var (
	resolved      sync.Map // cityKey → *places.City
	resolvedCount atomic.Int64
)

// cityKey is a city's name and country.
type cityKey struct{ name, country string }

const maxResolved = 1 << 14

func cityPlace(c *places.City) Place {
	return Place{Name: c.Name, City: c.Name, Country: c.Country, Lat: c.Lat, Lon: c.Lon, HasGeo: true, city: c}
}

// CityOn names the place's city as it was called on a day (Nur-Sultan in 2021).
func (p Place) CityOn(day string) string {
	if p.city == nil {
		return p.City
	}
	return p.city.NameOn(day)
}

// status says whether an event was held or is planned, as of publication.
func status(lex *lexicon, f *prefilter.Found, st string, m Mention, ref dates.Date, future bool) string {
	switch {
	case m.Note != "": // put off or called off
		return Planned
	case m.Dated && ref.Year != 0 && m.Date.Start.Year != 0 && m.Date.Start.Compare(ref) > 0 && m.Date.Precision == dates.Day:
		return Planned
	case m.Dated && ref.Year != 0 && m.Date.Precision == dates.Month && m.Date.Start.Year != 0 &&
		m.Date.Start.Compare(dates.Date{Year: ref.Year, Month: ref.Month}) > 0:
		return Planned // a month after the publication's
	case m.Dated && ref.Year != 0 && m.Date.Start.Year > ref.Year:
		return Planned
	case future:
		return Planned
	case f.Match(lex.Ongoing, st):
		return Held
	}
	return Held
}

// duration finds the first stated length of a visit in the article
// ("two-day"): where it is and its days; 0 days when none is stated.
func duration(lex *lexicon, s, ls string) (at, days int) {
	at = -1
	for _, d := range lex.Duration {
		if loc := d.Re.FindAll(s, ls); len(loc) > 0 && (at < 0 || loc[0][0] < at) {
			at, days = loc[0][0], d.Days
		}
	}
	return at, days
}

// sentenceAt is the index of the sentence that holds offset at, or of the
// last sentence before it.
func sentenceAt(sents []sentence, at int) int {
	i := 0
	for i+1 < len(sents) && sents[i+1].Start <= at {
		i++
	}
	return i
}

// dateline is the "CITY, Date." opening of a news article.
type datelineInfo struct {
	city *places.City
	date dates.Value
	at   int // the offset of its date in the text; -1 when it has none
	lead int // the sentence it introduces
	// cityEnd is the offset in the text where its city's name ends
	cityEnd int
}

// leadOf is the lead of a report: the sentence a dateline introduces, else
// the first full sentence of the text (ended by a stop, six words or more,
// among the first three), after a headline that has none; -1 when there is
// none.
func leadOf(s string, sents []sentence, dl *datelineInfo) int {
	if dl != nil {
		return dl.lead
	}
	for i, se := range sents {
		if i >= 3 || se.Start > 600 {
			break
		}
		st := strings.TrimRight(s[se.Start:se.End], "\"'»”’) ")
		if len(strings.Fields(st)) >= 6 && strings.ContainsAny(st[max(0, len(st)-1):], ".!?") {
			return i
		}
	}
	return -1
}

// isDateline reports whether st opens as a dateline does: a capital, 2 to
// 30 more letters, hyphens, dots or spaces, then a comma, a dot, or a space
// and a dash or a bracket ("TASHKENT, …", "Бишкек. …", "Samarqand — …",
// "MOSCOW (Sputnik, 24 July) …"). It is the regexp
// ^[\p{Lu}][\p{L}\-\. ]{2,30}(?:,|\.|\s[–—(-]) read by hand, rune by rune and
// without backtracking (TestIsDateline, FuzzIsDateline hold it to the
// regexp).
func isDateline(st string) bool {
	r, n := utf8.DecodeRuneInString(st)
	if !unicode.Is(unicode.Upper, r) {
		return false
	}
	for k := 1; n < len(st); k++ { // r is the rune k, after k-1 of the run
		r, w := utf8.DecodeRuneInString(st[n:])
		if k >= 3 {
			if r == ',' || r == '.' {
				return true
			}
			if isSpaceRE(r) {
				if d, _ := utf8.DecodeRuneInString(st[n+w:]); d == '–' || d == '—' || d == '-' || d == '(' {
					return true
				}
			}
			if k == 31 {
				return false // the run is at its longest
			}
		}
		if !unicode.IsLetter(r) && r != '-' && r != '.' && r != ' ' {
			return false
		}
		n += w
	}
	return false
}

// isSpaceRE reports whether r is in Go regexp's \s: ASCII space only.
func isSpaceRE(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\f' || r == '\r'
}

// agencyOrRest reports whether a sentence after a dateline is still part of
// it: the agency's name in slashes or brackets, or a short rest.
func agencyOrRest(st string) bool {
	st = strings.TrimSpace(st)
	if strings.HasPrefix(st, "/") || strings.HasPrefix(st, "(") || strings.HasPrefix(st, "[") {
		return utf8.RuneCountInString(st) < 80
	}
	return utf8.RuneCountInString(st) < 25
}

// dateline reads a dateline ("TASHKENT, Uzbekistan, November 14." or
// "Бишкек, 05. 09. 17.") in the first lines: its city and date apply to
// the lead sentence after it.
func dateline(s string, sents []sentence, gaz *places.Gazetteer) *datelineInfo {
	for i, se := range sents {
		if se.Start > 400 || i > 6 {
			break
		}
		st := s[se.Start:se.End]
		if !isDateline(st) {
			continue
		}
		hits := gaz.Find(st[:min(len(st), 40)])
		if len(hits) == 0 || hits[0].Kind != places.CityHit || hits[0].Start > 2 {
			continue
		}
		d := &datelineInfo{city: hits[0].City, at: -1, lead: i, cityEnd: se.Start + hits[0].End}
		if len(se.dates) == 0 && i+1 < len(sents) && strings.TrimSpace(strings.TrimLeft(st[hits[0].End:], ".,")) == "" {
			// "Астана. 10 июня. КазТАГ – …": the city alone, the date next
			se = sents[i+1]
			if utf8.RuneCountInString(s[se.Start:se.End]) > 30 {
				d.lead = i + 1 // "ASTANA. KAZINFORM – …": no date, the lead next
				return d
			}
			i++
		}
		if len(se.dates) > 0 && se.dates[0].Offset-se.Start < 60 {
			d.date, d.at = se.dates[0].Value, se.dates[0].Offset
			// the dateline's own sentence may end at the date: the lead follows
			end := se.dates[0].Offset + len(se.dates[0].Text)
			if rest := strings.TrimLeft(s[min(end, se.End):se.End], ". "); rest == "" || agencyOrRest(rest) {
				d.lead = i + 1
				for d.lead < len(sents) && sents[d.lead].Start < end+80 && len(sents[d.lead].dates) == 0 && agencyOrRest(s[sents[d.lead].Start:sents[d.lead].End]) {
					d.lead++ // "/Agency/." and the rest of a spaced date
				}
			}
		}
		return d
	}
	return nil
}

// sight reports whether the visit word at [start, end) of st has a sight
// for its object (see lang.Language.Sights).
func sight(lex *lexicon, st string, start, end int) bool {
	if lex.Sights == nil {
		return false
	}
	if lex.HeadFinal {
		return lex.Sights.MatchString(st[runesBefore(st, start, 60):start])
	}
	return lex.Sights.MatchString(st[end:runesAfter(st, end, 60)])
}

// counted reports whether a count of times stands within 60 characters of
// the visit word at [start, end) of st (see lang.Language.Times).
func counted(lex *lexicon, f *prefilter.Found, st string, start, end int) bool {
	if lex.Times == nil {
		return false
	}
	from, to := runesBefore(st, start, 60), runesAfter(st, end, 60)
	for _, loc := range f.FindAll(lex.Times, st) {
		if loc[1] > from && loc[0] < to {
			return true
		}
	}
	return false
}
