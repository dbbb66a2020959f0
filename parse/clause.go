package parse

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ca-diplomacy/timeline/parse/places"
	"github.com/ca-diplomacy/timeline/parse/prefilter"
	"github.com/ca-diplomacy/timeline/parse/text"
)

// A sentence is read clause by clause. Each date belongs to one event word:
// the one of its clause that it qualifies. An event word takes the date that
// belongs to it; failing that, a date that opens the sentence before any
// event word, the date of an event it is framed by ("talks during the
// visit on 18 April"), or the date of an event it is coordinated with
// ("held talks and signed a treaty on 18 April"). Anything else is undated:
// the date of another event in the same sentence is not its date.

// clauses cuts a sentence (relative offsets) at semicolons and colons, at
// a comma followed by a word the language opens a clause with
// (lang.Language.Clause: "which", "который", "ammo"), at the comma that closes a
// relative clause (lang.Language.Relative), and where a reported clause begins
// (lang.Language.Reported: "assured that"). Brackets do not cut: what
// they hold qualifies the words around them ("a working (consultative)
// clauseOpening bounds, in bytes, the text after a comma that Clause and
// Relative are matched against.
const clauseOpening = 120

// meeting", "the state visit (21-22 December)").
func clauses(lex *lexicon, st string) []text.Span {
	var out []text.Span
	start := 0
	cut := func(at, next int) {
		if at > start {
			out = append(out, text.Span{Start: start, End: at})
		}
		start = next
	}
	var reported []int // where a reported clause begins ("assured | that the summit …")
	if lex.Reported != nil && lex.Reported.Maybe(prefilter.Lower(st)) {
		for _, loc := range lex.Reported.FindAllStringSubmatchIndex(st, -1) {
			reported = append(reported, loc[2])
		}
	}
	relative := false
	quoted := quotes(st)
	for i := 0; i < len(st); i++ {
		if len(reported) > 0 && i == reported[0] {
			cut(i, i)
			reported = reported[1:]
			relative = false
		}
		switch st[i] {
		case ';', ':':
			if slices.ContainsFunc(quoted, func(q text.Span) bool { return q.Start < i && i < q.End }) {
				continue // "Russia – Islamic World: KazanForum"
			}
			cut(i, i+1)
			relative = false
		case ',':
			// the words that open a clause are its first few: a pattern
			// anchored at the comma reads no further
			next := st[i+1 : min(len(st), i+1+clauseOpening)]
			switch {
			case relative:
				cut(i, i+1)
				relative = false
			case lex.Relative != nil && lex.Relative.MatchString(next):
				cut(i, i+1)
				relative = true
			case lex.Clause != nil && lex.Clause.MatchString(next) && !listOfNames(lex, st, i):
				cut(i, i+1)
			}
		}
	}
	cut(len(st), len(st))
	if len(out) == 0 { // a sentence of punctuation is one clause
		out = append(out, text.Span{Start: 0, End: len(st)})
	}
	return out
}

// quotes are the spans of a sentence within quotation marks («…», “…”,
// "…"), which name something (a forum, a document) rather than say it.
func quotes(st string) []text.Span {
	var out []text.Span
	for _, q := range [][2]string{{"«", "»"}, {"“", "”"}, {"\"", "\""}} {
		for from := 0; ; {
			i := strings.Index(st[from:], q[0])
			if i < 0 {
				break
			}
			i += from
			j := strings.Index(st[i+len(q[0]):], q[1])
			if j < 0 {
				break
			}
			j += i + len(q[0])
			out = append(out, text.Span{Start: i, End: j})
			from = j + len(q[1])
		}
	}
	return out
}

// listOfNames reports whether the comma at i goes on with a list of names
// ("Uzbekistan, Kyrgyzstan, and Tajikistan"): a capitalised word right
// before it, "and" after it and a capitalised word after that, which open
// no clause.
func listOfNames(lex *lexicon, st string, i int) bool {
	before := strings.Fields(st[:i])
	after := strings.Fields(st[i+1:])
	return lex.And != nil && len(before) > 0 && len(after) > 1 && capitalised(before[len(before)-1]) &&
		lex.And.MatchString(" "+after[0]+" ") && capitalised(after[1])
}

// textTenses tells the tense of the clause holding a byte offset of a
// text, for the date reader (dates.Options.Tense and Past): "upcoming" in
// one clause does not move a date of another to next year. The last
// sentence asked about is kept for the next question.
type textTenses struct {
	lex *lexicon
	s   string
	sp  text.Span
	t   *tenses
}

func newTextTenses(lex *lexicon, s string) *textTenses { return &textTenses{lex: lex, s: s} }

