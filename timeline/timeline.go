// Package timeline merges the event mentions read from many articles into
// one timeline: the same real event told twice in one article, or by several
// articles in several languages, becomes one Event that quotes every source.
// Events get stable ids and are sorted by date.
package timeline

import (
	"cmp"
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/ca-diplomacy/timeline/parse"
	"github.com/ca-diplomacy/timeline/parse/dates"
	"github.com/ca-diplomacy/timeline/parse/places"
	"github.com/ca-diplomacy/timeline/timeline/parallel"
)

// Source is one article's telling of an event.
type Source struct {
	Article   string
	URL       string
	Language  string
	Outlet    string     // who published the article; "" when unknown
	Title     string     // the article's title
	Published dates.Date // zero when unknown
	Quote     string
	Offset    int
}

// Unquoted is the source without its quote: what it says of its article,
// the same for every quote of the article.
func (s Source) Unquoted() Source {
	s.Quote, s.Offset = "", 0
	return s
}

// Event is one real-world event.
type Event struct {
	ID           string
	Type         string
	Title        string
	Status       string
	Note         string
	Date         dates.Value
	Dated        bool
	Place        parse.Place
	Codes        []string
	Groups       []string
	People       []parse.Participant
	Sources      []Source
	Disagreement []string
	// Was are the dates a plan put off was moved from (see Note).
	Was []dates.Value
	// Unconfirmed marks a plan whose days are over with no report that it
	// was held, as of the day the timeline was aged (see Stream.Aged).
	Unconfirmed bool
	// Host is the country visited as an editor set it; "" leaves it to the
	// place (see Side).
	Host string
	// Corrected marks an event an editor corrected (package corrections),
	// EditorNote what the editor said of it.
	Corrected  bool
	EditorNote string
	mentions   []*parse.Mention // owned by the merge: absorb dates them anew
	names      []string         // the names the mentions give, each once (see namesOf)
	kept       keptDigest       // see KeepDigest
}

// Timeline is the merged result.
type Timeline struct {
	Events  []*Event // dated, sorted
	Undated []*Event
}

// family groups types the way the contract's matching does.
var family = map[string]string{
	"state_visit": "visit", "official_visit": "visit", "working_visit": "visit", "visit": "visit",
	"summit": "summit", "dialogue": "talks", "talks": "talks", "call": "talks",
	"council_meeting": "council", "conference": "conference", "forum": "conference",
	"signing": "signing", "other": "other",
}

// bilateral are the kinds of meeting of two sides: the host of the summit
// they are held at is not one of them.
var bilateral = map[string]bool{"talks": true, "call": true}

// longestEvent is the longest a visit, summit or forum is taken to last:
// a longer span told of one is a week or a month, not its days.
const longestEvent = 4 * 24 * time.Hour

// week bounds the programme of a visit and the news of one report.
const week = 7 * 24 * time.Hour

// oneDay are the families of events that take a day.
var oneDay = map[string]bool{"talks": true, "signing": true}

// specificity orders types within a family: a state visit says more than a visit.
var specificity = map[string]int{"state_visit": 3, "official_visit": 2, "working_visit": 2, "visit": 1,
	"dialogue": 2, "call": 2, "talks": 1, "conference": 2, "forum": 2}

// CAMEO maps each type to the CAMEO code of its kind of event.
var CAMEO = map[string]string{
	"summit": "043", "state_visit": "042", "official_visit": "042", "working_visit": "042",
	"visit": "042", "dialogue": "040", "talks": "046", "call": "041", "council_meeting": "040",
	"conference": "040", "forum": "040", "signing": "057", "other": "040",
}

// Family returns the family of an event type.
func Family(t string) string { return family[t] }

// Build merges mentions into a timeline: the mentions of each article,
// then the events of the articles, in runs of months (see chain) and
// families (which never merge with each other), on all cores; then each
// event is finished.
func Build(mentions []parse.Mention) *Timeline {
	return buildFiles([]string{""}, []*Parsed{{Mentions: slices.Clone(mentions)}}, source{})
}

// merge merges across articles the events of each part on its own, and
// within a part those of each family on its own (they never merge with
// each other), on all cores.
func merge(parts [][]*Event) []*Event {
	var units [][]*Event
	for _, p := range parts {
		units = append(units, byFamily(p)...)
	}
	merged := make([][]*Event, len(units))
	parallel.For(len(units), func(i int) { merged[i] = joinMoved(mergeAcross(units[i])) })
	return slices.Concat(merged...)
}

// byFamily splits events by family, each keeping their order.
func byFamily(es []*Event) [][]*Event {
	var fams []string
	of := map[string][]*Event{}
	for _, e := range es {
		f := family[e.Type]
		if _, ok := of[f]; !ok {
			fams = append(fams, f)
		}
		of[f] = append(of[f], e)
	}
	out := make([][]*Event, len(fams))
	for i, f := range fams {
		out[i] = of[f]
	}
	return out
}

