// Package timeline merges the event mentions read from many articles into
// one timeline: the same real event told twice in one article, or by several
// articles in several languages, becomes one Event that quotes every source.
// Events get stable ids and are sorted by date.
package timeline

import (
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/ca-diplomacy/timeline/parse"
	"github.com/ca-diplomacy/timeline/parse/dates"
	"github.com/ca-diplomacy/timeline/parse/places"
)

// Source is one article's telling of an event.
type Source struct {
	Article  string
	URL      string
	Language string
	Quote    string
	Offset   int
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
	mentions     []parse.Mention
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

// Build merges mentions into a timeline.
func Build(mentions []parse.Mention) *Timeline {
	byArticle := map[string][]parse.Mention{}
	var order []string
	for _, m := range mentions {
		if _, ok := byArticle[m.Article]; !ok {
			order = append(order, m.Article)
		}
		byArticle[m.Article] = append(byArticle[m.Article], m)
	}
	sort.Strings(order)
	var dated, undated []*Event
	for _, a := range order {
		d, u := mergeArticle(byArticle[a])
		dated = append(dated, d...)
		undated = append(undated, u...)
	}
	dated = mergeAcross(dated)
	undated = mergeAcross(undated)
	tl := &Timeline{}
	for _, e := range dated {
		e.finish()
		tl.Events = append(tl.Events, e)
	}
	for _, e := range undated {
		e.finish()
		tl.Undated = append(tl.Undated, e)
	}
	sortEvents(tl.Events)
	sortEvents(tl.Undated)
	return tl
}

func newEvent(m parse.Mention) *Event {
	return &Event{Type: m.Type, Status: m.Status, Note: m.Note, Date: m.Date, Dated: m.Dated,
		Place: m.Place, Codes: append([]string(nil), m.Codes...), Groups: m.Groups, People: slices.Clone(m.People), mentions: []parse.Mention{m}}
}

// mergeArticle merges the mentions of one article: dated mentions of one
// family on overlapping days in one place are one event; an undated visit
// takes the days of the dated events held in its country; an undated
// mention joins a dated event of its family, or stays undated.
func mergeArticle(ms []parse.Mention) (dated, undated []*Event) {
	for _, m := range ms {
		if !m.Dated {
			continue
		}
		if e := find(dated, m); e != nil {
			e.add(m)
			continue
		}
		dated = append(dated, newEvent(m))
	}
	placeFromFrame(dated)
	for _, m := range ms {
		if m.Dated || m.Weak {
			continue
		}
		if isVisit(m.Type) && !hasFamily(dated, "visit") {
			if v, ok := visitSpan(dated, m); ok {
				m.Date, m.Dated = v, true
				dated = append(dated, newEvent(m))
				continue
			}
		}
		if e := bestOfFamily(dated, m); e != nil {
			e.add(m)
			continue
		}
		if v, ok := duringVisit(dated, m); ok {
			m.Date, m.Dated = v, true
			dated = append(dated, newEvent(m))
			continue
		}
		if e := find(undated, m); e != nil {
			e.add(m)
			continue
		}
		if m.Framed {
			continue
		}
		undated = append(undated, newEvent(m))
	}
	placeFromFrame(dated) // for the events dated by their visit just now
	return dated, undated
}

func isVisit(t string) bool { return family[t] == "visit" }

// duringVisit dates talks and signings told without a date after a visit,
// and any event told as held during the visit: they happen during the one
// visit told before them, so its days bound them.
func duringVisit(es []*Event, m parse.Mention) (dates.Value, bool) {
	if m.Type != "talks" && m.Type != "signing" && !m.During {
		return dates.Value{}, false
	}
	// the one visit told before the mention ("Recall that in 2023 …" after
	// it does not count); two different ones leave it undated
	var visit *Event
	for _, e := range es {
		if !isVisit(e.Type) || e.Date.Precision != dates.Day || e.Date.Start.Year == 0 {
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
	return visit.Date, true
}

// placeFromFrame gives an event told without a place the place of the
// article's visit or summit held at the same time (a day either side): the
// talks and signings of a visit happen where the visit is.
func placeFromFrame(es []*Event) {
	for _, e := range es {
		if e.Place.Country != "" || e.Place.Online || e.Date.Precision != dates.Day {
			continue
		}
		for _, f := range es {
			if f == e || (!isVisit(f.Type) && f.Type != "summit") || f.Place.Country == "" || f.Place.Online || f.Date.Precision != dates.Day {
				continue
			}
			around := dates.Value{Start: f.Date.Start.AddDays(-1), End: f.Date.End.AddDays(1), Precision: dates.Day}
			if overlaps(around, e.Date) {
				e.Place = f.Place
				if !slices.Contains(e.Codes, f.Place.Country) {
					e.Codes = append(e.Codes, f.Place.Country)
				}
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

// visitSpan is the range of the day-precision events of an article held in
// the visit's country within one week: the programme of the visit.
func visitSpan(es []*Event, m parse.Mention) (dates.Value, bool) {
	var lo, hi dates.Date
	for _, e := range es {
		if e.Date.Precision != dates.Day || e.Date.Start.Year == 0 {
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
	if lo.IsZero() || hi.Time().Sub(lo.Time()).Hours() > 7*24 {
		return dates.Value{}, false
	}
	return dates.Value{Start: lo, End: hi, Precision: dates.Day}, true
}

// find returns the event of es that m tells of again.
func find(es []*Event, m parse.Mention) *Event {
	for _, e := range es {
		if same(e, m.Type, m.Date, m.Dated, m.Place, m.Codes) {
			return e
		}
	}
	return nil
}

func bestOfFamily(es []*Event, m parse.Mention) *Event {
	var best *Event
	bestN := -1
	for _, e := range es {
		if family[e.Type] != family[m.Type] {
			continue
		}
		if n := overlap(e.Codes, m.Codes); n > bestN {
			best, bestN = e, n
		}
	}
	return best
}

// same reports whether an event and a mention tell of one real event: one
// family, overlapping days, a compatible place and shared participants.
func same(e *Event, typ string, d dates.Value, dated bool, p parse.Place, codes []string) bool {
	if family[e.Type] != family[typ] || e.Dated != dated {
		return false
	}
	if dated && !overlaps(e.Date, d) {
		return false
	}
	if e.Place.Country != "" && p.Country != "" && e.Place.Country != p.Country {
		return false
	}
	if e.Place.Online != p.Online && e.Place.Country != "" && p.Country != "" {
		return false
	}
	if len(e.Codes) >= 2 && len(codes) >= 2 && overlap(e.Codes, codes) < 2 && !sameSummit(e, typ, d, p) {
		return false
	}
	return true
}

// sameSummit: one summit on one day in one city is one summit, whoever
// each source lists among its participants.
func sameSummit(e *Event, typ string, d dates.Value, p parse.Place) bool {
	return e.Type == "summit" && typ == "summit" && e.Date.Precision == dates.Day && d.Precision == dates.Day &&
		e.Place.City != "" && e.Place.City == p.City
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
func (e *Event) add(m parse.Mention) {
	e.mentions = append(e.mentions, m)
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
		case m.Date.Precision == e.Date.Precision && m.Date != e.Date:
			e.note("date: " + format(e.Date) + " or " + format(m.Date))
			if m.Date.End.Time().Sub(m.Date.Start.Time()) > e.Date.End.Time().Sub(e.Date.Start.Time()) {
				e.Date = m.Date
			}
		}
	}
	if e.Place.City == "" && m.Place.City != "" || e.Place.Country == "" && m.Place.Country != "" {
		e.Place = m.Place
	}
	for _, c := range m.Codes {
		if !slices.Contains(e.Codes, c) {
			e.Codes = append(e.Codes, c)
		}
	}
	for _, p := range m.People {
		if !slices.ContainsFunc(e.People, func(q parse.Participant) bool { return q.Name == p.Name }) {
			e.People = append(e.People, p)
		}
	}
	if m.Status == parse.Held {
		e.Status = parse.Held
	}
	if m.Note != "" {
		e.Note = m.Note
	}
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

// mergeAcross merges events of different articles that tell of one event.
// Each event is compared only with the earlier events of its family and
// months (buckets), so the work grows with the number of events, not its
// square; among the candidates the earliest wins, as in a plain scan.
func mergeAcross(es []*Event) []*Event {
	var out []*Event
	buckets := map[string][]int{} // bucket → indices into out
	keysOf := map[int][]string{}  // index into out → its buckets
	for _, e := range es {
		best := -1
		for _, k := range lookKeys(e) {
			for _, oi := range buckets[k] {
				if best >= 0 && oi >= best {
					continue
				}
				o := out[oi]
				if o.mentions[0].Article == e.mentions[0].Article {
					continue
				}
				// a year says too little to join a day told elsewhere
				coarse := e.Dated && o.Dated && min(o.Date.Precision, e.Date.Precision) == dates.Year && o.Date.Precision != e.Date.Precision
				if !coarse && same(o, e.Type, e.Date, e.Dated, e.Place, e.Codes) && (e.Dated || overlap(o.Codes, e.Codes) >= 2) {
					best = oi
				}
			}
		}
		if best < 0 {
			out = append(out, e)
			best = len(out) - 1
		} else {
			o := out[best]
			for _, m := range e.mentions {
				m.Date, m.Dated = e.Date, e.Dated
				o.add(m)
			}
		}
		for _, k := range homeKeys(out[best]) {
			if !slices.Contains(keysOf[best], k) { // new, or its date changed
				buckets[k] = append(buckets[k], best)
				keysOf[best] = append(keysOf[best], k)
			}
		}
	}
	return out
}

// homeKeys are the buckets an event is kept in: its family and each day
// it spans (each month for a month, its year for a year; for an undated
// event each pair of its countries, since undated events join only when
// they share two).
func homeKeys(e *Event) []string {
	f := family[e.Type]
	switch {
	case !e.Dated:
		var keys []string
		for i, a := range e.Codes {
			for _, b := range e.Codes[i+1:] {
				a, b := min(a, b), max(a, b)
				keys = append(keys, f+"|undated|"+a+"|"+b)
			}
		}
		return keys
	case e.Date.Precision == dates.Year:
		return []string{fmt.Sprintf("%s|%d", f, e.Date.Start.Year)}
	case e.Date.Precision == dates.Month:
		return monthKeys(f, e.Date)
	}
	return dayKeys(f, e.Date)
}

// lookKeys are the buckets where the events an event may join are kept:
// its own, and for days their months, for months their days.
func lookKeys(e *Event) []string {
	keys := homeKeys(e)
	if !e.Dated {
		return keys
	}
	f := family[e.Type]
	switch e.Date.Precision {
	case dates.Day:
		keys = append(keys, monthKeys(f, e.Date)...)
	case dates.Month:
		for _, m := range monthKeys(f, e.Date) {
			for d := 1; d <= 31; d++ {
				keys = append(keys, fmt.Sprintf("%s-%02d", m, d))
			}
		}
	}
	return keys
}

// monthKeys are family|YYYY-MM for each month of v (at most 24).
func monthKeys(f string, v dates.Value) []string {
	var keys []string
	y, m := v.Start.Year, v.Start.Month
	for n := 0; n < 24; n++ {
		keys = append(keys, fmt.Sprintf("%s|%d-%02d", f, y, m))
		if y > v.End.Year || (y == v.End.Year && m >= v.End.Month) {
			break
		}
		if m++; m > 12 {
			y, m = y+1, 1
		}
	}
	return keys
}

// dayKeys are family|YYYY-MM-DD for each day of v (at most 31: a longer
// range is kept by its first month's days).
func dayKeys(f string, v dates.Value) []string {
	var keys []string
	if v.Start.Year == 0 { // no year: days of the month of no year
		for d := v.Start; ; {
			keys = append(keys, fmt.Sprintf("%s|0-%02d-%02d", f, d.Month, d.Day))
			if d == v.End || len(keys) >= 31 || d.Day >= 31 {
				break
			}
			d.Day++
		}
		return keys
	}
	for d := v.Start; len(keys) < 31; d = d.AddDays(1) {
		keys = append(keys, fmt.Sprintf("%s|%d-%02d-%02d", f, d.Year, d.Month, d.Day))
		if d.Compare(v.End) >= 0 {
			break
		}
	}
	return keys
}

// finish fills the sources, title and id of a merged event.
func (e *Event) finish() {
	seen := map[string]bool{}
	for _, m := range e.mentions {
		k := fmt.Sprintf("%s#%d", m.Article, m.Offset)
		if seen[k] {
			continue
		}
		seen[k] = true
		e.Sources = append(e.Sources, Source{Article: m.Article, URL: m.URL, Language: m.Language, Quote: m.Quote, Offset: m.Offset})
	}
	sort.SliceStable(e.Sources, func(i, j int) bool {
		if e.Sources[i].Article != e.Sources[j].Article {
			return e.Sources[i].Article < e.Sources[j].Article
		}
		return e.Sources[i].Offset < e.Sources[j].Offset
	})
	if e.Status == "" {
		e.Status = parse.Unknown
	}
	sort.Strings(e.Codes)
	e.Title = title(e)
	e.ID = id(e)
	e.mentions = nil // merged: the sources say what is needed, let the rest go
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

func title(e *Event) string {
	g := places.Default()
	var names []string
	for _, c := range e.Codes {
		names = append(names, g.CountryName(c))
	}
	t := labels[e.Type]
	if len(e.Groups) > 0 {
		t += " (" + strings.Join(e.Groups, ", ") + ")"
	}
	if len(names) > 0 {
		t += ": " + strings.Join(names, ", ")
	}
	switch {
	case e.Place.Online:
		t += ", online"
	case e.Place.City != "":
		t += ", " + e.City()
	case e.Place.Country != "":
		t += ", " + g.CountryName(e.Place.Country)
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

func sortEvents(es []*Event) {
	sort.SliceStable(es, func(i, j int) bool {
		a, b := es[i], es[j]
		if c := a.Date.Start.Compare(b.Date.Start); c != 0 {
			return c < 0
		}
		if a.Type != b.Type {
			return a.Type < b.Type
		}
		return a.ID < b.ID
	})
	// ids must be unique: two events with one key get a suffix
	seen := map[string]int{}
	for _, e := range es {
		seen[e.ID]++
		if n := seen[e.ID]; n > 1 {
			e.ID = fmt.Sprintf("%s-%d", e.ID, n)
		}
	}
}