// at is the tenses of the sentence holding offset off and off within it.
func (x *textTenses) at(off int) (*tenses, int) {
	if x.sp.End == 0 || off < x.sp.Start || off >= x.sp.End {
		x.sp = text.SentenceAt(x.s, off)
		st := x.s[x.sp.Start:x.sp.End]
		x.t = newTenses(x.lex, st, clauses(x.lex, st))
	}
	return x.t, off - x.sp.Start
}

// ahead reports whether the date at offset off is told of as ahead.
func (x *textTenses) ahead(off int) bool {
	t, off := x.at(off)
	ahead, ok := t.participle(off)
	if !ok {
		ahead = t.ahead(off)
	}
	return ahead && !t.planMade(off) || t.preparing(off)
}

// past reports whether the date at offset off is told of as done, for
// certain, by the phrase that gives an event its own date: in Uzbek the
// participle that ends the date's phrase, elsewhere a verb of a relative
// clause (lang.Language.Past: "the visit, which took place on 4-5 April").
// A sentence's own verb may tell of another event than its dates: "Ahead
// of the summit on 3-4 July, the ministers held talks".
func (x *textTenses) past(off int) bool {
	t, off := x.at(off)
	if ahead, ok := t.participle(off); ok {
		return !ahead
	}
	c := t.cls[clauseOf(t.cls, off)]
	return !t.lex.HeadFinal && t.lex.Past != nil && relative(t.lex, t.st, c) && t.lex.Past.MatchString(t.st[c.Start:c.End])
}

// phraseWords bounds the words after a date's first that its phrase may
// end within: the date's own ("24-25 may kunlari") and a participle's.
const phraseWords = 6

// participle reports, in a head-final language, the tense of the
// participle of an event's happening that ends the phrase of the date at
// offset off ("24-25 may kunlari bo'lib o'tgan tashrif", the visit that
// took place on 24-25 May: Past; "3-iyul kuni bo'ladigan sammit": Planned),
// and whether one does: the participle's, not the sentence's verb's. Any
// other participle ("… energetikaga bag'ishlangan forum") qualifies the
// noun with a phrase of its own, and the date is the clause's.
func (t *tenses) participle(off int) (ahead, ok bool) {
	ahead, end := t.participleAt(off)
	return ahead, end >= 0
}

// participleAt is participle with the end of the participle's word, -1
// when there is none.
func (t *tenses) participleAt(off int) (ahead bool, end int) {
	if !t.lex.HeadFinal || t.lex.Participle == nil {
		return false, -1
	}
	c := t.cls[clauseOf(t.cls, off)]
	for n, w := range wordsOf(t.st[off:c.End]) {
		if n > phraseWords {
			break
		}
		if t.lex.Participle.MatchString(w.text) {
			switch {
			case t.lex.Planned.MatchString(w.text):
				return true, off + w.start + len(w.text)
			case t.lex.Past != nil && t.lex.Past.MatchString(w.text):
				return false, off + w.start + len(w.text)
			}
			return false, -1
		}
	}
	return false, -1
}

// planMade reports whether every Planned cue that makes the clause holding
// offset off ahead tells a plan made in the past (lang.Language.PlanMade).
func (t *tenses) planMade(off int) bool {
	if t.lex.PlanMade == nil {
		return false
	}
	c := t.cls[clauseOf(t.cls, off)]
	if t.lex.HeadFinal {
		c.Start = max(c.Start, off)
	}
	cl := t.st[c.Start:c.End]
	locs := t.lex.Planned.FindAll(cl, prefilter.Lower(cl))
	for _, loc := range locs {
		loc = trimEdges(cl, loc)
		start, end := c.Start+loc[0], c.Start+loc[1]
		made := t.lex.PlanMade.MatchString(t.st[max(c.Start, runesBefore(t.st, start, 30)):start]) || t.lex.PlanMade.MatchString(t.st[start:end])
		if t.lex.HeadFinal {
			made = t.lex.PlanMade.MatchString(t.st[end:c.End])
		}
		if !made {
			return false
		}
	}
	return len(locs) > 0
}

// preparing reports whether the date at offset off is told with an event
// being prepared (lang.Language.Preparing), within the few words of the
// event's phrase in its clause.
func (t *tenses) preparing(off int) bool {
	if t.lex.Preparing == nil {
		return false
	}
	c := t.cls[clauseOf(t.cls, off)]
	if t.lex.HeadFinal {
		return t.lex.Preparing.MatchString(t.st[off:min(c.End, runesAfter(t.st, off, 60))])
	}
	return t.lex.Preparing.MatchString(t.st[max(c.Start, runesBefore(t.st, off, 60)):off])
}

// tenses tells the tense of the clauses of one sentence, each read once.
type tenses struct {
	lex  *lexicon
	st   string
	cls  []text.Span
	read map[text.Span]bool
}

