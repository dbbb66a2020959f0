package parse

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ca-diplomacy/timeline/parse/text"
)

// names are what tells the event of event word tr, of type typ, from
// others of its kind (see nameOf) and what it is called (see calledOf),
// in st and orig, the sentence as written.
func names(lex *lexicon, st, orig string, tr trigger, typ string) (name, called string) {
	tr.typ = typ
	called, from := calledOf(lex, st, orig, tr)
	if from >= 0 { // the ordinal stands before the name the event word ends
		tr.start = min(from, tr.start)
	}
	return nameOf(lex, st, tr), called
}

// nameOf is what an event word's own words say that tells one event of its
// kind from another: the ordinal of a sitting, summit or round ("the 12th
// meeting", "двенадцатое заседание", "12-majlisi": "12"), or the document a
// signing signs ("a memorandum", "соглашение", "shartnoma": "memorandum",
// "agreement", "treaty"). Two mentions with different names are different
// events; "" says nothing.
func nameOf(lex *lexicon, st string, tr trigger) string {
	if tr.typ == "signing" {
		return documentOf(lex, st, tr)
	}
	if lex.Ordinal == nil {
		return ""
	}
	// the ordinal stands right before the event word or in it ("the 12th
	// meeting"), or before the event's own capitalised name ("the second
	// Central Asia – China summit"), not a few words back (a day: "18-aprel
	// kuni majlis")
	at := tr.start
	lo := runesBefore(st, tr.start, governReach) // a name's words, not the sentence's
	if c := capitalisedBefore(st[lo:], tr.start-lo); c >= 0 {
		at = lo + c
	}
	from := max(0, at-24)
	near := st[from:tr.end]
	var w string
	for _, m := range lex.Ordinal.FindAllStringSubmatchIndex(near, -1) {
		if from+m[1] < at-2 {
			continue
		}
		for g := 2; g+1 < len(m); g += 2 {
			if m[g] >= 0 {
				w = text.Fold(near[m[g]:m[g+1]])
			}
		}
	}
	if w == "" {
		return ""
	}
	if n, err := strconv.Atoi(w); err == nil && n > 0 {
		return strconv.Itoa(n)
	}
	if n, ok := byStem(lex.Ordinals, w); ok {
		return strconv.Itoa(n)
	}
	return ""
}

// documentOf is the kind of document a signing signs: the first of the
// language's Documents named in the clause after the event word (before it
// in a head-final language), in English.
func documentOf(lex *lexicon, st string, tr trigger) string {
	var part string
	if lex.HeadFinal {
		part = st[max(0, tr.start-60):tr.start]
	} else {
		part = st[tr.start:min(len(st), tr.end+60)]
	}
	words := strings.Fields(strings.ToLower(part))
	if lex.HeadFinal { // the nearest is the last
		for i, j := 0, len(words)-1; i < j; i, j = i+1, j-1 {
			words[i], words[j] = words[j], words[i]
		}
	}
	for _, w := range words {
		if kind, ok := byStem(lex.Documents, w); ok {
			return kind
		}
	}
	return ""
}

// byStem is the value of the longest stem of m that w begins with.
func byStem[T any](m map[string]T, w string) (T, bool) {
	var v T
	best := ""
	for stem, x := range m {
		if len(stem) > len(best) && strings.HasPrefix(w, stem) {
			v, best = x, stem
		}
	}
	return v, best != ""
}

// calledOf is the event's own name, in English, and where it begins in the
// sentence (-1 when it is not written as such): in a language that
// capitalises names, the capitalised words the event word ends ("the
// fourth Strategic Partnership Dialogue") or, for a sitting, the
// capitalised body it is of ("the 12th meeting of the Joint
// Intergovernmental Commission"), as orig, the sentence before its dashes
// were normalised, writes them; else the nearest of the language's Names
// for its type next to the event word ("заседание Межправкомиссии": the
// "Intergovernmental Commission"); "" when the event is named only by its
// kind. An ordinal is left out: nameOf gives it.
func calledOf(lex *lexicon, st, orig string, tr trigger) (string, int) {
	if lex.Capitalised && !titleCase(lex, lineOf(st, tr.start)) {
		words := strings.Fields(st[tr.start:tr.end])
		if !slices.ContainsFunc(words, func(w string) bool { return !capitalised(w) && !nameJoints[w] }) {
			if from := capitalisedBefore(st, tr.end); from >= 0 && (from > 0 || strings.Contains(strings.TrimSpace(st[from:tr.end]), " ")) {
				end := tr.end + capitalisedComplement(st[tr.end:])
				end += nameTail(lex, st[end:])
				name := strings.Map(func(r rune) rune {
					if strings.ContainsRune(quoteMarks, r) {
						return -1
					}
					return r
				}, orig[from:end])
				return withoutOrdinal(lex, name), from
			}
		}
		if tr.typ == "council_meeting" {
			at := tr.end
			if i := strings.Index(st[tr.start:tr.end], " of "); i >= 0 { // "meeting of the … Commission"
				at = tr.start + i
			}
			if n := capitalisedComplement(st[at:]); n > 0 {
				n += nameTail(lex, st[at+n:])
				body := strings.Fields(orig[at : at+n])[1:] // "of the Joint … Commission"
				if body[0] == "the" {
					body = body[1:]
				}
				return withoutOrdinal(lex, strings.Join(body, " ")), -1
			}
		}
	}
	best, dist := "", nameReach+1
	from := max(0, tr.start-nameReach-longestName) // a name ends within reach
	near := st[from:min(len(st), tr.end+nameReach+longestName)]
	for _, n := range lex.Names {
		if family(n.Type) != family(tr.typ) {
			continue
		}
		for _, m := range n.Re.FindAllStringIndex(near, -1) {
			s, e := from+m[0], from+m[1]
			if d := max(tr.start-e, s-tr.end, 0); d < dist {
				best, dist = n.English, d
			}
		}
	}
	return best, -1
}