// distinct returns a copy of codes without repeats, in order: an event's
// countries are a set, so that overlap counts shared countries as the
// buckets of mergeAcross do (a repeat would count twice).
func distinct(codes []string) []string {
	var out []string
	for _, c := range codes {
		if !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}

func newEvent(m *parse.Mention) *Event {
	return &Event{Type: m.Type, Status: m.Status, Note: m.Note, Date: m.Date, Dated: m.Dated, Was: slices.Clone(m.Was),
		Place: m.Place, Codes: distinct(m.Codes), Groups: m.Groups, People: slices.Clone(m.People), mentions: []*parse.Mention{m}, names: tellingOf(m).names}
}

// mergeArticle merges the mentions of one article: dated mentions of one
// family on overlapping days in one place are one event; an undated visit
// takes the days of the dated events held in its country; an undated
// mention joins a dated event of its family, or stays undated.
func mergeArticle(ms []*parse.Mention) (dated, undated []*Event) {
	idx := newByDay()
	for _, m := range ms {
		if m.Dated && !idx.take(m) {
			idx.add(newEvent(m))
		}
	}
	dated = daysInARow(idx.events)
	placeFromFrame(dated)
	var rest []*parse.Mention // undated, told of no event yet
	for _, m := range ms {
		if m.Dated || m.Weak {
			continue
		}
		if now := current(dated, m.Published); isVisit(m.Type) && !hasFamily(now, "visit") {
			if v, ok := visitSpan(now, m); ok {
				m.Date, m.Dated = v, true
				dated = append(dated, newEvent(m))
				continue
			}
		}
		if e := bestOfFamily(dated, m); e != nil {
			e.add(m)
			continue
		}
		if v, ok := talksOf(dated, m); ok {
			m.Date, m.Dated = v, true
			dated = append(dated, newEvent(m))
			continue
		}
		if v, ok := duringVisit(dated, m); ok {
			if s := summitOf(dated, m, v); s != nil {
				s.add(m)
				continue
			}
			m.Date, m.Dated = v, true
			dated = append(dated, newEvent(m))
			continue
		}
		rest = append(rest, m)
	}
	// what is left joins an event dated since ("Japarov to hold talks with
	// Putin" heading the report whose talks the visit dates), else stays
	// undated
	for _, m := range rest {
		if e := bestOfFamily(dated, m); e != nil {
			e.add(m)
		} else if e := find(undated, m); e != nil {
			e.add(m)
		} else if !m.Framed {
			undated = append(undated, newEvent(m))
		}
	}
	placeFromFrame(dated) // for the events dated by their visit just now
	sidesFromFrame(dated)
	return slices.DeleteFunc(dated, tripAtHome), slices.DeleteFunc(undated, tripAtHome)
}

// tripAtHome reports whether a visit is of people of one country, and of
// no other country, in that country: its leader's trip at home ("the
// President visited Samarkand region"), no diplomatic visit. One told with
// a foreign guest's visit is that visit.
func tripAtHome(e *Event) bool {
	c := e.Place.Country
	return isVisit(e.Type) && c != "" && !e.Place.Online && len(e.People) > 0 &&
		!slices.ContainsFunc(e.People, func(p parse.Participant) bool { return p.Code != c }) &&
		!slices.ContainsFunc(e.Codes, func(code string) bool { return code != c })
}

func isVisit(t string) bool { return family[t] == "visit" }

// inARow reports whether two spans of days follow one another, one ending
// the day before the other begins, within the longest an event lasts.
func inARow(a, b dates.Value) bool {
	if a.Precision != dates.Day || b.Precision != dates.Day || a.Start.Year == 0 || b.Start.Year == 0 {
		return false
	}
	if a.Start.Compare(b.Start) > 0 {
		a, b = b, a
	}
	return a.End.AddDays(1) == b.Start && b.End.Time().Sub(a.Start.Time()) <= longestEvent
}

// summitOf is the summit on the days v whose sides include all of a
// mention's three or more: their talks are the summit.
func summitOf(es []*Event, m *parse.Mention, v dates.Value) *Event {
	if family[m.Type] != "talks" || len(m.Codes) < 3 {
		return nil
	}
	for _, e := range es {
		if family[e.Type] == "summit" && e.Date == v && overlap(e.Codes, m.Codes) == len(m.Codes) {
			return e
		}
	}
	return nil
}

// daysInARow joins the visits of one article told on two days in a row in
// one country between the same sides ("he arrived the day before", "the
// main events took place on 5 April"): one visit spanning both days, up
// to the longest a visit lasts.
func daysInARow(es []*Event) []*Event {
	joinable := func(e *Event) bool {
		return isVisit(e.Type) && e.Date.Precision == dates.Day && e.Date.YearKnown() && e.Place.Country != ""
	}
	// the visits by their first day, which joining does not change: what
	// may follow a visit is looked up, not searched for
	byStart := map[dates.Date][]*Event{}
	for _, e := range es {
		if joinable(e) {
			byStart[e.Date.Start] = append(byStart[e.Date.Start], e)
		}
	}
	gone := map[*Event]bool{}
	for _, a := range es {
		for joined := joinable(a) && !gone[a]; joined; {
			joined = false
			for _, b := range byStart[a.Date.End.AddDays(1)] {
				if gone[b] || a.Place.Country != b.Place.Country || overlap(a.Codes, b.Codes) < min(2, len(a.Codes), len(b.Codes)) {
					continue
				}
				span := dates.Value{Start: a.Date.Start, End: b.Date.End, Precision: dates.Day}
				if span.End.Time().Sub(span.Start.Time()) > longestEvent {
					continue
				}
				a.Date = span
				for _, m := range a.mentions {
					m.Date = span
				}
				for _, m := range b.mentions {
					m.Date = span
					a.add(m)
				}
				gone[b], joined = true, true
				break
			}
		}
	}
	return slices.DeleteFunc(es, func(e *Event) bool { return gone[e] })
}

// talksOf is the day of the talks a signing told without a date follows
// in its article, between its sides (or of sides it does not name), in its
// country: "The two presidents also signed a joint statement" after the
// talks of 19 August, during a visit begun on the 18th, was signed on the
// 19th. The talks told last before it, or in its own sentence ("talks on
// 8 October, following which they signed …"), are those.
func talksOf(es []*Event, m *parse.Mention) (dates.Value, bool) {
	if m.Type != "signing" {
		return dates.Value{}, false
	}
	var talks *Event
	last := -1
	for _, e := range es {
		if family[e.Type] != "talks" || e.Date.Precision != dates.Day || e.Date.IsRange() || e.Place.Online ||
			len(m.Codes) > 0 && overlap(e.Codes, m.Codes) < min(2, len(m.Codes)) ||
			m.Place.Country != "" && e.Place.Country != "" && e.Place.Country != m.Place.Country {
			continue
		}
		for _, em := range e.mentions {
			if em.Article == m.Article && em.Sentence <= m.Sentence && em.Sentence > last {
				talks, last = e, em.Sentence
			}
		}
	}
	if talks == nil || talks.Status != m.Status { // what is to come follows no talks held
		return dates.Value{}, false
	}
	return talks.Date, true
}

// duringVisit dates talks and signings told without a date after a visit
// or a summit, and any event told as held during a visit or a summit: they
// happen during the one visit or summit told before them, or the last
// visit, summit, council or forum when the sentence names it as the frame
// ("At the summit, …"), so its days bound them.
func duringVisit(es []*Event, m *parse.Mention) (dates.Value, bool) {
	if m.During {
		if f := lastFrame(es, m); f != nil {
			return f.Date, true
		}
	}
	if m.Type != "talks" && m.Type != "signing" && !m.During {
		return dates.Value{}, false
	}
	// the one visit or summit told before the mention ("Recall that in
	// 2023 …" after it does not count); two different ones leave it
	// undated
	var visit *Event
	for _, e := range es {
		if !isVisit(e.Type) && family[e.Type] != "summit" || e.Date.Precision != dates.Day || e.Date.Start.Year == 0 {
			continue
		}
		first := e.mentions[0].Sentence
		for _, em := range e.mentions {
			first = min(first, em.Sentence)
		}
		if first > m.Sentence {
			continue
		}
		if visit != nil && visit.Date != e.Date {
			return dates.Value{}, false
		}
		visit = e
	}
	if visit == nil || (m.Place.Country != "" && visit.Place.Country != "" && m.Place.Country != visit.Place.Country) {
		return dates.Value{}, false
	}
	if visit.Status == parse.Planned && m.Status == parse.Held {
		return dates.Value{}, false // what was done is no part of what is to come
	}
	return visit.Date, true
}

// lastFrame is the last event of a kind that others happen during (a
// visit, summit, council or forum) told before m, at a day of a known
// year.
func lastFrame(es []*Event, m *parse.Mention) *Event {
	var last *Event
	lastAt := -1
	for _, e := range es {
		if !frameFamily[family[e.Type]] || e.Date.Precision != dates.Day || e.Date.Start.Year == 0 {
			continue
		}
		for _, em := range e.mentions {
			if em.Article == m.Article && em.Sentence < m.Sentence && em.Sentence > lastAt {
				last, lastAt = e, em.Sentence
			}
		}
	}
	return last
}

// frameFamily are the families of events that others happen during.
var frameFamily = map[string]bool{"visit": true, "summit": true, "council": true, "conference": true}

// placeFromFrame gives an event told without a place the place of the
// article's visit or summit held at the same time (a day either side): the
// talks and signings of a visit happen where the visit is.
func placeFromFrame(es []*Event) {
	for _, e := range es {
		if e.Place.Country != "" || e.Place.Online || e.Date.Precision != dates.Day {
			continue
		}
		for _, f := range es {
			if f == e || (!isVisit(f.Type) && f.Type != "summit") || family[f.Type] == family[e.Type] ||
				f.Place.Country == "" || f.Place.Online || f.Date.Precision != dates.Day {
				continue
			}
			around := dates.Value{Start: f.Date.Start.AddDays(-1), End: f.Date.End.AddDays(1), Precision: dates.Day}
			if overlaps(around, e.Date) {
				e.Place = f.Place
				if !slices.Contains(e.Codes, f.Place.Country) && (!bilateral[e.Type] || len(e.Codes) < 2) {
					e.Codes = append(e.Codes, f.Place.Country)
				}
				break
			}
		}
	}
}

// sidesFromFrame gives talks or a signing told without their sides (a
// country or none) the sides of the article's visit held at the same time
// (a day either side) in the same country: "talks will take place in
// Tashkent on 4 June" during a visit to Tashkent are the visit's.
func sidesFromFrame(es []*Event) {
	for _, e := range es {
		if !oneDay[family[e.Type]] || len(e.Codes) >= 2 || e.Place.Online || e.Date.Precision != dates.Day {
			continue
		}
		for _, f := range es {
			if !isVisit(f.Type) || len(f.Codes) < 2 || f.Date.Precision != dates.Day ||
				e.Place.Country != "" && e.Place.Country != f.Place.Country {
				continue
			}
			around := dates.Value{Start: f.Date.Start.AddDays(-1), End: f.Date.End.AddDays(1), Precision: dates.Day}
			if overlaps(around, e.Date) && (len(e.Codes) == 0 || slices.Contains(f.Codes, e.Codes[0])) {
				e.Codes = distinct(append(slices.Clone(e.Codes), f.Codes...))
				break
			}
		}
	}
}

func hasFamily(es []*Event, f string) bool {
	for _, e := range es {
		if family[e.Type] == f {
			return true
		}
	}
	return false
}

// current are the dated events of an article that it tells as news: those
// within a week of its publication, all when that day is unknown. A visit
// told as background ("his last state visit, in December 2022") is not
// the one a report of an arrival tells of.
func current(es []*Event, pub dates.Date) []*Event {
	if pub.Year == 0 {
		return es
	}
	p := pub.Time()
	var out []*Event
	for _, e := range es {
		if e.Date.Start.Year == 0 || e.Date.End.Time().After(p.Add(-week)) && e.Date.Start.Time().Before(p.Add(week)) {
			out = append(out, e)
		}
	}
	return out
}

// visitSpan is the range of the day-precision events of an article held in
// the visit's country within one week: the programme of the visit. A call
// is held in no country, and a visit to come has no programme held (one
// named as a frame, "as part of his visit, he will attend …", takes the
// tense of what it frames, and may be under way).
func visitSpan(es []*Event, m *parse.Mention) (dates.Value, bool) {
	var lo, hi dates.Date
	for _, e := range es {
		if e.Date.Precision != dates.Day || e.Date.Start.Year == 0 || e.Place.Online ||
			m.Status == parse.Planned && !m.Framed && e.Status == parse.Held {
			continue
		}
		if m.Place.Country != "" && e.Place.Country != "" && e.Place.Country != m.Place.Country {
			continue
		}
		if lo.IsZero() || e.Date.Start.Compare(lo) < 0 {
			lo = e.Date.Start
		}
		if hi.IsZero() || e.Date.End.Compare(hi) > 0 {
			hi = e.Date.End
		}
	}
	if lo.IsZero() || hi.Time().Sub(lo.Time()) > week {
		return dates.Value{}, false
	}
	return dates.Value{Start: lo, End: hi, Precision: dates.Day}, true
}

// find returns the event of es that m tells of again.
func find(es []*Event, m *parse.Mention) *Event {
	for _, e := range es {
		if same(e, tellingOf(m)) {
			return e
		}
	}
	return nil
}

// bestOfFamily is the event of m's family that an undated mention tells
// of again: the one sharing most of its countries, of those the one told
// nearest to it ("the first day of the official visit" heading the
// sentence that dates it). A mention that names countries joins only an
// event sharing one: talks of other sides are other talks; so are talks
// of two meetings that each have a side the other lacks (the host's talks
// with one guest, then with another), and so are sittings and summits of
// other ordinals (a format's second summit and its first). An undated
// signing of another document joins the ceremony it is told with.
func bestOfFamily(es []*Event, m *parse.Mention) *Event {
	var best *Event
	bestN, bestD := -1, 0
	for _, e := range es {
		if family[e.Type] != family[m.Type] {
			continue
		}
		n, d := overlap(e.Codes, m.Codes), sentencesApart(e, m)
		if n == 0 && len(m.Codes) > 0 && len(e.Codes) > 0 {
			continue
		}
		if bilateral[m.Type] && bilateral[e.Type] && n < len(m.Codes) && (n < len(e.Codes) || len(e.Codes) >= 2 && len(m.Codes) > 2) {
			continue // each meets a side the other does not, or a round of meetings told at once: other talks
		}
		if family[m.Type] == "talks" && !m.Weak && !m.Framed && otherPerson(e.People, m.People) {
			continue // the President's meeting with Lavrov is not the minister's ("during the meeting, Putin's visit …" is)
		}
		if ofOtherBodies(e.Groups, m.Groups) {
			continue
		}
		if m.Type != "signing" && otherNames(namesOf(e), tellingOf(m).names) {
			continue // the second summit is not the first
		}
		if e.Type != m.Type && e.Place.Online != m.Place.Online && (e.Place.Country != "" || m.Place.Country != "") {
			continue // "the upcoming Moscow talks" are not the call
		}
		if n > bestN || n == bestN && d < bestD {
			best, bestN, bestD = e, n, d
		}
	}
	return best
}

// otherNames reports whether two sets of names, neither empty, share none
// (the 12th meeting and the 13th, a memorandum and a treaty).
func otherNames(a, b []string) bool {
	return len(a) > 0 && len(b) > 0 && !slices.ContainsFunc(b, func(n string) bool { return slices.Contains(a, n) })
}

// otherPerson reports whether a telling names a person of a country for
// whom the event names only others: its meeting is another.
func otherPerson(of, told []parse.Participant) bool {
	for _, q := range told {
		if q.Kind != "person" || q.Code == "" {
			continue
		}
		country, same := false, false
		for _, p := range of {
			if p.Kind == "person" && p.Code == q.Code {
				country, same = true, same || p.Name == q.Name
			}
		}
		if country && !same {
			return true
		}
	}
	return false
}

// sentencesApart is how many sentences lie between a mention and the
// nearest mention of an event in its article.
func sentencesApart(e *Event, m *parse.Mention) int {
	d := 1 << 30
	for _, em := range e.mentions {
		if em.Article == m.Article {
			d = min(d, max(em.Sentence-m.Sentence, m.Sentence-em.Sentence))
		}
	}
	return d
}

// telling is what a mention, or an event told elsewhere, says that weighs
// on whether it tells of an event (see same and identity).
type telling struct {
	typ                  string
	date                 dates.Value
	dated                bool
	place                parse.Place
	codes, names, groups []string
}

func tellingOf(m *parse.Mention) telling {
	t := telling{typ: m.Type, date: m.Date, dated: m.Dated, place: m.Place, codes: m.Codes, groups: m.Groups}
	if m.Name != "" {
		t.names = []string{m.Name}
	}
	return t
}

func (e *Event) telling() telling {
	return telling{typ: e.Type, date: e.Date, dated: e.Dated, place: e.Place, codes: e.Codes, names: namesOf(e), groups: e.Groups}
}

// same reports whether an event and a telling are of one real event: one
// family, overlapping days, and no more evidence against it than for it
// (see identity).
func same(e *Event, t telling) bool {
	if family[e.Type] != family[t.typ] || e.Dated != t.dated || t.dated && !overlaps(e.Date, t.date) {
		return false
	}
	return identity(e, t) >= 0
}

// namesOf are the names the mentions of an event give it (see
// parse.Mention.Name), in the order they were told, kept as mentions are
// added: the merge asks for them at each comparison.
func namesOf(e *Event) []string { return e.names }

// identity weighs what two tellings of one family on overlapping days say
// of being one event: one day, one city or one country, the same two
// countries or more speak for it; another country, or two sets of
// countries that share fewer than two, against it (all but outright for a
// meeting of two sides: talks with Türkiye are not talks with Uzbekistan).
// A place is evidence, not a veto: one source's city may be its dateline's
// or a misread name, and the same day and sides outweigh it. Names that
// differ (the 12th and the 13th meeting, a memorandum and a treaty) are
// two events; so are meetings of two organisations (the SCO's summit and
// the CIS's).
func identity(e *Event, t telling) int {
	w := 0
	d, p, codes := t.date, t.place, t.codes
	if otherNames(namesOf(e), t.names) {
		w -= 6
	}
	if ofOtherBodies(e.Groups, t.groups) {
		w -= 9 // more than a day, a city and shared members say for it
	}
	if t.dated {
		switch min(e.Date.Precision, d.Precision) {
		case dates.Day:
			// talks on a day and talks in the span of a visit may be two
			if !oneDay[family[e.Type]] || e.Date.IsRange() == d.IsRange() {
				w += 2
			}
		case dates.Month:
			w++
		}
	}
	switch {
	case e.Place.Online != p.Online && e.Place.Country != "" && p.Country != "":
		w -= 3
	case e.Place.Country == "" || p.Country == "":
	case e.Place.Country != p.Country:
		w -= 3
	case e.Place.City != "" && p.City != "" && e.Place.City != p.City:
		w--
	case e.Place.City != "" && e.Place.City == p.City:
		w += 2
	default:
		w++
	}
	if len(e.Codes) >= 2 && len(codes) >= 2 {
		switch n := overlap(e.Codes, codes); {
		case n >= 2:
			w += 2
		case n == 1 && (family[e.Type] == "summit" || family[e.Type] == "conference"):
			w -= 3
		default:
			w -= 6
		}
	}
	return w
}

// ofOtherBodies reports whether two sets of groups share none, and one
// names an organisation: a meeting of the SCO is not one of the CIS, nor of
// the Central Asian states (a format and a region may name one meeting).
func ofOtherBodies(a, b []string) bool {
	org := places.Default().Organization
	return len(a) > 0 && len(b) > 0 && overlap(a, b) == 0 && (slices.ContainsFunc(a, org) || slices.ContainsFunc(b, org))
}

func overlap(a, b []string) int {
	n := 0
	for _, x := range a {
		for _, y := range b {
			if x == y {
				n++
			}
		}
	}
	return n
}

// overlaps compares two values at the coarser precision; an unknown year
// matches only an unknown year.
func overlaps(a, b dates.Value) bool {
	if (a.Start.Year == 0) != (b.Start.Year == 0) {
		return false
	}
	p := min(a.Precision, b.Precision)
	cut := func(d dates.Date) dates.Date {
		switch p {
		case dates.Year:
			return dates.Date{Year: d.Year}
		case dates.Month:
			return dates.Date{Year: d.Year, Month: d.Month}
		}
		return d
	}
	return cut(a.Start).Compare(cut(b.End)) <= 0 && cut(b.Start).Compare(cut(a.End)) <= 0
}

// add merges a mention into the event, keeping the most precise date and
// the most specific type, and noting where the sources disagree.
func (e *Event) add(m *parse.Mention) {
	e.mentions = append(e.mentions, m)
	if m.Name != "" && !slices.Contains(e.names, m.Name) {
		e.names = append(e.names[:len(e.names):len(e.names)], m.Name) // a clone's own
	}
	for _, w := range m.Was {
		if !slices.Contains(e.Was, w) {
			e.Was = append(e.Was, w)
		}
	}
	if m.Type != e.Type && (m.Dated || isVisit(m.Type)) { // an undated "consultations" does not make talks a dialogue
		if specificity[m.Type] > specificity[e.Type] {
			if specificity[e.Type] > 1 {
				e.note(fmt.Sprintf("type: %s or %s", e.Type, m.Type))
			}
			e.Type = m.Type
		} else if specificity[m.Type] == specificity[e.Type] && specificity[m.Type] > 1 {
			e.note(fmt.Sprintf("type: %s or %s", e.Type, m.Type))
		}
	}
	if m.Dated {
		switch {
		case !e.Dated, m.Date.Precision > e.Date.Precision:
			if e.Dated {
				e.note("date: " + format(e.Date) + " or " + format(m.Date))
			}
			e.Date, e.Dated = m.Date, true
		case m.Date.Precision < e.Date.Precision:
			e.note("date: " + format(e.Date) + " or " + format(m.Date))
		case isVisit(e.Type) && inARow(e.Date, m.Date):
			// the days of one visit told apart (the arrival, the talks)
			first, last := e.Date, m.Date
			if first.Start.Compare(last.Start) > 0 {
				first, last = last, first
			}
			e.Date = dates.Value{Start: first.Start, End: last.End, Precision: dates.Day}
		case m.Date.Precision == e.Date.Precision && m.Date != e.Date:
			e.note("date: " + format(e.Date) + " or " + format(m.Date))
			// a visit or a summit lasts the longest span told of it, up to
			// a few days ("this week" is no span of a visit); talks, a
			// call or a signing take one day, and a span told of them is
			// the span of what frames them
			ms, es := m.Date.End.Time().Sub(m.Date.Start.Time()), e.Date.End.Time().Sub(e.Date.Start.Time())
			longer := ms > es
			if !oneDay[family[e.Type]] && max(ms, es) > longestEvent {
				longer = !longer
			}
			if oneDay[family[e.Type]] != longer {
				e.Date = m.Date
			}
		}
	}
	// a town is taken in the country already known, or where none is
	if e.Place.City == "" && m.Place.City != "" && (e.Place.Country == "" || e.Place.Country == m.Place.Country) ||
		e.Place.Country == "" && m.Place.Country != "" {
		e.Place = m.Place
	}
	for _, c := range m.Codes {
		if !slices.Contains(e.Codes, c) {
			e.Codes = append(e.Codes, c)
		}
	}
	for _, g := range m.Groups { // a group named by one telling is the event's
		if !slices.Contains(e.Groups, g) {
			e.Groups = append(e.Groups[:len(e.Groups):len(e.Groups)], g)
		}
	}
	for _, p := range m.People {
		if !slices.ContainsFunc(e.People, func(q parse.Participant) bool { return q.Name == p.Name }) {
			e.People = append(e.People, p)
		}
	}
	if m.Note != "" {
		e.Note = m.Note
	}
}

// status is what the sources say of the event: held when one published on
// or after its first day tells it as held (an article published before the
// event cannot report it held, whatever the tense of a sentence that names
// it); else planned when one tells it as planned; else unknown. Only the
// mentions that give the event a date count, when there are any: the tense
// of a headline or of "the summit" told on says less.
func (e *Event) status() string {
	ms := slices.DeleteFunc(slices.Clone(e.mentions), func(m *parse.Mention) bool { return !m.Dated })
	if len(ms) == 0 {
		ms = e.mentions
	}
	planned := false
	for _, m := range ms {
		switch m.Status {
		case parse.Held:
			if !e.Dated || !after(e.Date, m.Published) {
				return parse.Held
			}
			planned = true // told in the past before it happened: a plan
		case parse.Planned:
			planned = true
		}
	}
	if planned {
		return parse.Planned
	}
	return parse.Unknown
}

// after reports whether a value begins after the day d, compared at the
// value's precision; with either year unknown it does not.
func after(v dates.Value, d dates.Date) bool {
	if v.Start.Year == 0 || d.Year == 0 {
		return false
	}
	switch v.Precision {
	case dates.Year:
		return v.Start.Year > d.Year
	case dates.Month:
		return v.Start.Compare(dates.Date{Year: d.Year, Month: d.Month, Day: 31}) > 0
	}
	return v.Start.Compare(d) > 0
}

func (e *Event) note(s string) {
	if !slices.Contains(e.Disagreement, s) {
		e.Disagreement = append(e.Disagreement, s)
	}
}

func format(v dates.Value) string {
	s := v.Start.Format(v.Precision)
	if v.IsRange() {
		s += "/" + v.End.Format(v.Precision)
	}
	return s
}

// mergeAcross merges events of different articles that tell of one event:
// each joins the earliest event before it that it tells of again, as in a
// plain scan of every event before it. Only the events that could be the
// one are compared: those kept in the buckets it looks in (see lookKeys),
// events of its family, dates and countries.
func mergeAcross(es []*Event) []*Event {
	var out []*Event
	number := map[string]int32{} // of each article
	var articles []int32         // out[i]'s article number, beside it to compare without reaching the event
	buckets := map[key][]int{}   // bucket → indices into out
	var look, home, had []key    // reused
	n := names{}
	for _, e := range es {
		art, ok := number[e.mentions[0].Article]
		if !ok {
			art = int32(len(number))
			number[e.mentions[0].Article] = art
		}
		best := -1
		look = n.lookKeys(look[:0], e)
		for _, k := range look {
			for _, oi := range buckets[k] {
				if (best < 0 || oi < best) && articles[oi] != art && joins(out[oi], e) {
					best = oi
				}
			}
		}
		if best < 0 {
			out = append(out, e)
			articles = append(articles, art)
			for _, k := range n.homeKeys(home[:0], e) {
				buckets[k] = append(buckets[k], len(out)-1)
			}
			continue
		}
		o := out[best]
		before := *o
		absorb(o, e)
		if o.Date == before.Date && len(o.Codes) == len(before.Codes) && o.Place.City == before.Place.City && o.Place.Country == before.Place.Country {
			continue // its buckets are the same
		}
		// kept in the buckets of what it is now too (one it had before an
		// earlier change may list it twice: harmless, the earliest is taken)
		had = n.homeKeys(had[:0], &before)
		home = n.homeKeys(home[:0], o)
		for _, k := range home {
			if !slices.Contains(had, k) {
				buckets[k] = append(buckets[k], best)
			}
		}
	}
	return out
}

// joins reports whether e, of another article, tells of the event o.
func joins(o, e *Event) bool {
	t := e.telling()
	if isVisit(o.Type) && isVisit(e.Type) && inARow(o.Date, e.Date) {
		// one outlet tells the day of arrival, another the day of the
		// talks: one visit of both days, in one country between the same
		// sides
		days := t
		days.date, days.dated = o.Date, true
		return o.Place.Country != "" && o.Place.Country == e.Place.Country && overlap(o.Codes, e.Codes) >= 2 &&
			identity(o, days) >= 3
	}
	if !same(o, t) || !e.Dated && (overlap(o.Codes, e.Codes) < 2 || !toldTogether(o, e)) {
		return false
	}
	// talks told elsewhere join on more than no evidence against: one day
	// and the same sides
	if oneDay[family[o.Type]] && identity(o, t) < 3 {
		return false
	}
	// a year says too little to join a day told elsewhere, but for a
	// format that meets once a year (a summit, a commission) in the same
	// country, in no other city, with the same sides
	coarse := e.Dated && o.Dated && min(o.Date.Precision, e.Date.Precision) == dates.Year && o.Date.Precision != e.Date.Precision
	yearly := family[o.Type] == "summit" || family[o.Type] == "council"
	return !coarse || yearly && o.Place.Country != "" && o.Place.Country == e.Place.Country &&
		(o.Place.City == "" || e.Place.City == "" || o.Place.City == e.Place.City) && identity(o, t) >= 3
}

// toldTogether reports whether two events were told in articles published
// within a week of each other, or of unknown date: undated talks of the
// same two sides in reports years apart are two meetings.
func toldTogether(o, e *Event) bool {
	for _, m := range o.mentions {
		for _, n := range e.mentions {
			if m.Published.Year == 0 || n.Published.Year == 0 {
				return true
			}
			if d := m.Published.Time().Sub(n.Published.Time()); d <= week && d >= -week {
				return true
			}
		}
	}
	return false
}

// absorb merges the mentions of e into o, each dated one at e's date; an
// undated one stays undated.
func absorb(o, e *Event) {
	for _, m := range e.mentions {
		if m.Dated {
			m.Date = e.Date
		}
		o.add(m)
	}
}

// A key names a bucket of mergeAcross: a family, a date (a day, a month
// with d 0, a year with m 0; none when undated) and who: a country, or one
// of the marks below; an undated event's bucket names two countries.
// Every part is a number, so that keys hash and compare quickly: the
// family's (families), the date's, and names' as names numbers them.
type key struct {
	y       int32
	m, d    int16
	fam     uint8
	undated bool
	a, b    int32
}

// Marks in key.a besides a country: those with fewer than two countries,
// summits in a city (key.b). A date's key as dateKeys gives it (a 0) holds
// every event of the date.
const (
	fewOfDate = -1
	cityOf    = -2
	// yearCountry (key.y a year, key.b a country) holds the dated events
	// with a country told by their year, and finerCountry those told by
	// a month or a day, so that a year may join a day or a month there: a
	// year looks in both, a month or a day only among the years (its date
	// buckets hold the months and days it may join), so that no event
	// looks through every event of its country's year
	yearCountry  = -3
	finerCountry = -4
)

// families numbers the families of types for keys.
var families = func() map[string]uint8 {
	m := map[string]uint8{}
	for _, f := range family {
		if _, ok := m[f]; !ok {
			m[f] = uint8(len(m) + 1)
		}
	}
	return m
}()

// names numbers the countries and cities of one merge's keys from 1.
type names map[string]int32

func (n names) id(s string) int32 {
	i, ok := n[s]
	if !ok {
		i = int32(len(n) + 1)
		n[s] = i
	}
	return i
}

// homeKeys appends the buckets an event is kept in. A dated event is kept
// under each of its dates (dateKeys), once with every event of the date,
// and once for each of its countries (or among those with fewer than
// two), and a summit of a day once for its city. An undated event is kept
// under each pair of its countries, since undated events join only when
// they share two.
func (n names) homeKeys(keys []key, e *Event) []key {
	f := families[family[e.Type]]
	if !e.Dated {
		for i, a := range e.Codes {
			for _, b := range e.Codes[i+1:] {
				keys = append(keys, key{fam: f, undated: true, a: n.id(min(a, b)), b: n.id(max(a, b))})
			}
		}
		return keys
	}
	for _, k := range dateKeys(f, e.Date) {
		keys = append(keys, k)
		keys = n.who(keys, k, e)
	}
	if e.Date.Precision == dates.Year {
		return n.countryYears(keys, f, e, yearCountry)
	}
	return n.countryYears(keys, f, e, finerCountry)
}

// countryYears appends the keys marked mark (yearCountry or finerCountry)
// of the years of a dated event with a country.
func (n names) countryYears(keys []key, f uint8, e *Event, mark int32) []key {
	if e.Place.Country == "" || e.Date.Start.Year == 0 {
		return keys
	}
	for y := e.Date.Start.Year; y <= max(e.Date.Start.Year, e.Date.End.Year) && y < e.Date.Start.Year+3; y++ {
		keys = append(keys, key{fam: f, y: int32(y), a: mark, b: n.id(e.Place.Country)})
	}
	return keys
}

// lookKeys appends the buckets where the events an event may join are kept.
// Dates: its own, and for days their months, for months their days. Who:
// an event with two countries or more joins only events sharing two of
// them (so one at least), told with fewer than two, or a summit in its
// city (see same); one with fewer than two may join any event of the date.
func (n names) lookKeys(keys []key, e *Event) []key {
	if !e.Dated {
		return n.homeKeys(keys, e)
	}
	f := families[family[e.Type]]
	ds := dateKeys(f, e.Date)
	switch e.Date.Precision {
	case dates.Day:
		ds = append(ds, monthKeys(f, e.Date)...)
		if isVisit(e.Type) && e.Date.Start.Year != 0 { // a visit may go on from the day before, or to the day after
			before, after := e.Date.Start.AddDays(-1), e.Date.End.AddDays(1)
			ds = append(ds, dayKeys(f, dates.Value{Start: before, End: before, Precision: dates.Day})...)
			ds = append(ds, dayKeys(f, dates.Value{Start: after, End: after, Precision: dates.Day})...)
		}
	case dates.Month:
		for _, m := range monthKeys(f, e.Date) {
			for d := int16(1); d <= 31; d++ {
				m.d = d
				ds = append(ds, m)
			}
		}
	}
	keys = n.countryYears(keys, f, e, yearCountry)
	if e.Date.Precision == dates.Year {
		keys = n.countryYears(keys, f, e, finerCountry)
	}
	if len(e.Codes) < 2 {
		return append(keys, ds...)
	}
	for _, k := range ds {
		keys = n.who(keys, k, e)
		k.a = fewOfDate
		keys = append(keys, k)
	}
	return keys
}

// who appends the keys of the date bucket k for the countries of e (for
// those with fewer than two: fewOfDate), and for its city when it is a
// summit of a day.
func (n names) who(keys []key, k key, e *Event) []key {
	if len(e.Codes) >= 2 {
		for _, c := range e.Codes {
			k.a = n.id(c)
			keys = append(keys, k)
		}
	} else {
		k.a = fewOfDate
		keys = append(keys, k)
	}
	if e.Type == "summit" && e.Date.Precision == dates.Day && e.Place.City != "" {
		k.a, k.b = cityOf, n.id(e.Place.City)
		keys = append(keys, k)
	}
	return keys
}

// dateKeys are the date buckets of a value: its year for a year, each
// month for a month, each day for days.
func dateKeys(f uint8, v dates.Value) []key {
	switch v.Precision {
	case dates.Year:
		return []key{{fam: f, y: int32(v.Start.Year)}}
	case dates.Month:
		return monthKeys(f, v)
	}
	return dayKeys(f, v)
}

// monthKeys are the keys of each month of v (at most 24).
func monthKeys(f uint8, v dates.Value) []key {
	var keys []key
	y, m := v.Start.Year, v.Start.Month
	for n := 0; n < 24; n++ {
		keys = append(keys, key{fam: f, y: int32(y), m: int16(m)})
		if y > v.End.Year || (y == v.End.Year && m >= v.End.Month) {
			break
		}
		if m++; m > 12 {
			y, m = y+1, 1
		}
	}
	return keys
}

// dayKeys are the keys of each day of v (at most 31: a longer range is
// kept by its first month's days).
func dayKeys(f uint8, v dates.Value) []key {
	var keys []key
	if v.Start.Year == 0 { // no year: days of the month of no year
		for d := v.Start; ; {
			keys = append(keys, key{fam: f, m: int16(d.Month), d: int16(d.Day)})
			if d == v.End || len(keys) >= 31 || d.Day >= 31 {
				break
			}
			d.Day++
		}
		return keys
	}
	for d := v.Start; len(keys) < 31; d = d.AddDays(1) {
		keys = append(keys, key{fam: f, y: int32(d.Year), m: int16(d.Month), d: int16(d.Day)})
		if d.Compare(v.End) >= 0 {
			break
		}
	}
	return keys
}

// finish fills the sources, title and id of a merged event.
func (e *Event) finish() {
	// one source a mention, in the order of article and offset, the
	// first of the mentions at one place kept; made at its size (sources
	// are most of a large timeline's memory)
	e.Sources = make([]Source, 0, len(e.mentions))
	for _, m := range e.mentions {
		e.Sources = append(e.Sources, Source{Article: m.Article, URL: m.URL, Language: m.Language, Outlet: m.Outlet,
			Title: m.Title, Published: m.Published, Quote: m.Quote, Offset: m.Offset})
	}
	slices.SortStableFunc(e.Sources, func(a, b Source) int {
		if c := strings.Compare(a.Article, b.Article); c != 0 {
			return c
		}
		return cmp.Compare(a.Offset, b.Offset)
	})
	e.Sources = slices.CompactFunc(e.Sources, func(a, b Source) bool { return a.Article == b.Article && a.Offset == b.Offset })
	if len(e.Sources) < cap(e.Sources) {
		e.Sources = slices.Clone(e.Sources) // a file read twice (a.txt and a.html)
	}
	e.Status = e.status()
	e.Note = e.putOff()
	sort.Strings(e.Codes)
	e.Title = title(e, namingOf(e.mentions))
	e.ID = id(e)
	e.mentions, e.names = nil, nil // merged: the sources say what is needed, let the rest go
}

var labels = map[string]string{
	"summit": "Summit", "state_visit": "State visit", "official_visit": "Official visit",
	"working_visit": "Working visit", "visit": "Visit", "dialogue": "Dialogue", "talks": "Talks",
	"call": "Call", "council_meeting": "Council meeting", "conference": "Conference",
	"forum": "Forum", "signing": "Signing", "other": "Event",
}

// Label is the English name of an event type ("State visit").
func Label(t string) string {
	if l, ok := labels[t]; ok {
		return l
	}
	return t
}

// City is the name of the event's city on the event's date ("" when none).
func (e *Event) City() string { return e.Place.CityOn(e.dayString()) }

func (e *Event) dayString() string {
	if !e.Dated || e.Date.Start.Year == 0 {
		return ""
	}
	return e.Date.Start.Format(e.Date.Precision)
}

// id is stable: it depends on what the event is (family, first date, place
// country, participants), not on the run or on unrelated articles.
func id(e *Event) string {
	key := family[e.Type] + "|" + e.dayString() + "|" + e.Place.Country + "|" + strings.Join(e.Codes, ",")
	if !e.Dated {
		key += "|" + e.Sources[0].Article + "#" + fmt.Sprint(e.Sources[0].Offset)
	}
	sum := sha1.Sum([]byte(key))
	return hex.EncodeToString(sum[:6])
}

// Compare orders events as a timeline lists them: by first day, type and
// id.
func Compare(a, b *Event) int {
	if c := a.Date.Start.Compare(b.Date.Start); c != 0 {
		return c
	}
	if c := strings.Compare(a.Type, b.Type); c != 0 {
		return c
	}
	return strings.Compare(a.ID, b.ID)
}

// Clone is a copy of a merged event that shares nothing with it, to be
// changed: it keeps no digest (see KeepDigest).
func (e *Event) Clone() *Event {
	c := *e
	c.Codes, c.Groups, c.People = slices.Clone(e.Codes), slices.Clone(e.Groups), slices.Clone(e.People)
	c.Sources, c.Disagreement, c.Was = slices.Clone(e.Sources), slices.Clone(e.Disagreement), slices.Clone(e.Was)
	c.mentions, c.kept = nil, keptDigest{}
	return &c
}

// Identify gives an event made or changed after the merge (an editor's) its
// title when it has none and the stable id of what it is, with salt to
// tell it from the merged event it was made of.
func (e *Event) Identify(salt string) {
	sort.Strings(e.Codes)
	if e.Title == "" {
		e.Title = title(e, naming{})
	}
	key := family[e.Type] + "|" + e.dayString() + "|" + e.Place.Country + "|" + strings.Join(e.Codes, ",") + "|" + salt
	sum := sha1.Sum([]byte(key))
	e.ID = hex.EncodeToString(sum[:6])
}

func sortEvents(es []*Event) {
	slices.SortStableFunc(es, Compare)
	// ids must be unique: two events with one key get a suffix
	seen := map[string]int{}
	for _, e := range es {
		seen[e.ID]++
		if n := seen[e.ID]; n > 1 {
			e.ID = fmt.Sprintf("%s-%d", e.ID, n)
		}
	}
}