func newTenses(lex *lexicon, st string, cls []text.Span) *tenses {
	return &tenses{lex: lex, st: st, cls: cls, read: map[text.Span]bool{}}
}

// ahead reports whether the clause holding offset off tells of something
// ahead. In a head-final language only the part from off on counts: the
// verb that a date or an event qualifies comes after it ("3-4 iyul kunlari
// bo'lib o'tadigan sammit arafasida 19 iyun kuni … o'tkazdi"); and the
// participle right before off, which qualifies the noun there ("bo'lajak
// muzokaralar", the talks to come).
func (t *tenses) ahead(off int) bool {
	if t.lex.Planned == nil {
		return false
	}
	k := clauseOf(t.cls, off)
	c := t.cls[k]
	if t.lex.HeadFinal {
		if w := lastWord(t.st[c.Start:off]); w != "" && t.lex.Planned.MatchString(w) {
			return true
		}
		c.Start = max(c.Start, off)
	}
	v, ok := t.read[c]
	if !ok {
		v = t.lex.Planned.MatchString(t.st[c.Start:c.End])
		if !v && t.lex.HeadFinal && k+1 < len(t.cls) && t.gapped(t.cls[k+1]) {
			v = t.ahead(t.cls[k+1].Start)
		} else if !v && !t.lex.HeadFinal && k > 0 && t.gapped(t.cls[k]) {
			v = t.ahead(t.cls[k-1].Start)
		}
		t.read[c] = v
	}
	return v
}

// gapped reports whether clause c leaves its verb to the clause before it
// (lang.Language.Gapped).
func (t *tenses) gapped(c text.Span) bool {
	cl := strings.TrimLeft(t.st[c.Start:c.End], ", ")
	return t.lex.Gapped != nil && t.lex.Gapped.MatchString(cl) && (t.lex.Finite == nil || !t.lex.Finite.MatchString(cl))
}

// lastWord is the last word of s, or "".
func lastWord(s string) string {
	end := len(strings.TrimRight(s, " "))
	start := strings.LastIndexByte(s[:end], ' ') + 1
	return s[start:end]
}

// inClauseOf reports whether re matches in the clause of an event word.
func inClauseOf(re *prefilter.Regexp, st string, cls []text.Span, tr trigger) bool {
	c := cls[clauseOf(cls, tr.start)]
	return re != nil && re.MatchString(st[c.Start:c.End])
}

// clauseOf is the index of the clause holding offset off.
func clauseOf(cls []text.Span, off int) int {
	for i, c := range cls {
		if off < c.End {
			return i
		}
	}
	return len(cls) - 1
}

// attachment is what attach found for one event word.
type attachment struct {
	at    int  // index into the spans, -1 when none
	owned bool // the span belongs to this event word itself
}

// attach gives each event word of a sentence one of the spans (dates, or
// places) that may qualify it, as the top of this file tells. Spans are
// relative to the sentence.
// Of several spans that belong to one event word, the highest rank wins,
// then the nearest: rank gives a date's precision ("this year's meeting
// on 27 November" is of the day), nil ranks all alike. Names (groups) are
// owned as nameOwner has it: "the summit of the CIS heads of state" is the
// CIS's, where a date after "the" would qualify the noun after it.
func attach(lex *lexicon, st string, cls []text.Span, trs []trigger, roles []role, spans []text.Span, rank func(int) int, names bool) []attachment {
	if rank == nil {
		rank = func(int) int { return 0 }
	}
	owner := make([]int, len(spans))  // the event word each span belongs to, -1 for none
	opens := make([]bool, len(spans)) // the span stands before every event word
	for j, sp := range spans {
		owner[j], opens[j] = ownerOf(lex, st, cls, trs, sp, !names)
	}
	out := make([]attachment, len(trs))
	for i, tr := range trs {
		out[i] = attachment{at: -1}
		best := 1 << 30
		for j, sp := range spans {
			if owner[j] != i {
				continue
			}
			if d := distance(tr, sp) - rank(j)*1000; d < best {
				out[i], best = attachment{at: j, owned: true}, d
			}
		}
	}
	// "the state visit to Oman in October 2009 …, during that visit":
	// that visit is the one told before, of its date and town
	for i, tr := range trs {
		if out[i].at >= 0 || lex.Demonstrative == nil || !lex.Demonstrative.MatchString(st[max(0, tr.start-24):tr.start]) {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			if sameKind(trs[j].typ, tr.typ) {
				if out[j].owned {
					out[i] = out[j]
				}
				break
			}
		}
	}
	for i, tr := range trs {
		if out[i].at >= 0 || roles[i].named() || roles[i] == topicRole || roles[i] == proposalRole || roles[i].ahead() {
			continue
		}
		// a span that opens the sentence: the last one before the event word
		for j, sp := range spans {
			if opens[j] && (out[i].at < 0 || sp.Start < tr.start) {
				out[i].at = j
			}
		}
		if out[i].at >= 0 {
			continue
		}
		// the nearest event it is told with, with no other event word
		// between them: talks during a visit on 18 April; a visit during
		// which a treaty was signed on 18 April; talks and a signing on 18
		// April; a signing following the talks of 18 April
		best := 1 << 30
		for k, o := range trs {
			if k == i || !out[k].owned || k-i > 1 || i-k > 1 {
				continue
			}
			if d := max(o.start-tr.end, tr.start-o.end); d < best &&
				(roles[k] == frameRole && subEvent[tr.typ] && d <= frameReach || roles[k] == afterRole || roles[i] == frameRole && roles[k] == eventRole && !opener(tr) ||
					roles[k] == eventRole && (coordinated(lex, st, tr, o) || o.weak && !lex.HeadFinal && sameClause(cls, tr, o))) {
				out[i].at, best = out[k].at, d
			}
		}
	}
	return out
}

