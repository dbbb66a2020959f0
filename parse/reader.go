package parse

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ca-diplomacy/timeline/corpus"
	"github.com/ca-diplomacy/timeline/parse/dates"
	"github.com/ca-diplomacy/timeline/parse/langid"
	"github.com/ca-diplomacy/timeline/parse/langs"
	"github.com/ca-diplomacy/timeline/parse/people"
	"github.com/ca-diplomacy/timeline/parse/places"
	"github.com/ca-diplomacy/timeline/parse/prefilter"
	"github.com/ca-diplomacy/timeline/parse/text"
)

// Article returns the event mentions of one article.
func Article(a corpus.Article) []Mention {
	r := newReader(a)
	for si, se := range r.sents {
		r.sentence(si, se)
	}
	r.ownPlaces()
	r.arrival()
	r.until()
	r.length()
	return r.out
}

// reader reads one article sentence by sentence, keeping what a sentence
// may refer back to.
type reader struct {
	a      corpus.Article
	lang   string
	lex    *lexicon
	ref    dates.Date // the publication date; zero when unknown
	s      string     // the text, its page furniture blanked
	ns, ls string     // what event words are matched in (one dash, one space), and it in lower case
	sents  []sentence
	dl     *datelineInfo
	body   bool // the article names a council or commission
	out    []Mention
	told   []toldWord     // the event words read so far, for "the previous meeting"
	visit  int            // the last visit told (an index into out), whose sides what happens during it shares; -1
	frames map[string]int // the last event of each kind others happen during told (not as a frame), by frameKind
	prev   int            // the last dated mention, for dates carried to the next sentence; -1
	filed  []bool         // whether each mention's place is only the dateline's town
	lead   int            // the lead sentence that the publication dates (see leadOf); -1 for none
}

func newReader(a corpus.Article) *reader {
	lang := a.Language
	if lang == "" {
		lang = langid.Detect(a.Text)
	}
	lang = strings.SplitN(lang, "-", 2)[0]
	r := &reader{a: a, lang: lang, lex: lexiconFor(lang), visit: -1, prev: -1, frames: map[string]int{}}
	if a.HasPublished() {
		r.ref = dates.DateOf(a.Published)
	}
	r.s = withoutBoilerplate(r.lex, a.Text)
	r.ns = text.Normalize(r.s)
	r.ls = prefilter.Lower(r.ns)
	ts := newTextTenses(r.lex, r.s)
	exprs := langs.Reader().Read(r.s, dates.Options{Lang: lang, Ref: r.ref, Lower: r.ls, Tense: ts.ahead, Past: ts.past})
	r.sents = split(r.s, exprs)
	r.dl = dateline(r.s, r.sents, places.Default())
	r.lead = -1
	if (r.dl == nil || r.dl.date.Precision == dates.NoPrecision) && r.ref.Year != 0 {
		r.lead = leadOf(r.s, r.sents, r.dl)
	}
	r.body = r.lex.Body != nil && r.lex.Body.Match(r.s, r.ls)
	return r
}

// reading is what is read of one sentence: its event words with their
// roles, clauses, dates and towns, and who it names.
type reading struct {
	si     int
	se     sentence
	st     string // the sentence as event words are matched in it
	f      *prefilter.Found
	found  []trigger
	roles  []role
	cls    []text.Span
	tense  *tenses
	ds     []dates.Expr
	at     []attachment // each event word's date
	cities []places.Hit
	atCity []attachment // each event word's town
	// lands are the countries a visit or a summit may go to, atLand each
	// event word's; read when first asked for (see landsOf)
	lands     []places.Hit
	atLand    []attachment
	landsRead bool
	// groupHits are the groups named; atGroup each event word's
	groupHits []places.Hit
	atGroup   []attachment
	own       [][]string // each event word's own countries, when they differ (see ownCountries)
	hits      []places.Hit
	named     []people.Hit
	codes     []string // the countries named, of groups too
	direct    []string // the countries named themselves
	groups    []string
	future    []bool       // each event word told of as ahead
	opener    int          // the frame that opens the sentence ("During the visit, …"), or -1
	programme bool         // the sentence tells the programme of the visit told before
	story     *dates.Value // the date a sentence telling the next step of a story goes on from; nil if none
	storyAt   int          // the sentence that states it, or -1
	town      *places.City // the town that sentence names last, the story's scene; nil if none
	quote     string
}

