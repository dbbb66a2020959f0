package parse

import (
	"strconv"
	"strings"
)

// nameOf is what an event word's own words say that tells one event of its
// kind from another: the ordinal of a sitting, summit or round ("the 12th
// meeting", "двенадцатое заседание", "12-majlisi": "12"), or the document a
// signing signs ("a memorandum", "соглашение", "shartnoma": "memorandum",
// "agreement", "treaty"). Two mentions with different names are different
// events; "" says nothing.
func nameOf(lex *Lexicon, st string, tr trigger) string {
	if tr.typ == "signing" {
		return documentOf(lex, st, tr)
	}
	if lex.Ordinal == nil {
		return ""
	}
	// the ordinal stands right before the event word or in it ("the 12th
	// meeting"), not a few words back (a day: "18-aprel kuni majlis")
	from := max(0, tr.start-24)
	near := st[from:tr.end]
	var w string
	for _, m := range lex.Ordinal.FindAllStringSubmatchIndex(near, -1) {
		if from+m[1] < tr.start-2 {
			continue
		}
		for g := 2; g+1 < len(m); g += 2 {
			if m[g] >= 0 {
				w = strings.ToLower(near[m[g]:m[g+1]])
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
func documentOf(lex *Lexicon, st string, tr trigger) string {
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