// singular is event word i of clause c, or the nearest word in the clause
// beyond it (dir -1 before, 1 after) that is no plural, when i is one: a
// plural names no one event to take a date or town ("the first meeting of
// the Council of National Coordinators for the Consultative Meetings …
// took place on 31 January"). A word of the same kind beside it tells the
// same event ("приезжал с официальным визитов"), and leaves the plural its
// date.
func singular(trs []trigger, c text.Span, i, dir int) int {
	if i < 0 || !trs[i].plural {
		return i
	}
	for j := i + dir; j >= 0 && j < len(trs) && trs[j].start >= c.Start && trs[j].end <= c.End; j += dir {
		if !trs[j].plural {
			if sameKind(trs[j].typ, trs[i].typ) {
				return i
			}
			return j
		}
	}
	return i
}

// opener reports whether an event word opens its sentence ("During the
// summit, …"): as a frame it is the event told before, which takes no
// date from what the sentence tells happened during it.
func opener(tr trigger) bool { return tr.start < 40 }

// sameKind reports whether two event words may name one event: of one
// type, both visits, or of one family of names (see family).
func sameKind(a, b string) bool {
	return a == b || isVisit(a) && isVisit(b) || family(a) == family(b)
}

// spanOwner is the event word a span (a date, a place) belongs to: the
// nearest in its clause on the side the language puts what qualifies an
// event (after the event word in English and Russian, before it in
// Uzbek), then on the other side, then, in a relative clause, the nearest
// before it ("the summit, which will be held on 6 August"). A span before
// every event word opens the sentence: in English and Russian it belongs to
// none and qualifies all ("On 18 April, … held talks and signed …"); in
// Uzbek it belongs to the event word after it, as any other. A clause
// after a relative clause, with no event word of its own, goes on with the
// clause the relative one interrupted.
func spanOwner(lex *lexicon, st string, cls []text.Span, trs []trigger, sp text.Span) (owner int, opens bool) {
	return ownerOf(lex, st, cls, trs, sp, true)
}

// nameOwner is the event word a country or person named in a sentence
// belongs to, as spanOwner's, but that after a determiner, as the object of
// an event word, it names who the noun after it is ("met the US
// President"): it is of that event word, where a date would date the noun
// alone ("the November 20 election").
func nameOwner(lex *lexicon, st string, cls []text.Span, trs []trigger, sp text.Span) int {
	o, _ := ownerOf(lex, st, cls, trs, sp, false)
	return o
}

// postposed reports whether text, after an event word, holds a word that
// governs it as a frame, an anchor, what another follows or a trip's
// purpose.
func postposed(lex *lexicon, text string) bool {
	for _, re := range []*prefilter.Regexp{lex.Frame, lex.Anchor, lex.After, lex.Purpose} {
		if re != nil && re.MatchString(text) {
			return true
		}
	}
	return false
}

// objectOf reports whether the noun phrase at sp goes on from the event
// word before it with no comma between ("met the US President"), as its
// object does; after a comma it is another part of the sentence ("During
// the talks, the Kazakh president noted").
func objectOf(st string, trs []trigger, sp text.Span) bool {
	end := -1
	for _, tr := range trs {
		if tr.end <= sp.Start {
			end = max(end, tr.end)
		}
	}
	return end >= 0 && !strings.ContainsRune(st[end:sp.Start], ',')
}