// sentence reads the mentions of one sentence.
func (r *reader) sentence(si int, se sentence) {
	lex := r.lex
	st := r.ns[se.Start:se.End]
	lst := r.ls[se.Start:se.End] // the sentence, lower case
	f := lex.sentence.Scan(lst)
	defer f.Release()
	found := reread(lex, st, triggers(lex, f, st, r.body), r.told)
	if len(found) == 0 {
		return
	}
	hits := r.withThisCountry(si, st, f, r.placesIn(se))
	if found = outsideGroupNames(found, hits); len(found) == 0 {
		return
	}
	sr := &reading{si: si, se: se, st: st, f: f, found: found, opener: -1, storyAt: -1}
	sr.hits = hits
	sr.named, sr.hits = r.withReferent(si, st, r.ls[se.Start:se.End], found, people.Find(st), sr.hits)
	sr.hits = notFramework(lex, st, notNames(sr.hits, sr.named, st))
	sr.codes, sr.direct, sr.groups = participants(sr.hits)
	// the quote is copied out of the article, so that the article's text
	// is not kept alive by the mentions
	sr.quote = strings.Clone(strings.TrimSpace(r.s[se.Start:se.End]))
	sr.ds = r.datesIn(se)
	sr.cls = clauses(lex, st)
	sr.roles = roles(lex, st, found)
	sr.at = attach(lex, st, sr.cls, found, sr.roles, exprSpans(sr.ds, se.Start), func(j int) int { return int(sr.ds[j].Value.Precision) }, false)
	sr.tense = newTenses(lex, st, sr.cls)
	for i, tr := range found {
		// a date not of the event word's own is its date only in the same
		// tense: "On 12 May … held talks, while the upcoming forum …"
		if a := sr.at[i]; a.at >= 0 && !a.owned && sr.tense.ahead(tr.start) != sr.tense.ahead(sr.ds[a.at].Offset-se.Start) {
			sr.at[i].at = -1
		}
		if a := sr.at[i]; a.at >= 0 && sr.ds[a.at].Offset < se.Start+tr.start && verbsDate(lex, sr.roles[i], r.s[se.Start:sr.ds[a.at].Offset], r.s[sr.ds[a.at].Offset:se.Start+tr.start]) {
			sr.at[i] = attachment{at: -1}
			// where the verb comes last, the verb's day is of the event
			// word after, if that has none ("15-noyabr kuni sammitda
			// ishtirok etish uchun | tashrif bilan keldi")
			if lex.HeadFinal && i+1 < len(found) && sr.at[i+1].at < 0 && sameClause(sr.cls, tr, found[i+1]) {
				sr.at[i+1] = attachment{at: a.at, owned: true}
			}
		}
	}
	// "talks ahead of the anniversary celebrated on 25 June": a date told
	// with what an anchor names is not the event's
	if lex.Anchor != nil {
		anchors := sr.f.FindAll(lex.Anchor, st)
		for i, tr := range found {
			if a := sr.at[i]; a.at >= 0 && anchorsDate(lex, st, anchors, tr, exprSpans(sr.ds[a.at:a.at+1], se.Start)[0]) {
				sr.at[i] = attachment{at: -1}
			}
		}
	}
	// "10-mart kuni … iyun oyida bo'lib o'tadigan sammitiga tayyorgarlikni
	// muhokama qildi": where words are head-final, a date in the phrase a
	// participle of happening closes before the event word is its own,
	// and one before that phrase is the verb's
	if lex.HeadFinal {
		for i, tr := range found {
			a := sr.at[i]
			if a.at < 0 || !a.owned {
				continue
			}
			for j := len(sr.ds) - 1; j > a.at; j-- {
				off := sr.ds[j].Offset - se.Start
				if _, end := sr.tense.participleAt(off); off < tr.start && end >= 0 && end <= tr.start {
					sr.at[i] = attachment{at: j, owned: true}
					break
				}
			}
		}
	}
	sr.cities = slices.DeleteFunc(hitsOf(sr.hits, places.CityHit), func(h places.Hit) bool { return about(lex, st, h) })
	sr.atCity = attach(lex, st, sr.cls, found, sr.roles, hitSpans(sr.cities), nil, false)
	sr.groupHits = hitsOf(sr.hits, places.GroupHit)
	sr.atGroup = attach(lex, st, sr.cls, found, sr.roles, hitSpans(sr.groupHits), nil, true)
	sr.own = r.ownCountries(sr)
	// an event named as what is talked about ("preparations for the
	// visit", "recalled his visit") is no event of the sentence's date;
	// it is one with a date of its own ("…the visit, which will take
	// place in May")
	keep := make([]bool, len(found))
	sr.future = make([]bool, len(found))
	eventNamed := false // an event of its own is told (not a bare "discussed", nor only a frame)
	headlineAhead := r.headline(si) && lex.HeadlineAhead != nil && lex.HeadlineAhead.MatchString(st)
	for i, tr := range found {
		a, rl := sr.at[i], sr.roles[i]
		// the language's future in the event word's clause or its date's
		sr.future[i] = headlineAhead || sr.tense.ahead(tr.start) || relativeAhead(lex, st, sr.cls, sr.tense, tr) || a.at >= 0 && sr.tense.ahead(sr.ds[a.at].Offset-se.Start) ||
			rl == topicRole && governs(lex, lex.Ahead, governing(lex, st, found, i)) || rl.ahead()
		if ahead, ok := r.ownPhrase(sr, i); ok {
			sr.future[i] = headlineAhead || ahead
		}
		keep[i] = (rl != proposalRole || r.scheduled(sr, i)) && (rl != topicRole || !tr.weak && a.owned && r.near(sr, i)) &&
			(!tr.plural || a.owned || len(sr.groups) >= 2) // "takes part in multilateral forums"
		// a bare "discussed" is an event of its own only beside a visit
		// it happened during: what is discussed at a summit is the summit
		eventNamed = eventNamed || keep[i] && !tr.weak && (!rl.named() && !(rl == frameRole && isVisit(tr.typ)))
		// a bare "meeting" or "discussed" is an event only as what the
		// sentence tells, not as a frame or anchor of something else
		keep[i] = keep[i] && !(tr.weak && rl != eventRole)
		if w, ok := r.toldBefore(sr, i); ok {
			sr.at[i], sr.future[i] = attachment{at: -1}, w.planned
		}
	}
	dropRepeats(found, sr.at, keep)
	// "During the visit, …" or "At the summit, …" opening a sentence:
	// what it tells happens during the article's visit or summit
	for i, tr := range found {
		if sr.opener < 0 && frameKinds[tr.typ] && tr.start < 40 && sr.roles[i] == frameRole {
			sr.opener = i
		}
	}
	// "According to the programme, …": what it names happens during the
	// visit told before
	if sr.opener < 0 && r.visit >= 0 && lex.Programme != nil {
		sr.programme = slices.ContainsFunc(sr.f.FindAll(lex.Programme, st), func(loc []int) bool { return loc[0] <= found[0].start })
	}
	if len(sr.ds) == 0 {
		sr.story, sr.storyAt = r.story(sr)
		sr.town = r.storyTown(sr)
	}
	dspans := exprSpans(sr.ds, se.Start)
	for i, tr := range found {
		if !keep[i] || eventNamed && tr.weak {
			continue
		}
		its := items(lex, st, sr.cls, found, i, sr.at[i], dspans, sr.cities, sr.atCity[i])
		var was []dates.Value // a plan moved: the dates it was moved from
		if noteOf(lex, sr, i) == "postponed" {
			if moved, from, ok := movedTo(lex, st, dspans, its, sr.at, i); ok {
				its = []item{moved}
				for _, j := range from {
					was = append(was, sr.ds[j].Value)
				}
			}
		}
		for _, it := range its {
			m, filed, ok := r.mention(sr, i, it)
			if !ok {
				continue
			}
			m.Was = was
			r.out = append(r.out, m)
			r.filed = append(r.filed, filed)
			if isVisit(m.Type) && !m.Framed {
				r.visit = len(r.out) - 1
			}
			if frameKinds[m.Type] && !m.Framed {
				r.frames[frameKind(m.Type)] = len(r.out) - 1
			}
			r.told = append(r.told, toldWord{m.Type, prefilter.Lower(st[tr.start:tr.end]), m.Status == Planned})
			if m.Dated {
				r.prev = len(r.out) - 1
			}
		}
	}
}

// toldBefore finds the event an event word of a sentence points back to
// when an earlier sentence told one of its kind ("… will visit Ashgabat
// on 20-21 June. This visit was agreed in a call on 14 May", "Этот визит
// …", "Bu tashrif …"): it is that event, of its status, and a date of the
// sentence not its own (the call's) is none of its. One told earlier in
// the same sentence is attach's to find.
func (r *reader) toldBefore(sr *reading, i int) (toldWord, bool) {
	tr := sr.found[i]
	if sr.roles[i] != eventRole || sr.at[i].owned || r.lex.Demonstrative == nil ||
		!r.lex.Demonstrative.MatchString(sr.st[max(0, tr.start-24):tr.start]) ||
		slices.ContainsFunc(sr.found[:i], func(o trigger) bool { return sameKind(o.typ, tr.typ) }) {
		return toldWord{}, false
	}
	for k := len(r.told) - 1; k >= 0; k-- {
		if sameKind(r.told[k].typ, tr.typ) {
			return r.told[k], true
		}
	}
	return toldWord{}, false
}