// nameReach is how far from its event word a name of Names is looked for:
// the words of one noun phrase ("hukumatlararo komissiyaning 12-majlisi").
const nameReach = 24

// longestName bounds the length of a name of Names, in bytes.
const longestName = 80

// family puts the types one name may be of together: a council's sitting is
// named by the council, a forum or a conference alike.
func family(t string) string {
	switch t {
	case "forum", "conference":
		return "forum"
	case "dialogue", "talks":
		return "dialogue"
	}
	return t
}

// nameJoints join the capitalised words of a name ("Council of Foreign
// Ministers", "Trade and Investment Forum", "Kazakhstan - Uzbekistan",
// "Central Asia + Russia").
var nameJoints = map[string]bool{"of": true, "and": true, "for": true, "on": true, "&": true, "-": true, "+": true}

// word is a word of a sentence and where it begins.
type word struct {
	text  string
	start int
}

// wordsOf are the words of s, split at white space.
func wordsOf(s string) []word {
	var out []word
	start := -1
	for i, r := range s {
		if unicode.IsSpace(r) {
			if start >= 0 {
				out = append(out, word{s[start:i], start})
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, word{s[start:], start})
	}
	return out
}

// capitalisedBefore is where the run of capitalised words that ends at end
// begins, the words joined by nameJoints; -1 when the word before end is
// not capitalised.
func capitalisedBefore(st string, end int) int {
	words := wordsOf(st[:end])
	i := len(words)
	for i > 0 && (capitalised(words[i-1].text) || nameJoints[words[i-1].text] && i < len(words)) {
		if i < len(words) && strings.ContainsAny(words[i-1].text, ",;:()") {
			break
		}
		i--
	}
	for i < len(words) && (nameJoints[words[i].text] || words[i].text == "The") { // a name does not begin "The …" nor "of …"
		i++
	}
	if i == len(words) {
		return -1
	}
	return words[i].start
}

// capitalisedComplement is the length of " of (the) X Y Z" at the start of
// rest when X Y Z are capitalised ("of the Heads of State of Central
// Asia"), else 0.
func capitalisedComplement(rest string) int {
	words := wordsOf(rest)
	if len(words) < 2 || words[0].text != "of" {
		return 0
	}
	i := 1
	if words[i].text == "the" {
		i++
	}
	j, end := i, 0
	for j < len(words) && (capitalised(words[j].text) || nameJoints[words[j].text] && j+1 < len(words) && capitalised(words[j+1].text)) {
		w := words[j]
		end = w.start + len(strings.TrimRight(w.text, ",;:()."))
		j++
		if strings.ContainsAny(w.text, ",;:().") {
			break
		}
	}
	if j == i {
		return 0
	}
	return end
}

// nameTail is the length of the lower-case word that ends a capitalised
// name at the start of rest (lang.Language.NameTail), or 0.
func nameTail(lex *lexicon, rest string) int {
	if lex.NameTail == nil {
		return 0
	}
	if loc := lex.NameTail.FindStringIndex(rest); loc != nil {
		return loc[1]
	}
	return 0
}

// withoutOrdinal is name without the ordinal it begins with.
func withoutOrdinal(lex *lexicon, name string) string {
	if lex.Ordinal == nil {
		return name
	}
	if m := lex.Ordinal.FindStringIndex(name); m != nil && m[0] == 0 {
		return strings.TrimSpace(name[m[1]:])
	}
	return name
}

// lineOf is the line of st that holds offset off: a headline the sentence
// reader joined to the lead is a line of its own.
func lineOf(st string, off int) string {
	from := strings.LastIndexByte(st[:off], '\n') + 1
	to := strings.IndexByte(st[off:], '\n')
	if to < 0 {
		return st[from:]
	}
	return st[from : off+to]
}

// titleCase reports whether a line is written in title case, as a
// headline is: three words or more of four letters or more, none in lower
// case but the language's SmallWords, so that its capitals mark no name.
func titleCase(lex *lexicon, line string) bool {
	n := 0
	for _, w := range strings.Fields(line) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) || utf8.RuneCountInString(w) < 4 || lex.SmallWords[w] {
			continue
		}
		if unicode.IsLower(r) {
			return false
		}
		n++
	}
	return n >= 3
}

// capitalised reports whether a word begins with a capital letter or a
// figure ("C5+1", "B5+1" begin with a capital).
func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(w, quoteMarks)) // a quoted name: "Central Asia + Russia"
	return unicode.IsUpper(r)
}

// quoteMarks are the marks a name may be quoted in, which it is named
// without.
const quoteMarks = "\"“”«»„"