// ownerOf is spanOwner; modifier makes a span after a determiner a
// modifier of the noun after it (else only one no event word governs).
func ownerOf(lex *lexicon, st string, cls []text.Span, trs []trigger, sp text.Span, modifier bool) (owner int, opens bool) {
	for i, tr := range trs {
		// a name in the event word: "заседание Высшего Евразийского
		// экономического совета" is the EAEU's, as is "Oliy Yevroosiyo
		// iqtisodiy kengashi majlisi"
		if sp.Start < tr.end && sp.End > tr.start {
			return i, false
		}
		// a date or town that qualifies the word right after it: "his
		// July 2019 visit", "last year's meeting", "the Tashkent summit"
		if gap := strings.TrimSpace(st[min(sp.End, tr.start):tr.start]); tr.start >= sp.End && tr.start-sp.End <= 4 && (gap == "" || gap == "'s" || gap == "’s") {
			return i, false
		}
	}
	// after a determiner it qualifies the noun after it, which is no
	// event word: "since winning the November 20 election"; one that no
	// word follows is a noun itself ("… of the SCO.")
	if lex.Determiner != nil && lex.Determiner.MatchString(st[max(0, sp.Start-12):sp.Start]) && wordFollows(st, sp.End) &&
		(modifier || !objectOf(st, trs, sp)) {
		return -1, false
	}
	c := cls[clauseOf(cls, sp.Start)]
	// a date in a relative clause tells of what the clause is about ("the
	// President, whose contract expires next year, arrived …"), not of
	// the whole sentence
	opens = !relative(lex, st, c)
	for _, tr := range trs {
		if tr.start < sp.Start {
			opens = false
		}
	}
	if opens && !lex.HeadFinal {
		return -1, true
	}
	opens = false
	before, after := -1, -1
	for i, tr := range trs {
		switch {
		case tr.end <= sp.Start && tr.start >= c.Start && (before < 0 || tr.start > trs[before].start):
			before = i
		case tr.start >= sp.End && tr.end <= c.End && (after < 0 || tr.start < trs[after].start):
			after = i
		}
	}
	before, after = singular(trs, c, before, -1), singular(trs, c, after, 1)
	// "discussed the summit and on 10 November held talks": after "and"
	// the date opens the next predicate
	joined := before >= 0 && lex.And != nil && lex.And.MatchString(st[trs[before].end:sp.Start])
	if after >= 0 && (lex.HeadFinal || before < 0 || joined) {
		return after, opens
	}
	// a clause that a relative clause interrupted goes on after it: "the
	// summit, which was planned for the spring, | took place on 27 November"
	if ci := clauseOf(cls, sp.Start); before < 0 && after < 0 && ci >= 2 && relative(lex, st, cls[ci-1]) {
		main := cls[ci-2]
		for i, tr := range trs {
			if tr.start >= main.Start && tr.end <= main.End && (before < 0 || tr.start > trs[before].start) {
				before = i
			}
		}
		return before, opens
	}
	// in a head-final language a postposition closes the phrase of the
	// event word before it ("ShHT sammitida ishtirok etish uchun | juma kuni
	// … jo'nab ketdi"): a date after it is the verb's, and so of the event
	// word before it that no postposition closes (the verb's subject), if
	// any
	if lex.HeadFinal && before >= 0 && postposed(lex, st[trs[before].end:sp.Start]) {
		open := -1
		for i := before - 1; i >= 0 && open < 0; i-- {
			if trs[i].start >= c.Start && !postposed(lex, st[trs[i].end:trs[i+1].start]) {
				open = i
			}
		}
		return open, opens
	}
	if before >= 0 || !relative(lex, st, c) {
		return before, opens
	}
	for i, tr := range trs {
		if tr.end <= sp.Start && (before < 0 || tr.start > trs[before].start) {
			before = i
		}
	}
	// the word a relative clause tells of stands right before it: "the
	// visit is symbolic in the context of the anniversary, which was marked
	// on 22 October" dates the anniversary
	if before >= 0 && outsideNames(st[trs[before].end:c.Start]) > antecedentReach {
		return -1, opens
	}
	return before, opens
}

// outsideNames is the number of characters of s outside the names of
// groups in it: a group's full name is part of the event's phrase ("the
// summit of the member states of the Collective Security Treaty
// Organization (CSTO), which will take place on 16 May").
func outsideNames(s string) int {
	n := utf8.RuneCountInString(s)
	if n <= antecedentReach {
		return n
	}
	for _, h := range places.Default().Find(s) {
		if h.Kind == places.GroupHit {
			n -= utf8.RuneCountInString(s[h.Start:h.End])
		}
	}
	return n
}

// antecedentReach is how many characters may stand between an event word
// and a relative clause telling of it ("the summit of the heads of state of
// Central Asia in Astana, which …").
const antecedentReach = 60

// relative reports whether a clause is a relative one, which tells of the
// word before it ("the summit, which will be held on 6 August").
func relative(lex *lexicon, st string, c text.Span) bool {
	return c.Start > 0 && st[c.Start-1] == ',' && lex.Relative != nil && lex.Relative.MatchString(st[c.Start:c.End])
}