// anchorsDate reports whether the date d of a sentence belongs to what an
// anchor names rather than to event word tr: in English and Russian the
// date follows the anchor, after the event word or before it ("talks ahead
// of the anniversary celebrated on 25 June", "Ahead of the 25 June
// anniversary, …"), in the anchor's phrase (no comma between them, but
// one before a relative clause or a participle qualifying its noun); in
// Uzbek the date qualifies, through a participle, the noun the anchor
// governs before the event word ("25-iyun kuni nishonlanadigan yilligi
// arafasida … muzokaralar").
func anchorsDate(lex *lexicon, st string, anchors [][]int, tr trigger, d text.Span) bool {
	for _, loc := range anchors {
		loc = trimEdges(st, loc)
		if lex.HeadFinal {
			if d.End <= loc[0] && loc[1] <= tr.start && lex.Participle != nil &&
				lex.Participle.MatchString(st[d.End:loc[0]]) && !strings.ContainsAny(st[d.End:loc[0]], ",;") {
				return true
			}
			continue
		}
		if loc[1] > d.Start || (tr.end > loc[0] && d.End > tr.start) {
			continue // the anchor is not before the date, or the event word is between them
		}
		between := st[loc[1]:d.Start]
		if i := strings.LastIndexAny(between, ",;"); i >= 0 {
			rest := between[i+1:]
			if between[i] == ';' || !(lex.Relative != nil && lex.Relative.MatchString(rest) || lex.Participle != nil && lex.Participle.MatchString(rest)) {
				continue
			}
		}
		return true
	}
	return false
}

// headline reports whether sentence si is the article's headline: its
// first line, standing alone and ending with no stop.
func (r *reader) headline(si int) bool {
	if si != 0 || len(r.sents) < 2 || r.sents[1].para == r.sents[0].para {
		return false
	}
	st := strings.TrimSpace(r.s[r.sents[0].Start:r.sents[0].End])
	return st != "" && !strings.ContainsAny(st[len(st)-1:], ".!?")
}

// withThisCountry adds to the places a sentence names the country it names
// by "this" (see lang.Language.ThisCountry), at the words' place: the one
// country it names before them ("Mirziyoyev, at the invitation of the
// President of the Kyrgyz Republic, departed for this country"; of two,
// either may be the subject's), else the one the sentence before named
// last.
func (r *reader) withThisCountry(si int, st string, f *prefilter.Found, hits []places.Hit) []places.Hit {
	if r.lex.ThisCountry == nil {
		return hits
	}
	locs := f.FindAll(r.lex.ThisCountry, st)
	if len(locs) == 0 {
		return hits
	}
	loc := trimEdges(st, locs[0])
	code := onlyCountry(hits, loc[0])
	if code == "" && !slices.ContainsFunc(hits, func(h places.Hit) bool { return h.Kind == places.CountryHit && h.End <= loc[0] }) && si > 0 {
		code = lastCountry(r.placesIn(r.sents[si-1]))
	}
	if code == "" {
		return hits
	}
	return withHit(hits, places.Hit{Start: loc[0], End: loc[1], Kind: places.CountryHit, Codes: []string{code}})
}

// withHit is a copy of hits, in order, with h among them.
func withHit(hits []places.Hit, h places.Hit) []places.Hit {
	i, _ := slices.BinarySearchFunc(hits, h, func(a, b places.Hit) int { return a.Start - b.Start })
	return slices.Insert(slices.Clone(hits), i, h)
}