// item is one event an event word tells of: a date (an index into the
// sentence's dates, -1 for none) and the town it takes place in (nil when
// none qualifies it).
type item struct {
	date int
	city *places.City
}

// items are the events one event word tells of: one, with the date and
// town that attach gave it, or one for each item of a list of dates it
// owns ("the forum was held in Tashkent in March 2019 and in Baku in May
// 2021", "the first summit in 2018 and the second in 2019"), each with the
// town nearest its date within its item.
func items(lex *lexicon, st string, cls []text.Span, trs []trigger, i int, a attachment, ds []text.Span, cities []places.Hit, ac attachment) []item {
	one := item{date: a.at}
	if ac.at >= 0 {
		one.city = cities[ac.at].City
	}
	if !a.owned {
		return []item{one}
	}
	list := listed(lex, st, cls, trs, i, a, ds)
	if len(list) < 2 {
		return []item{one}
	}
	out := make([]item, len(list))
	for n, j := range list {
		out[n] = item{date: j}
	}
	// each town after the event word goes to the item whose date is nearest
	for _, h := range cities {
		if h.Start < trs[i].end {
			continue
		}
		best, bestD := -1, 1<<30
		for n, j := range list {
			if d := max(h.Start-ds[j].End, ds[j].Start-h.End); d < bestD {
				best, bestD = n, d
			}
		}
		if out[best].city == nil {
			out[best].city = h.City
		}
	}
	return out
}

// listed are the dates, in order, of a list that the date a gives event
// word i begins: dates of its clause after it, each joined to the one
// before by "and", a comma or a semicolon with no event word between.
func listed(lex *lexicon, st string, cls []text.Span, trs []trigger, i int, a attachment, ds []text.Span) []int {
	list := []int{a.at}
	c := clauseOf(cls, ds[a.at].Start)
	for j := a.at + 1; j < len(ds); j++ {
		if lex.HeadFinal && ds[j].Start >= trs[i].end && slices.ContainsFunc(trs[i+1:], func(o trigger) bool { return o.start >= ds[j].End }) {
			return list // past its event word, a date before another is that one's
		}
		// a later clause carries on the list only with no event word of
		// its own: ", and the second in Tashkent in 2019"
		if k := clauseOf(cls, ds[j].Start); k != c {
			for _, o := range trs {
				if o.start >= cls[k].Start && o.end <= cls[k].End {
					return list
				}
			}
		}
		prev := ds[list[len(list)-1]]
		between := st[prev.End:ds[j].Start]
		if !strings.ContainsAny(between, ",;") && (lex.And == nil || !lex.And.MatchString(between)) {
			break
		}
		for k, o := range trs {
			if k != i && o.start < ds[j].Start && o.end > prev.End {
				return list
			}
		}
		list = append(list, j)
	}
	return list
}

// frameReach is how far, in bytes, an event may stand from the frame it
// happens in ("discussed border issues during the minister's visit"); a
// round table named a sentence's length before "during the state visit"
// is not within it.
const frameReach = 100

// subEvent are the kinds of event that happen within a visit, a summit or
// a forum and take its day: not a summit within a visit.
var subEvent = map[string]bool{"talks": true, "dialogue": true, "call": true, "signing": true,
	"conference": true, "forum": true, "other": true}

// sameClause reports whether two event words stand in one clause: a weak
// one there is the other's verb ("the Dialogue … met on 13 November"); in
// a head-final language a weak word is a noun of its own ("… guruhining
// birinchi yig'ilishi"), no verb of another.
func sameClause(cls []text.Span, a, b trigger) bool {
	return clauseOf(cls, a.start) == clauseOf(cls, b.start)
}

// distance is how far a span lies from an event word.
func distance(tr trigger, sp text.Span) int {
	if sp.Start >= tr.end {
		return sp.Start - tr.end
	}
	return max(0, tr.start-sp.End)
}

// coordinated reports whether two event words are told of together, joined
// by a word such as "and" with no comma or clause between them: "held
// talks and signed a treaty".
func coordinated(lex *lexicon, st string, a, b trigger) bool {
	if lex.And == nil {
		return false
	}
	lo, hi := a, b
	if b.start < a.start {
		lo, hi = b, a
	}
	if hi.start < lo.end {
		return false
	}
	between := st[lo.end:hi.start]
	if len(between) >= 80 || strings.ContainsAny(between, ",;:()") {
		return false
	}
	// the word joins what follows the first event word closely ("talks
	// with Rahmon and signed", "muzokaralar o'tkazdi va … imzoladi"), not
	// two names further on ("… arafasida 19 iyun kuni Qozog'iston va
	// O'zbekiston vazirlari muzokaralar")
	loc := lex.And.FindStringIndex(between)
	return loc != nil && loc[0] <= 24
}

// phrase is the noun phrase an event word heads, as far as its clause
// goes: up to 60 bytes after it ("meeting of the heads of state"), or
// before it in a head-final language ("davlatlari rahbarlarining …
// uchrashuvi").
func phrase(lex *lexicon, st string, cls []text.Span, tr trigger) string {
	c := cls[clauseOf(cls, tr.start)]
	if lex.HeadFinal {
		return st[max(c.Start, tr.start-60):tr.end]
	}
	return st[tr.start:min(c.End, tr.end+60)]
}

// meetingTypes are the kinds of meeting that heads of state or government
// make a summit.
var meetingTypes = map[string]bool{"talks": true, "council_meeting": true, "dialogue": true}

// leadersMeet reports whether an event word names a meeting of heads of
// state or government, not a bilateral one: "the meeting of the Council of
// Heads of State", "met with the presidents of five states", "the heads of
// Central Asian states are holding a meeting", "davlatlari rahbarlarining
// maslahatlashuv uchrashuvi".
func leadersMeet(lex *lexicon, st string, cls []text.Span, tr trigger) bool {
	if !meetingTypes[tr.typ] || lex.Leaders == nil {
		return false
	}
	p := phrase(lex, st, cls, tr)
	if !lex.HeadFinal { // and the clause's subject before it
		p = st[cls[clauseOf(cls, tr.start)].Start:tr.start] + p
	}
	return lex.Leaders.MatchString(p) && (lex.Bilateral == nil || !lex.Bilateral.MatchString(p))
}

// governs reports whether words of re in the governing text g stand close
// to the event word, at most four words away, the event's own name counting
// as one ("during the minister's official working visit", "tashrifi
// doirasida", "preparations for the Third Tashkent International Investment
// Forum"): the Organization of Turkic States, five words before a summit,
// does not make it "the organization of" one.
func governs(lex *lexicon, re *prefilter.Regexp, g string) bool {
	if re == nil {
		return false
	}
	for _, loc := range re.FindAll(g, prefilter.Lower(g)) {
		between := g[loc[1]:]
		if lex.HeadFinal {
			between = g[:loc[0]]
		}
		if countWords(between) <= 4 {
			return true
		}
	}
	return false
}

// countWords counts the words of s, the capitalised words it ends with
// (the event's own name: "the Third Tashkent International Investment
// Forum") as one.
func countWords(s string) int {
	ws := strings.Fields(s)
	n := len(ws)
	for n > 1 && capitalised(ws[n-1]) && capitalised(ws[n-2]) {
		n--
	}
	return n
}

// governReach is how far before an event word (after, in a head-final
// language) the words that govern it may stand, in characters, so that
// Cyrillic (two bytes a letter) reaches as far as Latin.
const governReach = 80

// role is what an event word is to its sentence.
type role int

const (
	eventRole     role = iota // the sentence tells of the event
	frameRole                 // a frame around another event ("during the visit")
	anchorRole                // a time before another ("ahead of the summit")
	afterRole                 // what another follows at once ("following the talks")
	topicRole                 // what is talked of ("preparations for the visit")
	proposalRole              // what is proposed or invited to ("invited him to visit")
	purposeRole               // what a trip is made to attend ("departed to attend the summit")
	announcedRole             // what is announced ahead ("announced plans for a visit")
	openingRole               // the first part of the event told before ("began with talks")
)

// named reports whether a role names the event as a time for another.
func (r role) named() bool { return r == anchorRole || r == afterRole }

// ahead reports whether a role makes the event one to come, dated only by
// a date of its own: the day of a trip made to attend it, or of its
// announcement, is not its day.
func (r role) ahead() bool { return r == purposeRole || r == announcedRole }

// roles reads each event word's role from the words that govern it.
func roles(lex *lexicon, st string, trs []trigger) []role {
	out := make([]role, len(trs))
	for i := range trs {
		g := governing(lex, st, trs, i)
		switch {
		case governs(lex, lex.Proposal, g):
			out[i] = proposalRole
		case governs(lex, lex.Topic, g):
			out[i] = topicRole
		case governs(lex, lex.After, g):
			out[i] = afterRole
		case governs(lex, lex.Anchor, g):
			out[i] = anchorRole
		case governs(lex, lex.Purpose, g) || throughVisit(lex, st, trs, i, lex.Purpose):
			out[i] = purposeRole
		case governs(lex, lex.Announce, g):
			out[i] = announcedRole
		case opening(lex, st, trs, i, g):
			out[i] = openingRole
		case governs(lex, lex.Frame, g):
			out[i] = frameRole
		}
		// "invited him to visit Astana on a state visit": a visit word
		// that goes on from another is in the same role
		if i > 0 && out[i] == eventRole && isVisit(trs[i].typ) && isVisit(trs[i-1].typ) &&
			(out[i-1] == proposalRole || out[i-1] == topicRole) && len(strings.Fields(st[trs[i-1].end:trs[i].start])) <= 4 {
			out[i] = out[i-1]
		}
	}
	return out
}