// union is codes with those of more it lacks added, in order; codes itself
// is left as it is.
func union(codes []string, more ...string) []string {
	out := slices.Clip(codes)
	for _, c := range more {
		if !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}

// lastCountry is the last country of one code that hits name, or "".
func lastCountry(hits []places.Hit) string {
	code := ""
	for _, h := range hits {
		if h.Kind == places.CountryHit && len(h.Codes) == 1 {
			code = h.Codes[0]
		}
	}
	return code
}

// onlyCountry is the one country hits name before offset end, or "" when
// they name none or several.
func onlyCountry(hits []places.Hit, end int) string {
	code := ""
	for _, h := range hits {
		if h.Kind != places.CountryHit || h.End > end {
			continue
		}
		if len(h.Codes) != 1 || code != "" && code != h.Codes[0] {
			return ""
		}
		code = h.Codes[0]
	}
	return code
}

// trimEdges is the span of a word pattern's match (see prefilter.Word)
// without the edges it begins and ends with.
func trimEdges(st string, loc []int) []int {
	start, end := loc[0], loc[1]
	for start < end {
		c, size := utf8.DecodeRuneInString(st[start:])
		if unicode.IsLetter(c) {
			break
		}
		start += size
	}
	for end > start {
		c, size := utf8.DecodeLastRuneInString(st[:end])
		if unicode.IsLetter(c) {
			break
		}
		end -= size
	}
	return []int{start, end}
}

// withReferent adds to the people a sentence names the one its pronoun
// stands for (see lang.Language.Pronoun): the person the sentence before
// named first, at the pronoun's place; or, when it named none, the
// country it named first that is no destination ("The President of
// Kyrgyzstan then heads to Azerbaijan. His visit …"), among the places.
func (r *reader) withReferent(si int, st, lower string, found []trigger, named []people.Hit, hits []places.Hit) ([]people.Hit, []places.Hit) {
	if r.lex.Pronoun == nil || si == 0 {
		return named, hits
	}
	k := found[0].start // a pronoun before the first event word
	locs := r.lex.Pronoun.FindAll(st[:k], lower[:k])
	if len(locs) == 0 {
		return named, hits
	}
	loc := trimEdges(st, locs[0])
	if len(named) > 0 && named[0].Start < loc[0] {
		return named, hits
	}
	prev := r.sents[si-1]
	pst := r.ns[prev.Start:prev.End]
	if before := people.Find(pst); len(before) > 0 {
		return append([]people.Hit{{Start: loc[0], End: loc[1], Person: before[0].Person}}, named...), hits
	}
	for _, h := range r.placesIn(prev) {
		if h.Kind == places.CountryHit && len(h.Codes) == 1 && !destination(r.lex, pst, h) {
			return named, withHit(hits, places.Hit{Start: loc[0], End: loc[1], Kind: places.CountryHit, Codes: h.Codes})
		}
	}
	return named, hits
}

// mention makes the mention of event word i for one item it tells of, and
// says whether its place is only the dateline's town; not ok when it is a
// weak word left without a date.
func (r *reader) mention(sr *reading, i int, it item) (m Mention, filed, ok bool) {
	lex, st, tr := r.lex, sr.st, sr.found[i]
	m = Mention{Article: r.a.ID, URL: r.a.URL, Language: r.lang, Title: r.a.Title, Outlet: r.a.Outlet, Published: r.ref,
		Type: tr.typ, Quote: sr.quote, Offset: sr.se.Start, Sentence: sr.si,
		Weak: tr.weak, Codes: sr.codes, Groups: sr.groups}
	direct := sr.direct // the countries named themselves
	if g := ownGroup(sr, i); g != nil {
		m.Codes, m.Groups = r.ownSides(sr, i, g), []string{g.Name}
	} else if othersGroup(sr, i) {
		m.Codes, m.Groups = r.ownSides(sr, i, nil), nil
	} else if sr.own != nil {
		m.Codes, direct = sr.own[i], sr.own[i]
		if sr.roles[i] == frameRole && isVisit(tr.typ) && sr.opener != i {
			// "held talks with the President of Kazakhstan within his
			// official visit to Kyrgyzstan": the visit's sides are the
			// talks' it frames
			for k, o := range sr.own {
				if k != i && sr.roles[k] == eventRole {
					m.Codes = union(m.Codes, o...)
				}
			}
		}
	}
	m.Framed = sr.roles[i] == frameRole || sr.roles[i].named()
	m.During = sr.opener >= 0 && i != sr.opener || sr.programme && !isVisit(tr.typ)
	// "As part of the visit, he will attend the SCO summit": the visit
	// told before, whose sides and place are not the summit's
	// "During the summit, the leaders welcomed …": the summit told before
	f, told := r.frames[frameKind(tr.typ)]
	told = told && m.Framed && (isVisit(tr.typ) || sr.roles[i] == frameRole) && !r.ownsSides(sr, i)
	if told {
		m.Codes, m.Groups = slices.Clone(r.out[f].Codes), slices.Clone(r.out[f].Groups)
	}
	r.date(sr, i, it, &m)
	// a bare "meeting" needs a date of its own, but a meeting of the
	// leaders of three countries or more is a summit, planned or told
	// before its day ("agreed to hold a meeting of the presidents of
	// Azerbaijan, Kazakhstan and Turkmenistan in Aktau")
	leaders := leadersMeet(lex, st, sr.cls, tr) && len(sr.codes) >= 3
	if m.Weak && !m.Dated && !leaders {
		return m, false, false
	}
	people := r.ownPeople(sr, i)
	if bilateral[m.Type] && !told {
		// talks "on the sidelines of the SCO summit" are between the
		// sides named, not the group's members
		if d, _ := withPeople(direct, people, m.Date, m.Dated); len(d) >= 2 {
			m.Codes, m.Groups = direct, nil
		}
	}
	m.Codes, m.People = withPeople(m.Codes, people, m.Date, m.Dated)
	if len(m.Codes) == 0 {
		// "Then the ministers signed …": the sides of the story; "The
		// leaders will hold talks": those of the event told just before
		if prev := r.storyMention(sr); prev != nil {
			m.Codes = slices.Clone(prev.Codes)
		} else if sr.roles[i] == eventRole {
			if prev := r.collective(sr); prev != nil {
				m.Codes = slices.Clone(prev.Codes)
			}
		}
	}
	if m.During && (sr.opener < 0 || isVisit(sr.found[sr.opener].typ)) && r.visit >= 0 {
		// "During the visit, he held talks with …": the visit's sides
		m.Codes = union(m.Codes, r.out[r.visit].Codes...)
	}
	if leaders && len(m.Codes) >= 3 {
		m.Type, m.Weak = "summit", false // before its place: a summit is held in the country it goes to
	}
	filed = r.place(sr, i, it, &m)
	if told && m.Place.Country != r.out[f].Place.Country && (r.out[f].Place.Country != "" || !isVisit(tr.typ)) {
		// a town of its country may tell it more closely; a summit told
		// before takes no town of what the sentence tells happened at it
		m.Place = r.out[f].Place
	}
	m.Note = noteOf(lex, sr, i)
	m.Status = status(lex, sr.f, st, m, r.ref, sr.future[i])
	// the host is a side, but not of talks between two others
	if m.Place.Country != "" && !slices.Contains(m.Codes, m.Place.Country) && !m.Place.Online &&
		!(bilateral[m.Type] && len(m.Codes) >= 2) {
		m.Codes = append(m.Codes, m.Place.Country)
	}
	m.Name, m.Called = names(lex, st, r.s[sr.se.Start:sr.se.End], tr, m.Type)
	return m, filed, true
}

// near reports whether event word i's date stands within governReach
// characters of it, or in its relative clause in a head-final language: an
// event talked of is one only with a date of its own told with it ("the
// visit, which will take place in May", "avgustda Ashxobodda bo'lib
// o'tadigan … Sammitiga"), not one at the end of the talk ("the agenda of
// the summits: … cooperation in 2025").
func (r *reader) near(sr *reading, i int) bool {
	tr, e := sr.found[i], sr.ds[sr.at[i].at]
	off := e.Offset - sr.se.Start
	between := sr.st[min(tr.end, off):max(tr.end, off)]
	if off < tr.start {
		between = sr.st[min(off+len(e.Text), tr.start):tr.start]
		if r.lex.HeadFinal && r.lex.Participle != nil && r.lex.Participle.MatchString(between) {
			return true
		}
	}
	return utf8.RuneCountInString(between) <= governReach
}

// ownPhrase tells the tense of the phrase that gives event word i its own
// date, when one does: a relative clause after it ("his visit to Russia,
// which took place on 24-25 May"), or, where words are head-final, a
// participle's phrase before it ("24-25 may kunlari bo'lib o'tgan
// tashrifi"). What the sentence's verb says of the event (it is recalled,
// or to be built on) does not make it ahead or past.
func (r *reader) ownPhrase(sr *reading, i int) (ahead, ok bool) {
	tr, a := sr.found[i], sr.at[i]
	if a.at < 0 || !a.owned {
		return false, false
	}
	d := sr.ds[a.at]
	off, end := d.Offset-sr.se.Start, d.Offset-sr.se.Start+len(d.Text)
	if r.lex.HeadFinal {
		ahead, pend := sr.tense.participleAt(off)
		return ahead, end <= tr.start && pend >= 0 && pend <= tr.start
	}
	if !inRelative(r.lex, sr, tr, off) {
		return false, false
	}
	return sr.tense.ahead(off), true
}

// scheduled reports whether event word i, one invited or proposed to, is
// a summit, council, forum or conference whose own date the sentence
// tells it is held on, in a relative clause after it ("invited him to the
// CIS summit, which will be held in December") or, where words are
// head-final, in a participle's phrase before it ("dekabrda bo'lib
// o'tadigan sammitga taklif qildi"): it is held whoever comes. One the
// invitation or proposal itself dates ("proposed to hold the summit on 12
// November") may never be.
func (r *reader) scheduled(sr *reading, i int) bool {
	tr, a := sr.found[i], sr.at[i]
	if !frameKinds[tr.typ] || isVisit(tr.typ) || tr.weak || !a.owned {
		return false
	}
	off := sr.ds[a.at].Offset - sr.se.Start
	if r.lex.HeadFinal {
		end := off + len(sr.ds[a.at].Text)
		return end <= tr.start && r.lex.Participle != nil && r.lex.Participle.MatchString(sr.st[end:tr.start])
	}
	return inRelative(r.lex, sr, tr, off)
}

// inRelative reports whether offset off of a sentence, in a language that
// is not head-final, lies in the relative clause right after event word tr
// (relativeAfter).
func inRelative(lex *lexicon, sr *reading, tr trigger, off int) bool {
	return clauseOf(sr.cls, off) == clauseOf(sr.cls, tr.start)+1 && relativeAfter(lex, sr.st, sr.cls, tr) >= 0
}

// relativeAfter is the index of the relative clause right after event
// word tr, which tells of it (within antecedentReach), or -1; in a
// head-final language, where such a phrase comes before the word, -1.
func relativeAfter(lex *lexicon, st string, cls []text.Span, tr trigger) int {
	ci := clauseOf(cls, tr.start) + 1
	if lex.HeadFinal || ci >= len(cls) || utf8.RuneCountInString(st[tr.end:cls[ci].Start]) > antecedentReach || !relative(lex, st, cls[ci]) {
		return -1
	}
	return ci
}

// relativeAhead reports whether the relative clause right after an event
// word tells it as to come: "the summit, which will take place in Gabala"
// is ahead whatever the tense of the clause the summit is named in.
func relativeAhead(lex *lexicon, st string, cls []text.Span, t *tenses, tr trigger) bool {
	ci := relativeAfter(lex, st, cls, tr)
	return ci >= 0 && t.ahead(cls[ci].Start)
}

// verbsDate reports whether a date before an event word, which the word
// took as its own, is rather the day of the sentence's verb, by the
// event word's role: the day of a trip made to attend the event, or of its
// announcement, unless the date is in the event's own clause; in a
// head-final language, the day of the talk an event is the topic of when
// the date opens the sentence ("2021 yil aprelida … tashrifi sanasi …
// aytdi": said in April 2021).
func verbsDate(lex *lexicon, rl role, opening, between string) bool {
	switch {
	case rl.ahead():
		return !ownClause(lex, between)
	case rl == topicRole:
		return lex.HeadFinal && strings.TrimSpace(opening) == ""
	}
	return false
}

// ownClause reports whether the text from a date to the event word after it
// makes the date the event word's own in a head-final language (see
// lang.Language.Participle); in other languages a date of a purpose stands
// after it, its own.
func ownClause(lex *lexicon, between string) bool {
	return !lex.HeadFinal || lex.Participle == nil || lex.Participle.MatchString(between)
}

// framePhrase is how far, in characters, a frame's own phrase reaches
// after its event word ("During the summit in Astana").
const framePhrase = 30

// ownsSides reports whether a country, group or town the sentence names
// belongs to event word i.
func (r *reader) ownsSides(sr *reading, i int) bool {
	// a frame that opens the sentence ("During the summit, the leaders
	// welcomed the declaration between Azerbaijan and Armenia …") names
	// its own only in its phrase: what follows is the sentence's
	within := func(sp text.Span) bool {
		return i != sr.opener || utf8.RuneCountInString(sr.st[sr.found[i].end:max(sr.found[i].end, sp.Start)]) <= framePhrase
	}
	if a := sr.atGroup[i]; a.at >= 0 && a.owned && within(hitSpans(sr.groupHits)[a.at]) {
		return true
	}
	if c := sr.atCity[i]; c.at >= 0 && c.owned && within(hitSpans(sr.cities)[c.at]) {
		return true
	}
	for _, h := range hitsOf(sr.hits, places.CountryHit) {
		if sp := (text.Span{Start: h.Start, End: h.End}); nameOwner(r.lex, sr.st, sr.cls, sr.found, sp) == i && within(sp) {
			return true
		}
	}
	return false
}

// ownGroup is the group an event word's own words name when the sentence
// names several ("… the SCO summit … and the Central Asia – Russia
// summit …"): each event is of its group, not of all; nil otherwise.
func ownGroup(sr *reading, i int) *places.Hit {
	a := sr.atGroup[i].at
	if a < 0 || !slices.ContainsFunc(sr.groupHits, func(h places.Hit) bool { return h.Name != sr.groupHits[a].Name }) {
		return nil
	}
	return &sr.groupHits[a]
}

// ownCountries are the countries of each event word of a sentence that
// tells two or more events with countries of their own, or one that another
// event follows ("the visit will follow his meeting with the US President"),
// and names no group ("… held talks with the Prime Minister of Kazakhstan, and on 4 June
// he received the Foreign Minister of Turkey"): a country belongs to the
// event word it qualifies (see owners), and one of none, the subject's, to
// every event; nil for any other sentence, whose events share its
// countries.
func (r *reader) ownCountries(sr *reading) [][]string {
	if len(sr.groups) > 0 || len(sr.found) < 2 {
		return nil
	}
	hits := hitsOf(sr.hits, places.CountryHit)
	of := r.owners(sr, hitSpans(hits))
	own := make([][]string, len(sr.found))
	var shared []string
	owners := map[int]bool{}
	followed := false // an owner is an event another follows
	for n, h := range hits {
		for _, c := range h.Codes {
			if o := of[n]; o < 0 {
				shared = append(shared, c)
			} else if !slices.Contains(own[o], c) {
				own[o] = append(own[o], c)
				owners[o] = true
				followed = followed || sr.roles[o].named()
			}
		}
	}
	if len(owners) < 2 && !followed {
		return nil // one event's countries, but not one another follows ("after the meeting with the US President")
	}
	for i := range own {
		for _, c := range shared {
			if !slices.Contains(own[i], c) {
				own[i] = append(own[i], c)
			}
		}
	}
	return own
}

// ownPeople are the people named in the sentence that event word i may
// take: when its events have countries of their own (see ownCountries),
// not those another event word's own words name ("a visit to Russia after
// his meeting with the US President").
func (r *reader) ownPeople(sr *reading, i int) []people.Hit {
	if sr.own == nil {
		return sr.named
	}
	spans := make([]text.Span, len(sr.named))
	for n, h := range sr.named {
		spans[n] = text.Span{Start: h.Start, End: h.End}
	}
	var out []people.Hit
	for n, o := range r.owners(sr, spans) {
		if o < 0 || o == i {
			out = append(out, sr.named[n])
		}
	}
	return out
}

// owners gives each span of a sentence the event word it qualifies (an
// index into sr.found, see spanOwner), or -1 when it is every event's.
// Bare words such as "discussed" own none; a bare "meeting" owns as what
// another follows ("a visit to Russia after his meeting with the US
// President"). In a head-final language the subject stands before the
// first event word as its object does: of two or more spans there, the
// first is the subject's; so is the one span there when a postposition
// closes that word's phrase ("Tojikiston Prezidenti … sammitida ishtirok
// etish uchun | rasmiy tashrif bilan Qatarga jo'nab ketdi").
func (r *reader) owners(sr *reading, spans []text.Span) []int {
	var strong []trigger
	var index []int // of each strong word in sr.found
	for i, tr := range sr.found {
		if !tr.weak || sr.roles[i].named() {
			strong, index = append(strong, tr), append(index, i)
		}
	}
	before := 0 // spans before the first strong word
	for _, sp := range spans {
		if len(strong) > 0 && sp.End <= strong[0].start {
			before++
		}
	}
	closed := len(strong) > 1 && postposed(r.lex, sr.st[strong[0].end:strong[1].start])
	out := make([]int, len(spans))
	for n, sp := range spans {
		o := nameOwner(r.lex, sr.st, sr.cls, strong, sp)
		if o >= 0 {
			o = index[o]
		}
		if r.lex.HeadFinal && n == 0 && (before >= 2 || before == 1 && closed) {
			o = -1 // the subject
		}
		out[n] = o
	}
	return out
}

// landsOf are the countries a sentence names as where something goes or is
// held (see destinations), each attached to an event word, read once.
func (r *reader) landsOf(sr *reading) []places.Hit {
	if !sr.landsRead {
		sr.lands = destinations(r.lex, sr.st, sr.hits)
		sr.atLand = attach(r.lex, sr.st, sr.cls, sr.found, sr.roles, hitSpans(sr.lands), nil, false)
		sr.landsRead = true
	}
	return sr.lands
}

// othersGroup reports whether the groups the sentence names belong to its
// other event words, none to word i: "the summit took place on 29
// November, after the CSTO summit in Bishkek" is not of the CSTO's
// members.
func othersGroup(sr *reading, i int) bool {
	if sr.atGroup[i].owned {
		return false
	}
	for j, a := range sr.atGroup {
		if j != i && a.at >= 0 && a.owned {
			return true
		}
	}
	return false
}

// ownSides are the participants of an event of the group g (nil: of no
// group) in a sentence naming groups of other events: its members and the
// countries the sentence names, but those where another of its events goes
// and those another's group is joined with in a format ("Central Asia –
// Japan").
func (r *reader) ownSides(sr *reading, i int, g *places.Hit) []string {
	var codes []string
	var name string
	if g != nil {
		codes, name = slices.Clone(g.Codes), g.Name
	}
	r.landsOf(sr)
	var other []string // of the formats of the other events' groups
	for _, h := range hitsOf(sr.hits, places.CountryHit) {
		for j, a := range sr.atGroup {
			if j != i && a.at >= 0 && sr.groupHits[a.at].Name != name && joined(sr.st, sr.groupHits[a.at], h) {
				other = append(other, h.Codes...)
			}
		}
	}
	for _, c := range sr.direct {
		elsewhere := slices.Contains(other, c)
		for j, a := range sr.atLand {
			if j != i && a.at >= 0 && sr.lands[a.at].Codes[0] == c {
				elsewhere = true
			}
		}
		if !elsewhere && !slices.Contains(codes, c) {
			codes = append(codes, c)
		}
	}
	return codes
}

// joined reports whether two hits of st stand side by side in a format's
// name, with nothing but dashes, pluses, quotes and spaces between them.
func joined(st string, a, b places.Hit) bool {
	if a.Start > b.Start {
		a, b = b, a
	}
	return a.End <= b.Start && strings.Trim(st[a.End:b.Start], " -–—+"+quoteMarks) == ""
}

// length gives a visit the length the article states ("a two-day visit",
// "the visit lasts two days"): to the visit told nearest the statement,
// the one before it on a tie, if it has a day, and to the mentions of that
// day's visit. A length told beside another visit ("Earlier he arrived on
// an official visit, which lasts two days") is not that of a trip told
// elsewhere.
func (r *reader) length() {
	at, n := duration(r.lex, r.s, r.ls)
	if n < 2 {
		return
	}
	si := sentenceAt(r.sents, at)
	near, best := -1, 0
	for i, m := range r.out {
		if d := max(m.Sentence-si, si-m.Sentence); isVisit(m.Type) && (near < 0 || d < best) {
			near, best = i, d
		}
	}
	if near < 0 {
		return
	}
	day := r.out[near].Date
	if !r.out[near].Dated || day.Precision != dates.Day || day.IsRange() {
		return
	}
	for i := range r.out {
		if m := &r.out[i]; isVisit(m.Type) && m.Dated && m.Date == day {
			m.Date.End = day.Start.AddDays(n - 1)
		}
	}
}

// arrival dates a visit the report's lead tells as an arrival with no date
// ("… arrived in Moscow on a working visit"): it began on the day of the
// report, when the article tells no dated programme in the week after it,
// whose days the visit spans (see timeline).
func (r *reader) arrival() {
	if r.ref.Year == 0 || r.lead < 0 || r.lex.Arrived == nil {
		return
	}
	if se := r.sents[r.lead]; !r.lex.Arrived.MatchString(r.ns[se.Start:se.End]) || len(r.datesIn(se)) > 0 {
		return // no arrival, or one of a day the lead states
	}
	week := r.ref.AddDays(7)
	for _, m := range r.out {
		if m.Dated && m.Date.Start.Compare(r.ref) >= 0 && m.Date.Start.Compare(week) <= 0 {
			return
		}
	}
	for i := range r.out {
		if m := &r.out[i]; m.Sentence == r.lead && isVisit(m.Type) && !m.Dated && m.Status != Planned {
			m.Date, m.Dated = dates.Value{Start: r.ref, End: r.ref, Precision: dates.Day}, true
		}
	}
}

// until gives an event of days the last day a sentence states for it
// ("…, which will last until 7 March"; "The visit will last until 7
// March"): to the event told last before that day, in that sentence or the
// one before, if it begins on a day before it, and to the mentions of that
// event; a mention of its kind the sentence tells without a day of its own
// is that event told on. Begun by the day of the report, the event is under
// way, whatever the tense of "will last".
func (r *reader) until() {
	for si, se := range r.sents {
		for _, e := range se.dates {
			if e.Value.Precision != dates.Day || e.Value.IsRange() || !untilDate(r.lex, r.s, se, e) {
				continue
			}
			last := e.Value.Start
			of := -1
			for i, m := range r.out {
				if m.Sentence >= si-1 && m.Sentence <= si && !ofADay[m.Type] && m.Dated &&
					m.Date.Precision == dates.Day && !m.Date.IsRange() && m.Date.Start.Compare(last) < 0 {
					of = i
				}
			}
			if of < 0 {
				continue
			}
			ev := r.out[of]
			if ev.Status == Planned && ev.Note == "" && r.ref.Year != 0 && ev.Date.Start.Compare(r.ref) <= 0 {
				ev.Status = Held // begun by the day of the report, it is under way
			}
			for i := range r.out {
				m := &r.out[i]
				if m.Type != ev.Type {
					continue
				}
				if m.Dated && m.Date == ev.Date || !m.Dated && m.Sentence == si {
					m.Date, m.Dated, m.Status = ev.Date, true, ev.Status
					m.Date.End = last
				}
			}
		}
	}
}

// ofADay are the kinds of event a report's lead tells of on the day it is
// published; a visit, a summit or a forum spans days that the article's
// other events give (see timeline).
var ofADay = map[string]bool{"talks": true, "call": true, "dialogue": true, "signing": true}

// date gives a mention its date: the item's own; for a lead told in the
// past the dateline's, or with no dated dateline the publication's; for an event under way the report's day; else that
// of the event the sentence before told, when this one tells it on.
func (r *reader) date(sr *reading, i int, it item, m *Mention) {
	tr, dl := sr.found[i], r.dl
	switch {
	case it.date >= 0:
		m.Date, m.Dated = sr.ds[it.date].Value, true
	case dl != nil && sr.si == dl.lead && dl.date.Precision != dates.NoPrecision && !sr.future[i]:
		// the day of the report is that of a lead told in the past
		m.Date, m.Dated = dl.date, true
	case sr.si == r.lead && len(sr.ds) == 0 && sr.roles[i] == eventRole && !sr.future[i] && ofADay[tr.typ]:
		// a report's lead that states no date, nor its dateline, tells
		// of talks, a call or a signing held on the day it was published;
		// a bare "met" or "discussed" there too, when it names no other
		// event
		m.Date, m.Dated = dates.Value{Start: r.ref, End: r.ref, Precision: dates.Day}, true
	case sr.roles[i] == openingRole && r.prev >= 0 && len(sr.ds) == 0:
		// "His trip began with talks": the first day of the event told
		// before
		v := r.out[r.prev].Date
		v.End = v.Start
		m.Date, m.Dated = v, true
	case r.ref.Year != 0 && sr.roles[i] == eventRole && !slices.Contains(sr.roles, openingRole) &&
		(inClauseOf(r.lex.Ongoing, sr.st, sr.cls, tr) || inClauseOf(r.lex.Ended, sr.st, sr.cls, tr)):
		// "the summit is under way", "the visit has ended": the day of
		// the report
		m.Date, m.Dated = dates.Value{Start: r.ref, End: r.ref, Precision: dates.Day}, true
	case r.prev >= 0 && len(sr.ds) == 0 && !m.Framed:
		// the event of the sentence before, told on: only in the same
		// tense and between the same sides; "the meeting" told on is
		// that event
		prev := r.out[r.prev]
		if prev.Sentence == sr.si-1 && r.sents[prev.Sentence].para == sr.se.para &&
			(prev.Status == Planned) == sr.future[i] && sameSides(prev.Codes, m.Codes) {
			m.Date, m.Dated = prev.Date, true
			if m.Weak {
				m.Type = prev.Type
			}
		}
	}
	if !m.Dated && sr.story != nil && !m.Framed {
		// "Then the leaders held talks": the day the story last told,
		// if it is in the tense told
		v := *sr.story
		if r.ref.Year == 0 || sr.future[i] == (v.Start.Compare(r.ref) > 0) {
			m.Date, m.Dated = v, true
		}
	}
}

// storyMention is the mention a sentence telling the next step of a story
// goes on from: the last dated, in its paragraph or the one before; or nil.
func (r *reader) storyMention(sr *reading) *Mention {
	if sr.story == nil || r.prev < 0 || r.sents[r.out[r.prev].Sentence].para < sr.se.para-1 {
		return nil
	}
	return &r.out[r.prev]
}

// collective is the mention of the sentences before, in its paragraph or
// the one before, whose sides a sentence names together ("the leaders",
// "стороны", "tomonlar") before its first event word; nil if none, or if
// that mention has fewer than two sides. They are the sides of the event
// the sentence tells, not of one they talk of ("the parties discussed
// preparations for the summit").
func (r *reader) collective(sr *reading) *Mention {
	k := sr.found[0].start
	if len(r.out) == 0 || !slices.ContainsFunc([]*prefilter.Regexp{r.lex.Leaders, r.lex.Sides}, func(re *prefilter.Regexp) bool {
		return re != nil && slices.ContainsFunc(sr.f.FindAll(re, sr.st), func(loc []int) bool { return loc[1] <= k })
	}) {
		return nil
	}
	prev := &r.out[len(r.out)-1]
	if prev.Sentence >= sr.si || r.sents[prev.Sentence].para < sr.se.para-1 || len(prev.Codes) < 2 {
		return nil
	}
	return prev
}

// story gives the date a sentence goes on from when it tells the next step
// of a story: it opens with "Then", "After that" or "Following the talks".
// "The talks" are those last told, if they are dated; else the date is the
// last stated, in its paragraph or the one before, to a month or a day
// ("Relations were set up in 1992" is no step of it), with the sentence
// that states it (-1 for the talks' own).
func (r *reader) story(sr *reading) (*dates.Value, int) {
	opens := r.lex.Sequel != nil && r.lex.Sequel.MatchString(sr.st)
	for i, tr := range sr.found {
		if sr.roles[i] != afterRole || tr.start >= 40 {
			continue
		}
		opens = true
		if r.prev >= 0 && r.out[r.prev].Type == tr.typ && r.sents[r.out[r.prev].Sentence].para >= sr.se.para-1 {
			v := r.out[r.prev].Date
			return &v, -1
		}
	}
	if !opens {
		return nil, -1
	}
	for k := sr.si - 1; k >= 0 && r.sents[k].para >= sr.se.para-1; k-- {
		if ds := r.datesIn(r.sents[k]); len(ds) > 0 {
			if v := ds[len(ds)-1].Value; v.Precision >= dates.Month {
				return &v, k
			}
			return nil, -1
		}
	}
	return nil, -1
}

// storyTown is the last town named in the sentence that states the day a
// story goes on from ("… hosted a ceremony in Tashkent on 17 August. Then
// the talks started"), or nil: the scene of the story, where the dateline
// tells only where the report was filed.
func (r *reader) storyTown(sr *reading) *places.City {
	if sr.story == nil || sr.storyAt < 0 {
		return nil
	}
	hits := hitsOf(r.placesIn(r.sents[sr.storyAt]), places.CityHit)
	if len(hits) == 0 {
		return nil
	}
	return hits[len(hits)-1].City
}

// datesIn are the dates of events a sentence states: the dateline's date
// is the day of the report, not an event's own.
func (r *reader) datesIn(se sentence) []dates.Expr {
	skip := -1
	if r.dl != nil {
		skip = r.dl.at
	}
	return eventDates(r.lex, r.s, se, skip)
}

// placesIn are the places a sentence names outside its dates and its
// months' names; the city of a dateline is where the report was filed, the
// place of the lead only when the lead names none.
func (r *reader) placesIn(se sentence) []places.Hit {
	hits := outsideDates(places.Default().FindLower(r.ns[se.Start:se.End], r.ls[se.Start:se.End]), se)
	// a month's name the date reader did not read as a date ("the holiday
	// (March)") is no town of that name
	months := langs.Reader().Language(r.lang).Months
	hits = slices.DeleteFunc(hits, func(h places.Hit) bool {
		_, month := months[r.ls[se.Start+h.Start:se.Start+h.End]]
		return h.Kind == places.CityHit && month
	})
	if r.dl != nil {
		hits = slices.DeleteFunc(hits, func(h places.Hit) bool { return se.Start+h.End <= r.dl.cityEnd })
	}
	st := r.ns[se.Start:se.End]
	return slices.DeleteFunc(hits, func(h places.Hit) bool { return h.Kind == places.CityHit && inPersonName(r.lex, st, h) })
}

// inPersonName reports whether a town's name stands inside a person's
// name: a title (with at most a country's name after it), a capitalised
// word, the town, a capitalised word ("Vietnam's President Vo Van Thuong",
// "президентом Вьетнама Во Ван Тхыонгом" name no Van; see
// lang.Language.Title).
func inPersonName(lex *lexicon, st string, h places.Hit) bool {
	if lex.Title == nil {
		return false
	}
	before := strings.Fields(st[:h.Start])
	after := strings.Fields(st[h.End:])
	if len(before) < 2 || len(after) == 0 {
		return false
	}
	prev, next := before[len(before)-1], after[0]
	if !capitalised(prev) || !capitalised(next) || !unicode.IsLetter([]rune(prev)[len([]rune(prev))-1]) {
		return false
	}
	if n := len(before); lex.Title.MatchString(before[n-2]) {
		return true
	} else if n >= 3 && lex.Title.MatchString(before[n-3]) {
		hits := places.Default().Find(before[n-2])
		return len(hits) == 1 && hits[0].Kind == places.CountryHit
	}
	return false
}

// place gives a mention its place: the town of its item or of its clause,
// a venue or the country a visit goes to; online for a call; else the
// place of the mention before in the paragraph, or the dateline's city
// for what the lead reports as done. It reports whether the place is only
// the dateline's town, where the report was filed.
func (r *reader) place(sr *reading, i int, it item, m *Mention) (filed bool) {
	tr, dl := sr.found[i], r.dl
	city := it.city
	if city == nil {
		if c := onlyCity(r.lex, sr.st, sr.cities, sr.cls, sr.found, sr.roles, tr); c >= 0 {
			city = sr.cities[c].City
		}
	}
	c := sr.cls[clauseOf(sr.cls, tr.start)]
	var lands []places.Hit // read only where a visit or a summit may go
	if isVisit(m.Type) || m.Type == "summit" {
		lands = r.landsOf(sr)
		if a := sr.atLand[i]; a.at >= 0 {
			lands = lands[a.at : a.at+1] // "… in China and the summit … in Tajikistan": its own
			// "a visit to Russia, after the meeting in Washington": a
			// town of another event is not where its own country is
			if city != nil && a.owned && !sr.atCity[i].owned && city.Country != lands[0].Codes[0] {
				city = nil
			}
		}
	}
	m.Place = placeOf(city, lands, sr.st[c.Start:c.End], m.Type)
	if sr.f.Match(r.lex.Online, sr.st) || m.Type == "call" {
		m.Place = Place{Online: true}
	}
	// the dateline's city is the place of what the lead reports as done,
	// not of what it tells of as ahead, nor of what happens during a visit
	// (which takes the visit's place, see timeline)
	lead := dl != nil && dl.city != nil && sr.si >= dl.lead && sr.si <= dl.lead+2 && !sr.future[i] && !m.During
	switch {
	case m.Place.Online || m.Place.City != "":
	case m.Place.Country != "":
		if lead && dl.city.Country == m.Place.Country {
			m.Place = cityPlace(dl.city) // "a visit to Kazakhstan" under "ASTANA –"
		}
	case r.prev >= 0 && r.out[r.prev].Sentence < sr.si && sr.se.para == r.sents[r.out[r.prev].Sentence].para &&
		r.out[r.prev].Place.Country != "" && sameSides(r.out[r.prev].Codes, m.Codes):
		m.Place = r.out[r.prev].Place
		return r.filed[r.prev]
	case r.storyMention(sr) != nil && sameSides(r.out[r.prev].Codes, m.Codes):
		m.Place = r.out[r.prev].Place
		return r.filed[r.prev]
	case sr.town != nil:
		m.Place = cityPlace(sr.town)
	case lead:
		m.Place = cityPlace(dl.city)
		return true
	}
	return false
}

// ownPlaces gives a mention placed only by the dateline the town the
// article states for the same event: "ASHGABAT – … discussed trade at the
// commission's meeting" filed from one capital, "the session was held in
// Dushanbe" telling where.
func (r *reader) ownPlaces() {
	for i := range r.out {
		m := &r.out[i]
		if !r.filed[i] || !m.Dated {
			continue
		}
		for j, o := range r.out {
			if !r.filed[j] && o.Type == m.Type && o.Dated && o.Place.City != "" && sameSides(o.Codes, m.Codes) &&
				o.Date.Start.Compare(m.Date.End) <= 0 && m.Date.Start.Compare(o.Date.End) <= 0 {
				m.Place = o.Place
				break
			}
		}
	}
}