// throughVisit reports whether re governs event word i across the visit
// word right before it: "departed for Qatar on 3 November for an official
// visit | to take part in the summit" is a trip's purpose, which the visit
// word would stop.
func throughVisit(lex *lexicon, st string, trs []trigger, i int, re *prefilter.Regexp) bool {
	if i == 0 || lex.HeadFinal || !isVisit(trs[i-1].typ) || strings.ContainsAny(st[trs[i-1].end:trs[i].start], ",;") {
		return false
	}
	return governs(lex, re, governing(lex, st, trs, i-1)+st[trs[i-1].start:trs[i].start])
}

// opening reports whether event word i, governed by g, opens the event
// told before (see lang.Language.Opening); in a head-final language the
// word's own ending is part of it ("uchrashuvdan boshlandi").
func opening(lex *lexicon, st string, trs []trigger, i int, g string) bool {
	if lex.HeadFinal {
		g = st[trs[i].start:trs[i].end] + g
	}
	return governs(lex, lex.Opening, g)
}

// governing is the text that may govern event word i as a preposition or
// a verb does ("during the", "ahead of the", "invited the President of
// Turkmenistan to"): up to governReach characters before it, or after it in a
// head-final language ("tashrif doirasida"), not past a comma or another
// event word.
func governing(lex *lexicon, st string, trs []trigger, i int) string {
	tr := trs[i]
	if lex.HeadFinal {
		end := runesAfter(st, tr.end, governReach)
		if i+1 < len(trs) {
			end = max(tr.end, min(end, trs[i+1].start))
		}
		if c := strings.IndexByte(st[tr.end:end], ','); c >= 0 {
			end = tr.end + c
		}
		return st[tr.end:end]
	}
	start := runesBefore(st, tr.start, governReach)
	if i > 0 {
		start = min(tr.start, max(start, trs[i-1].end))
	}
	if c := strings.LastIndexByte(st[start:tr.start], ','); c >= 0 {
		start += c + 1
	}
	return st[start:tr.start]
}

// runesBefore is the offset n characters before offset i of s, or 0.
func runesBefore(s string, i, n int) int {
	for ; n > 0 && i > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return i
}

// runesAfter is the offset n characters after offset i of s, or len(s).
func runesAfter(s string, i, n int) int {
	for ; n > 0 && i < len(s); n-- {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return i
}

// toldWord is an event word read earlier in an article, lower case, with
// the type it was read as and whether its event is planned.
type toldWord struct {
	typ, text string
	planned   bool
}

// reread drops the event words a sentence negates ("we have not met") and
// gives a weak word that names an event already told ("the previous
// meeting", "bu yilgi uchrashuv") the type of the last event told with a
// word of the same stem ("consultative meeting": a summit).
func reread(lex *lexicon, st string, trs []trigger, told []toldWord) []trigger {
	out := trs[:0]
	for _, tr := range trs {
		before := st[max(0, tr.start-40):tr.start]
		if lex.Negation != nil && lex.Negation.MatchString(before) {
			continue
		}
		if tr.weak && lex.Definite != nil && lex.Definite.MatchString(before) {
			loc := trimEdges(st, []int{tr.start, tr.end}) // a word pattern's match may end with its edge
			w := prefilter.Lower(st[loc[0]:loc[1]])
			stem := stemOf(w[strings.LastIndexByte(w, ' ')+1:]) // of its head: "previous meeting"
			// the last such event, one of a named kind before bare talks
			for i := len(told) - 1; i >= 0; i-- {
				if hasWordPrefix(told[i].text, stem) && (tr.weak || tr.typ == "talks") {
					tr.typ, tr.weak = told[i].typ, false
				}
				if tr.typ != "talks" && !tr.weak {
					break
				}
			}
		}
		out = append(out, tr)
	}
	return out
}

// stemOf is the first five letters of a word, enough to tell "meeting"
// from "met" and to find "встреча" in "встречи".
func stemOf(w string) string {
	n := 0
	for i := range w {
		if n == 5 {
			return w[:i]
		}
		n++
	}
	return w
}

// hasWordPrefix reports whether a word of s begins with p.
func hasWordPrefix(s, p string) bool {
	for i := 0; i < len(s); {
		j := strings.Index(s[i:], p)
		if j < 0 {
			return false
		}
		if at := i + j; at == 0 || s[at-1] == ' ' {
			return true
		}
		i += j + 1
	}
	return false
}

// wordFollows reports whether a word comes next after position i of st,
// past spaces: no punctuation or end of sentence.
func wordFollows(st string, i int) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(st[i:], " "))
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}
